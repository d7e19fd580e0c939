// Citations: each format is read back with citation-js, as a reference manager would read it. The exact
// strings are pinned on figures made here; every source of the real data/ is cited and read back too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { openNodeDataset } from '../../src/lib/db/node';
import type { DuckEngine } from '../../src/lib/db/engine';
import { dataPackage } from '../../src/lib/data/schema';
import {
  CONTRIBUTORS,
  citationFormats,
  citeDataset,
  citeFigure,
  citeView,
  cslDate,
  loadCiteFormatter,
  type CitationFormat,
  type CitedFigure,
  type CslItem,
  type DatasetVersion,
} from '../../src/lib/cite';
import { formatCitation } from '../../src/lib/cite/formatCitation';
import { neutraliseCell } from '../../src/lib/export/safeText';

// A fixed version, so that the expected strings do not change with the data's version.
const version: DatasetVersion = {
  hash: '1a2b3c4d',
  date: '2026-11-27',
  label: '2026-11-27 · 1a2b3c4d',
};
const viewUrl =
  'https://example.org/nk/?view=compare&country=WLD&measure=workers_present&from=2022';
const FIGURE_ID = 'seed-usdos-2022-20k-80k-abroad';

// Figures as the queries return them, hand-made after rows of data/ (commit aca69ea) so that the exact
// strings below do not change when data/ does: a range from a page dated to the month, a descriptive
// title, an undated page, a Korean title. The real data/ is cited, all of it, at the end of this file.
const figure: CitedFigure = {
  id: FIGURE_ID,
  source_id: 'northkoreanrefugees-2022-03-604f6e',
  title: 'North Korean Refugees in Russian Detention Center',
  title_is_descriptive: false,
  publisher:
    'Life Funds for North Korean Refugees (LFNKR), rough translation of NEWS POST SEVEN 2022-03-02',
  url: 'https://www.northkoreanrefugees.com/north-korean-refugees-in-russian-detention-center/',
  published: '2022-03',
};
const bySource = new Map<string, CitedFigure>(
  [
    {
      id: 'cn-dailynk-2011-cnta',
      source_id: 'dailynk-2012-01-7fb5aa',
      title:
        'Daily NK Japan: record number of North Koreans visited China in 2011 (CNTA data via VOA)',
      title_is_descriptive: true,
      publisher: 'Daily NK Japan (citing VOA)',
      url: 'https://dailynk.jp/?p=15878',
      published: '2012-01',
    },
    {
      id: 'wld-telegraph-undated',
      source_id: 'nzherald-undated-4983e4',
      title: "North Korea sends slaves abroad to fund Kim Jong Un's luxury lifestyle",
      title_is_descriptive: false,
      publisher: 'New Zealand Herald (Telegraph syndication)',
      url: 'https://nzherald.co.nz/world/north-korea-sends-slaves-abroad-to-fund-kim-jong-uns-luxury-lifestyle/JUK2PYEF4D4FS5XGTWNRLCLFUM',
      published: null,
    },
    {
      id: 'cn-voa-2010-q1',
      source_id: 'voakorea-2010-04-4003f3',
      title: '올 1분기 중국 방문 북한 주민 2만1천 명',
      title_is_descriptive: false,
      publisher: 'Voice of America Korean',
      url: 'https://www.voakorea.com/a/article--1-----21--94608439/1334057.html',
      published: '2010-04',
    },
  ].map((row) => [row.source_id, row]),
);

function sourceFigure(sourceId: string): CitedFigure {
  const row = bySource.get(sourceId);
  if (!row) throw new Error(`no fixture figure for ${sourceId}`);
  return row;
}

/** The items a reference manager would read back from `text` (BibTeX, RIS or CSL-JSON). */
function readBack(text: string): Record<string, unknown>[] {
  return new Cite(text).data;
}

