// Every SVG and citation writer stays valid whatever text gets past the validator: a NUL, another C0
// control, U+FFFE, a lone surrogate or a right-to-left override in a title, a publisher, an estimator
// or an event. Each writer's output is parsed back: the SVGs by resvg (a strict XML parser, as the
// build's PNGs are drawn), the citations by citation-js.
import { Resvg } from '@resvg/resvg-js';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, xmlChars } from '../../src/lib/export/safeText';
import { renderStaticFigures } from '../../src/embed/static';
import type { OverTimePreset } from '../../src/embed/figures';
import { lightColours, previewFonts, previewSvg } from '../../src/build/previewImage';
import { citeFigure, type DatasetVersion } from '../../src/lib/cite';
import { formatCitation } from '../../src/lib/cite/formatCitation';
import { citationFormats } from '../../src/lib/cite/formats';
import type { EventGroupRow, FigureRow } from '../../src/lib/queries';
import { readFileSync } from 'node:fs';

/** What a future validator rule might miss, each inside ordinary text. */
const hostile = {
  NUL: 'A\u0000B',
  'U+0001': 'A\u0001B',
  'U+FFFE': 'A\uFFFEB',
  'lone surrogate': 'A\uD800B',
  RLO: 'A\u202EB',
} as const;

const version: DatasetVersion = {
  hash: '1a2b3c4d',
  date: '2026-11-27',
  label: '2026-11-27 · 1a2b3c4d',
};

/** No lone surrogate: the text encodes as UTF-8 as it is. */
const wellFormed = (text: string) => !/\p{Cs}/u.test(text);

/** Whether resvg reads the document (it refuses any character XML forbids). */
function parses(svg: string): boolean {
  new Resvg(svg, { font: { loadSystemFonts: false } });
  return true;
}

describe('xmlChars', () => {
  it.each([
    ['A\u0000B', 'A\uFFFDB'],
    ['A\u0001\u0008\u000B\u000C\u001FB', 'A\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDB'],
    ['A\uFFFE\uFFFFB', 'A\uFFFD\uFFFDB'],
    ['A\uD800B', 'A\uFFFDB'],
    ['A\uDC00B', 'A\uFFFDB'],
    // Kept: what XML holds, tab and line ends, a right-to-left override, an emoji (a surrogate pair),
    // Hangul, and the characters that escaping, not this guard, deals with.
    ['a\tb\nc\rd', 'a\tb\nc\rd'],
    ['A\u202EB 😀 한국어 <&>"', 'A\u202EB 😀 한국어 <&>"'],
  ])('%j → %j', (text, expected) => {
    expect(xmlChars(text)).toBe(expected);
  });
});

describe('every SVG writer stays parseable', () => {
  const figure = (fields: Partial<FigureRow>) =>
    ({
      id: 'f1',
      source_id: 's1',
      country: 'WLD',
      area_note: null,
      region: null,
      measure: 'workers_present',
      measure_detail: null,
      low: null,
      high: null,
      point: 50_000,
      qualifier: 'about',
      ref_period: '2019',
      ref_year_start: 2019,
      ref_year_end: 2019,
      year: 2019,
      estimator: 'Someone',
      estimator_type: 'media',
      primary: false,
      note: null,
      title: 'A report',
      title_is_descriptive: false,
      publisher: 'A Daily',
      url: 'https://example.org/a',
      published: '2019',
      ...fields,
    }) as FigureRow;

  it.each(Object.entries(hostile))('%s in the data: the static embed SVG parses', (_name, text) => {
    const figures = [
      figure({ id: 'a', estimator: `Estimator ${text}`, publisher: `Publisher ${text}` }),
      figure({ id: 'b', year: 2020, point: 60_000, area_note: `Area ${text}` }),
    ];
    const events: EventGroupRow[] = [
      {
        date: '2019-06-01',
        year: 2019.42,
        title: `Event ${text}`,
        major: true,
        event_ids: ['e1'],
        sources: [],
      },
    ];
    const preset: OverTimePreset = {
      name: 'worldwide',
      kind: 'worldwide',
      country: 'WLD',
      title: `Title ${text}`,
      description: `Description ${text}`,
      query: '?view=overview',
      valueLabel: 'Workers present',
      sources: figures.map((row) => ({ ...row, source_id: row.source_id })),
      table: figures,
      tableSummary: `Summary ${text}`,
      tableCaption: `Caption ${text}`,
      csv: new Uint8Array(),
      figures,
      events,
    };
    const [page] = renderStaticFigures([preset], { version, base: '/' }).pages;
    expect(page!.svg).toContain('Title ');
    expect(wellFormed(page!.svg)).toBe(true);
    expect(parses(page!.svg)).toBe(true);
  });

  it.each(Object.entries(hostile))(
    '%s in a heading: the preview image SVG parses',
    (_name, text) => {
      const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
      const svg = previewSvg(
        {
          kicker: 'nk-workers-abroad',
          heading: `Heading ${text}`,
          description: `Description ${text}`,
          footer: `Data version ${text}`,
        },
        lightColours(css),
      );
      expect(wellFormed(svg)).toBe(true);
      const resvg = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles: previewFonts(), defaultFontFamily: 'Noto Sans' },
      });
      expect(resvg.render().asPng().length).toBeGreaterThan(0);
    },
  );
});

describe('every citation format stays clean', () => {
  /** C0 and C1 controls (tab and line ends aside), U+FFFE/U+FFFF and bidirectional controls. */
  const unsafe =
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/;
  const cite = (title: string, publisher: string) =>
    citeFigure(
      {
        id: 'f1',
        source_id: 's1',
        title,
        title_is_descriptive: false,
        publisher,
        url: 'https://example.org/a',
        published: '2020',
      },
      { viewUrl: 'https://example.org/?view=overview', version },
    );

  it.each(Object.entries(hostile))('%s in a title and a publisher', (_name, text) => {
    const item = cite(`Title ${text}`, `Publisher ${text}`);
    for (const { id: format } of citationFormats) {
      const output = formatCitation(item, format);
      expect(wellFormed(output), format).toBe(true);
      expect(output, format).not.toMatch(unsafe);
      if (format !== 'apa' && format !== 'chicago') {
        expect(new Cite(output).data, format).toHaveLength(1);
      }
    }
  });

  // The validator refuses a leading space; trimming one must not make a formula of what follows.
  it.each([' =cmd|x', '\n+SUM(1)', '\t-2+3', ' @SUM(1)', '=HYPERLINK("http://evil")'])(
    '%j as title and publisher: no field starts like a formula',
    (text) => {
      const item = cite(text, text);
      expect(item.title).toBe(neutraliseCell(text.trim()));
      expect(item.title!.startsWith("'")).toBe(true);
      for (const { id: format } of citationFormats) {
        const output = formatCitation(item, format);
        // A reference pasted into a cell begins with its author: the publisher. (A BibTeX record
        // begins with @ by its syntax, its fields inside braces.)
        if (format === 'apa' || format === 'chicago')
          expect(output, format).not.toMatch(/^[=+\-@]/);
        if (format === 'ris') {
          for (const line of output.split('\r\n'))
            expect(line, format).not.toMatch(/^.. {2}- [=+\-@]/);
        }
        if (format === 'csl-json') {
          const [entry] = JSON.parse(output) as { title: string }[];
          expect(entry!.title, format).not.toMatch(/^[=+\-@]/);
        }
        if (format === 'bibtex') {
          expect(output, format).not.toMatch(/= \{[=+\-@]/);
        }
      }
    },
  );
});