type Name = { literal?: string; family?: string; given?: string };
function authorOf(entry: Record<string, unknown>): string | undefined {
  const [name] = (entry.author as Name[] | undefined) ?? [];
  return name?.literal ?? ([name?.family, name?.given].filter(Boolean).join(', ') || undefined);
}
function yearOf(entry: Record<string, unknown>): number | undefined {
  return (entry.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
}

/** `parts` occur in `text` in this order (quotation marks and apostrophes straight or curly). */
function expectInOrder(text: string, parts: string[]): void {
  let at = -1;
  for (const part of parts) {
    const index = sameQuotes(text).indexOf(sameQuotes(part), at + 1);
    expect(index, `“${part}” after position ${at} of: ${text}`).toBeGreaterThan(at);
    at = index;
  }
}

/** Straight and typographic quotation marks as one, since citeproc makes "…" “…” (or ‘…’ nested). */
const sameQuotes = (text: string) => text.replace(/["'“”‘’]/g, '"');

describe('citeFigure', () => {
  it('cites the publication of the 20,000–80,000 figure, with the dataset version and view in a note', () => {
    expect(citeFigure(figure, { viewUrl, version })).toEqual({
      id: 'northkoreanrefugees-2022-03-604f6e',
      type: 'webpage',
      'citation-key': 'northkoreanrefugees-2022-03-604f6e',
      author: [
        {
          literal:
            'Life Funds for North Korean Refugees (LFNKR), rough translation of NEWS POST SEVEN 2022-03-02',
        },
      ],
      title: 'North Korean Refugees in Russian Detention Center',
      issued: { 'date-parts': [[2022, 3]] },
      URL: 'https://www.northkoreanrefugees.com/north-korean-refugees-in-russian-detention-center/',
      note: `Figure ${FIGURE_ID} in the nk-workers-abroad dataset, version 2026-11-27 · 1a2b3c4d, view ${viewUrl}`,
    } satisfies CslItem);
  });

  it('puts a descriptive title in square brackets and leaves an undated source without a date', () => {
    const described = citeFigure(sourceFigure('dailynk-2012-01-7fb5aa'), { viewUrl, version });
    expect(described.title).toBe(
      '[Daily NK Japan: record number of North Koreans visited China in 2011 (CNTA data via VOA)]',
    );
    const undated = citeFigure(sourceFigure('nzherald-undated-4983e4'), { viewUrl, version });
    expect(undated.issued).toBeUndefined();
    expect(undated).not.toHaveProperty('accessed');
  });

  it('keeps only http(s) addresses', () => {
    const item = citeFigure(
      { ...figure, url: 'javascript:alert(1)' },
      { viewUrl: 'javascript:alert(2)', version },
    );
    expect(item.URL).toBeUndefined();
    expect(item.note).toBe(
      `Figure ${FIGURE_ID} in the nk-workers-abroad dataset, version ${version.label}`,
    );
  });
});

describe('citeView and citeDataset', () => {
  it('cite a view as a dataset by the contributors, at its permalink, dated by the version', () => {
    expect(
      citeView({ title: 'Worldwide estimates over time', url: viewUrl, version }),
    ).toMatchObject({
      type: 'dataset',
      author: [{ literal: CONTRIBUTORS }],
      title: 'Worldwide estimates over time',
      version: version.label,
      issued: { 'date-parts': [[2026, 11, 27]] },
      URL: viewUrl,
    });
  });

  it('give different views different keys, and the dataset its title from datapackage.json', () => {
    const a = citeView({ title: 'A', url: `${viewUrl}&to=2023`, version });
    const b = citeView({ title: 'A', url: `${viewUrl}&to=2024`, version });
    expect(a['citation-key']).not.toBe(b['citation-key']);
    expect(citeDataset(version)).toMatchObject({
      type: 'dataset',
      title: dataPackage.title,
      version: version.label,
    });
    expect(citeDataset(version)).not.toHaveProperty('URL');
    expect(citeDataset(version, 'https://example.org/nk/').URL).toBe('https://example.org/nk/');
  });
});

describe('cslDate', () => {
  it.each([
    ['2022', [[2022]]],
    ['2022-03', [[2022, 3]]],
    ['2022-03-02', [[2022, 3, 2]]],
    ['2024-02-29', [[2024, 2, 29]]],
  ])('%s has the precision given', (text, parts) => {
    expect(cslDate(text)).toEqual({ 'date-parts': parts });
  });

  it.each([[''], [null], ['2022-13'], ['2023-02-29'], ['2022-3'], ['March 2022'], ['2022-03-02x']])(
    '%s is no date',
    (text) => {
      expect(cslDate(text)).toBeUndefined();
    },
  );
});

describe('formatCitation: the 20,000–80,000 figure', () => {
  const item = () => citeFigure(figure, { viewUrl, version });
  const url =
    'https://www.northkoreanrefugees.com/north-korean-refugees-in-russian-detention-center/';
  const publisher =
    'Life Funds for North Korean Refugees (LFNKR), rough translation of NEWS POST SEVEN 2022-03-02';

  it('APA: publisher. (year, month). title. URL, then where it was found', () => {
    expect(formatCitation(item(), 'apa')).toBe(
      `${publisher}. (2022, March). North Korean Refugees in Russian Detention Center. ${url} ` +
        `${item().note}.`,
    );
  });

  it('Chicago author-date: publisher. year. “title.” month year. URL. Then where it was found', () => {
    expect(formatCitation(item(), 'chicago')).toBe(
      `${publisher}. 2022. “North Korean Refugees in Russian Detention Center.” March 2022. ${url}. ` +
        `${item().note}.`,
    );
    expect(item().note).toMatch(
      /^Figure seed-usdos-2022-20k-80k-abroad in the nk-workers-abroad dataset, version .+, view https?:\/\//,
    );
  });

  it('BibTeX: keyed by the source id, with the URL and the note', () => {
    const bibtex = formatCitation(item(), 'bibtex');
    expect(bibtex).toMatch(/^@misc\{northkoreanrefugees-2022-03-604f6e,\n/);
    expect(bibtex).toContain(`  url = {${url}},\n`);
    expect(bibtex).toContain(`  howpublished = {\\url{${url}}},\n`);
    const [entry, ...more] = readBack(bibtex);
    expect(more).toHaveLength(0);
    expect(entry?.note).toBe(item().note);
  });

  it('RIS: one line per tag, CRLF, nothing broken at 70 characters', () => {
    const ris = formatCitation(item(), 'ris');
    expect(ris.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(
      ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line)),
    ).toBe(true);
    expect(ris).toContain(`\r\nUR  - ${url}\r\n`);
    // A comma would read as "family, given": the organisation's comma becomes a semicolon.
    expect(ris).toContain(`\r\nAU  - ${publisher.replace(',', ';')}\r\n`);
  });
});

interface Case {
  name: string;
  item: () => CslItem;
  author: string;
  title: string;
  year: number | undefined;
  url: string | undefined;
}

const cases: Case[] = [
  {
    name: 'the 20,000–80,000 figure',
    item: () => citeFigure(figure, { viewUrl, version }),
    author:
      'Life Funds for North Korean Refugees (LFNKR), rough translation of NEWS POST SEVEN 2022-03-02',
    title: 'North Korean Refugees in Russian Detention Center',
    year: 2022,
    url: 'https://www.northkoreanrefugees.com/north-korean-refugees-in-russian-detention-center/',
  },
  {
    name: 'a descriptive title',
    item: () => citeFigure(sourceFigure('dailynk-2012-01-7fb5aa'), { viewUrl, version }),
    author: 'Daily NK Japan (citing VOA)',
    title:
      '[Daily NK Japan: record number of North Koreans visited China in 2011 (CNTA data via VOA)]',
    year: 2012,
    url: 'https://dailynk.jp/?p=15878',
  },
  {
    name: 'an undated source',
    item: () => citeFigure(sourceFigure('nzherald-undated-4983e4'), { viewUrl, version }),
    author: 'New Zealand Herald (Telegraph syndication)',
    title: "North Korea sends slaves abroad to fund Kim Jong Un's luxury lifestyle",
    year: undefined,
    url: 'https://nzherald.co.nz/world/north-korea-sends-slaves-abroad-to-fund-kim-jong-uns-luxury-lifestyle/JUK2PYEF4D4FS5XGTWNRLCLFUM',
  },
  {
    name: 'a Korean title',
    item: () => citeFigure(sourceFigure('voakorea-2010-04-4003f3'), { viewUrl, version }),
    author: 'Voice of America Korean',
    title: '올 1분기 중국 방문 북한 주민 2만1천 명',
    year: 2010,
    url: 'https://www.voakorea.com/a/article--1-----21--94608439/1334057.html',
  },
  {
    name: 'a view',
    item: () => citeView({ title: 'Worldwide estimates over time', url: viewUrl, version }),
    author: CONTRIBUTORS,
    title: 'Worldwide estimates over time',
    year: 2026,
    url: viewUrl,
  },
  {
    name: 'the dataset',
    item: () => citeDataset(version, 'https://example.org/nk/'),
    author: CONTRIBUTORS,
    title: 'Published estimates of North Koreans working abroad',
    year: 2026,
    url: 'https://example.org/nk/',
  },
];

describe.each(cases)('formatCitation: $name', ({ item, author, title, year, url }) => {
  it.each(['bibtex', 'ris', 'csl-json'] as const)(
    '%s reads back with its title, author, year and URL',
    (format) => {
      const entries = readBack(formatCitation(item(), format));
      expect(entries).toHaveLength(1);
      const [entry] = entries as [Record<string, unknown>];
      expect(entry.title).toBe(title);
      expect(authorOf(entry)).toBe(format === 'ris' ? author.replaceAll(',', ';') : author);
      expect(yearOf(entry)).toBe(year);
      expect(entry.URL).toBe(url);
    },
  );

  it.each(['apa', 'chicago'] as const)(
    '%s gives author, year, title and URL in that order',
    (format) => {
      const text = formatCitation(item(), format);
      expectInOrder(text, [author, year === undefined ? 'n.d.' : String(year), title, url ?? '']);
      expect(text).not.toMatch(/<\/?[a-z]+[^<]*>|&[a-z]+;|&#/i);
    },
  );
});

describe('formatCitation: details of the styles', () => {
  it('Chicago shows a description without quotation marks, a title within them', () => {
    const item = citeFigure(sourceFigure('dailynk-2012-01-7fb5aa'), { viewUrl, version });
    expect(formatCitation(item, 'chicago')).toBe(
      'Daily NK Japan (citing VOA). 2012. [Daily NK Japan: record number of North Koreans visited China in 2011 (CNTA data via VOA)]. January 2012. https://dailynk.jp/?p=15878. ' +
        `${item.note}.`,
    );
  });

  it('an undated page: n.d., and no "Retrieved" without an access date', () => {
    const item = citeFigure(sourceFigure('nzherald-undated-4983e4'), { viewUrl, version });
    expect(formatCitation(item, 'apa')).toBe(
      `New Zealand Herald (Telegraph syndication). (n.d.). North Korea sends slaves abroad to fund Kim Jong Un’s luxury lifestyle. ${item.URL} ${item.note}.`,
    );
    expect(formatCitation(item, 'chicago')).toBe(
      `New Zealand Herald (Telegraph syndication). n.d. “North Korea sends slaves abroad to fund Kim Jong Un’s luxury lifestyle.” ${item.URL}. ${item.note}.`,
    );
  });

  it('a view: Version (not "Versions") in APA; Chicago as CMOS cites a dataset', () => {
    const item = citeView({ title: 'Worldwide estimates over time', url: viewUrl, version });
    expect(formatCitation(item, 'apa')).toBe(
      `nk-workers-abroad contributors. (2026). Worldwide estimates over time (Version 2026-11-27 · 1a2b3c4d) [Dataset]. ${viewUrl}`,
    );
    expect(formatCitation(item, 'chicago')).toBe(
      `nk-workers-abroad contributors. 2026. “Worldwide estimates over time.” Version 2026-11-27 · 1a2b3c4d. ${viewUrl}.`,
    );
    expect(readBack(formatCitation(item, 'bibtex'))[0]?.note).toBe('Version 2026-11-27 · 1a2b3c4d');
    expect(readBack(formatCitation(item, 'ris'))[0]?.version).toBe(version.label);
  });

  it('a full date is repeated after the title in Chicago', () => {
    const item = citeFigure({ ...figure, published: '2022-03-02' }, { viewUrl, version });
    expect(formatCitation(item, 'chicago')).toContain('.” March 2, 2022. https://');
    expect(formatCitation(item, 'apa')).toContain('(2022, March 2)');
  });
});

describe('formatCitation: hostile text stays inert text', () => {
  const hostileTitles = [
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil")',
    'javascript:alert(1)',
    'Braces } { and \\ % & $ # _ ~ ^ <b>x</b> survive',
  ];
  const hostilePublishers = ['Pub} @misc{injected, title={x', '<script>alert(1)</script>, =cmd'];
  const hostile = [
    ...hostileTitles.map((title) => ({ title, publisher: 'Example Press' })),
    ...hostilePublishers.map((publisher) => ({ title: 'Plain title', publisher })),
  ];
  const cite = ({ title, publisher }: { title: string; publisher: string }) =>
    citeFigure(
      {
        ...figure,
        title,
        publisher,
        url: 'https://example.org/a_b?c=1&d=2',
        published: '2020-01-02',
      },
      { viewUrl, version },
    );

  it.each(hostile)(
    '$title by $publisher reads back unchanged from BibTeX, RIS and CSL-JSON',
    (text) => {
      const item = cite(text);
      for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
        const output = formatCitation(item, format);
        const entries = readBack(output);
        expect(entries, `${format}: ${output}`).toHaveLength(1);
        // A title that begins like a spreadsheet formula gets a leading quote, as a CSV cell does.
        expect(entries[0]?.title, format).toBe(neutraliseCell(text.title));
        const publisher = format === 'ris' ? text.publisher.replaceAll(',', ';') : text.publisher;
        expect(authorOf(entries[0]!), format).toBe(publisher);
        expect(entries[0]?.URL, format).toBe('https://example.org/a_b?c=1&d=2');
      }
    },
  );

  it.each(hostile)('$title by $publisher: APA and Chicago are plain text holding it', (text) => {
    const item = cite(text);
    for (const format of ['apa', 'chicago'] as const) {
      const output = sameQuotes(formatCitation(item, format));
      // citeproc reads <b>…</b> as bold, which plain text drops: the words stay, the tags go.
      const shown = (value: string) => sameQuotes(value.replace(/<\/?b>/g, ''));
      expect(output, format).toContain(shown(text.title));
      expect(output, format).toContain(shown(text.publisher));
      const rest = output.replace(shown(text.title), '').replace(shown(text.publisher), '');
      expect(rest, `${format}: nothing but the given text is markup`).not.toMatch(
        /[<>]|&[a-z]+;|&#/i,
      );
    }
  });

  it('BibTeX escapes LaTeX specials and keeps braces balanced', () => {
    const bibtex = formatCitation(
      cite({ title: hostileTitles[3]!, publisher: hostilePublishers[0]! }),
      'bibtex',
    );
    expect(bibtex).toContain('\\textbraceright{}');
    expect(bibtex).toContain('\\%');
    let depth = 0;
    for (const char of bibtex) {
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('a line break cannot start a new RIS tag or record', () => {
    const item: CslItem = {
      id: 'x',
      type: 'webpage',
      title: 'First line\nER  - \r\nTY  - JOUR\nTI  - injected',
      URL: 'https://example.org/',
    };
    const ris = formatCitation(item, 'ris');
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(readBack(ris)).toHaveLength(1);
  });

  it('a javascript: address is in no format', () => {
    const item = citeFigure({ ...figure, url: 'javascript:alert(1)' }, { viewUrl, version });
    for (const { id } of citationFormats) {
      expect(formatCitation(item, id)).not.toMatch(/javascript:/i);
    }
  });
});

describe('loading', () => {
  it('loadCiteFormatter resolves to formatCitation', async () => {
    expect(await loadCiteFormatter()).toBe(formatCitation);
  });

  it('citation-js is imported only by formatCitation.ts, and that only dynamically', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const importers: string[] = [];
    const staticImporters: string[] = [];
    for (const file of files('src').filter((path) => /\.(ts|svelte)$/.test(path))) {
      const source = readFileSync(file, 'utf8');
      if (/from\s+['"]@citation-js\/|import\s+['"]@citation-js\//.test(source))
        importers.push(file);
      if (/^\s*import\s+(?!type\b)[^;]*from\s+['"][^'"]*\/formatCitation['"]/m.test(source)) {
        staticImporters.push(file);
      }
    }
    expect(importers).toEqual([join('src', 'lib', 'cite', 'formatCitation.ts')]);
    expect(staticImporters).toEqual([]);
  });

  it('the cite panel shows text only, never {@html}', () => {
    const panel = readFileSync('src/lib/cite/CitePanel.svelte', 'utf8');
    expect(panel).not.toContain('{@html');
    expect(panel).toContain('loadCiteFormatter');
  });

  it('every format has a formatter', () => {
    const formats: CitationFormat[] = citationFormats.map((format) => format.id);
    expect(formats).toEqual(['apa', 'chicago', 'bibtex', 'ris', 'csl-json']);
  });
});

describe('CITATION.cff', () => {
  // js-yaml comes with ESLint; read through require, as it has no type declarations here.
  const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
  const cff = yaml.load(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;

  it('is CFF 1.2.0 for the dataset, under the data licence, by the contributors', () => {
    expect(cff).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      title: dataPackage.title,
      authors: [{ name: CONTRIBUTORS }],
      license: (dataPackage as { licenses?: { name: string }[] }).licenses?.[0]?.name,
    });
    expect(typeof cff.message).toBe('string');
  });

  it('uses only CFF 1.2.0 keys and claims no identifier or address we do not have', () => {
    const allowed = new Set([
      'abstract',
      'authors',
      'cff-version',
      'commit',
      'contact',
      'date-released',
      'doi',
      'identifiers',
      'keywords',
      'license',
      'license-url',
      'message',
      'preferred-citation',
      'references',
      'repository',
      'repository-artifact',
      'repository-code',
      'title',
      'type',
      'url',
      'version',
    ]);
    expect(Object.keys(cff).filter((key) => !allowed.has(key))).toEqual([]);
    for (const unknown of ['doi', 'identifiers', 'url', 'repository-code', 'repository']) {
      expect(cff).not.toHaveProperty(unknown);
    }
  });
});

describe('every source of the real data/', () => {
  let engine: DuckEngine;
  /** One figure of each source that has one, as the figure queries give its citation columns. */
  let figures: CitedFigure[];

  beforeAll(async () => {
    ({ engine } = await openNodeDataset('data'));
    figures = await engine.query<CitedFigure>(
      `SELECT DISTINCT ON (source_id) id, source_id, title, title_is_descriptive, publisher, url, published
       FROM estimate_facts ORDER BY source_id, id`,
    );
  }, 120_000);

  afterAll(async () => {
    await engine.close();
  });

  it.each(['bibtex', 'ris', 'csl-json'] as const)(
    '%s reads back with its title, publisher, year and URL',
    (format) => {
      expect(figures.length).toBeGreaterThan(0);
      const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
      for (const row of figures) {
        const entries = readBack(formatCitation(citeFigure(row, { viewUrl, version }), format));
        expect(entries, row.source_id).toHaveLength(1);
        const [entry] = entries as [Record<string, unknown>];
        const title = oneLine(row.title);
        const publisher = oneLine(row.publisher);
        expect(entry.title, row.source_id).toBe(row.title_is_descriptive ? `[${title}]` : title);
        expect(authorOf(entry), row.source_id).toBe(
          format === 'ris' ? publisher.replaceAll(',', ';') : publisher,
        );
        expect(yearOf(entry), row.source_id).toBe(
          row.published ? Number(row.published.slice(0, 4)) : undefined,
        );
        // The address as a browser resolves it: non-ASCII characters percent-encoded.
        expect(entry.URL, row.source_id).toBe(new URL(row.url).href);
      }
    },
    120_000,
  );
});
