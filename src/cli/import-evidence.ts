/**
 * One-time migration: builds data/sources.csv, estimates.csv, events.csv and EXCLUDED.md from the
 * research evidence (../shared/evidence/estimates-evidence.csv). Since the import, data/ is the
 * source of truth; this script stays as the record of how it was made. Deterministic: the same
 * evidence always gives the same files.
 *
 * Usage: tsx src/cli/import-evidence.ts [--check]   (--check writes nothing, exits 1 on any drift)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { eventText, majorEventTitles } from './evidence-import/events.ts';
import { evidencePath, readCsv, repoRoot, writeCsvText } from './evidence-import/evidence.ts';
import type { EvidenceRow } from './evidence-import/evidence.ts';
import { estimatorRenames } from './evidence-import/estimators.ts';
import { excludedRows } from './evidence-import/excluded.ts';
import { namedMeasures, otherMeasureCategory } from './evidence-import/measures.ts';
import { areaNoteRewrites, noteRewrites } from './evidence-import/note-rewrites.ts';
import { longQuotations } from './evidence-import/quotes.ts';
import { parseRefPeriod } from './evidence-import/ref-period.ts';
import { regionOf } from './evidence-import/regions.ts';
import { buildSource } from './evidence-import/sources.ts';
import type { Source } from './evidence-import/sources.ts';

interface Field {
  name: string;
  categories?: (string | { value: string })[];
}
interface DataPackage {
  resources: { name: string; schema: { fields: Field[] } }[];
}

const dataDir = resolve(repoRoot, 'data');
const pkg = JSON.parse(readFileSync(resolve(dataDir, 'datapackage.json'), 'utf8')) as DataPackage;

function fieldsOf(resource: string): Field[] {
  const found = pkg.resources.find((r) => r.name === resource);
  if (!found) throw new Error(`datapackage.json has no resource ${resource}`);
  return found.schema.fields;
}

function categoriesOf(resource: string, field: string): string[] {
  const categories = fieldsOf(resource).find((f) => f.name === field)?.categories ?? [];
  return categories.map((c) => (typeof c === 'string' ? c : c.value));
}

const problems: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok) problems.push(message);
};

// The evidence's working vocabulary, which means nothing to a reader of data/.
const workingWords =
  /\bblocks?\b|evidence-merged|helper|pub_date|ref_year|estimator_type|the brief|corpus|merged row/i;
const eventPrefix = 'other(event: ';

function ownWords(where: string, text: string): void {
  const quotes = longQuotations(text);
  check(quotes.length === 0, `${where}: quotation in our text: ${quotes.join(' | ')}`);
  check(!workingWords.test(text), `${where}: evidence working vocabulary: ${text}`);
}

const evidence = readCsv<EvidenceRow>(evidencePath);
const byId = new Map(evidence.map((row) => [row.id, row]));
check(byId.size === evidence.length, 'evidence ids are not unique');

const excludedIds = new Set(excludedRows.map((row) => row.id));
for (const { id, keptAs } of excludedRows) {
  const dropped = byId.get(id);
  check(dropped !== undefined, `excluded ${id} is not an evidence row`);
  if (keptAs === undefined) continue;
  const kept = byId.get(keptAs);
  check(
    dropped !== undefined &&
      kept !== undefined &&
      !excludedIds.has(keptAs) &&
      (['url', 'country', 'low', 'high', 'point', 'ref_year'] as const).every(
        (k) => dropped[k] === kept[k],
      ),
    `excluded ${id} is not a duplicate of ${keptAs}`,
  );
}

const rowsByUrl = new Map<string, EvidenceRow[]>();
for (const row of evidence) {
  if (excludedIds.has(row.id)) continue;
  rowsByUrl.set(row.url, [...(rowsByUrl.get(row.url) ?? []), row]);
}
const sources: Source[] = [...rowsByUrl].map(([url, rows]) => buildSource(url, rows));
const sourceIdByUrl = new Map(sources.map((source) => [source.url, source.id]));
check(new Set(sourceIdByUrl.values()).size === sources.length, 'source ids collide');

const measureOrder = categoriesOf('estimates', 'measure');
const qualifiers = categoriesOf('estimates', 'qualifier');
const estimatorTypes = categoriesOf('estimates', 'estimator_type');

function measureOf(row: EvidenceRow): { measure: string; detail: string } {
  if ((namedMeasures as readonly string[]).includes(row.measure))
    return { measure: row.measure, detail: '' };
  const detail = /^other\((.+)\)$/.exec(row.measure)?.[1];
  const measure = detail === undefined ? undefined : otherMeasureCategory[detail];
  if (detail === undefined || measure === undefined)
    throw new Error(`${row.id}: no category for ${row.measure}`);
  return { measure, detail };
}

// 78 evidence notes are a lone quotation mark: their text was lost upstream, so they stay empty.
const evidenceNote = (row: EvidenceRow): string => (row.notes === '"' ? '' : row.notes.trim());

const estimates = evidence
  .filter((row) => !excludedIds.has(row.id) && !row.measure.startsWith(eventPrefix))
  .map((row) => {
    const { measure, detail } = measureOf(row);
    const years = parseRefPeriod(row.ref_year);
    let note = noteRewrites[row.id] ?? evidenceNote(row);
    if (row.ref_year !== '' && years === null && !/vague/i.test(note)) {
      note = `${note} The period is vague, so no start or end year is given.`.trim();
    }
    return {
      id: row.id,
      source_id: sourceIdByUrl.get(row.url) ?? '',
      country: row.country,
      area_note: areaNoteRewrites[row.id] ?? row.area_note,
      region: regionOf[row.id] ?? '',
      measure,
      measure_detail: detail,
      low: row.low,
      high: row.high,
      point: row.point,
      qualifier: row.qualifier,
      ref_period: row.ref_year,
      ref_year_start: years ? String(years.start) : '',
      ref_year_end: years ? String(years.end) : '',
      estimator: estimatorRenames[row.id] ?? row.estimator,
      estimator_type: row.estimator_type,
      primary: row.primary,
      note,
    };
  })
  .sort(
    (a, b) =>
      a.country.localeCompare(b.country) ||
      measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure) ||
      (Number(a.ref_year_start) || 9999) - (Number(b.ref_year_start) || 9999) ||
      (a.id < b.id ? -1 : 1),
  );

const events = evidence
  .filter((row) => !excludedIds.has(row.id) && row.measure.startsWith(eventPrefix))
  .map((row) => {
    const text = eventText[row.id];
    if (!text) throw new Error(`${row.id}: event without a title in events.ts`);
    return {
      id: row.id,
      date: row.ref_year,
      title: text.title,
      major: majorEventTitles.has(text.title) ? 'yes' : 'no',
      source_id: sourceIdByUrl.get(row.url) ?? '',
      note: text.note,
    };
  })
  .sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1));

for (const e of estimates) {
  check(
    e.country === 'WLD' || countries.isValid(e.country),
    `${e.id}: unknown country ${e.country}`,
  );
  check(measureOrder.includes(e.measure), `${e.id}: measure ${e.measure} not in datapackage.json`);
  check(
    e.qualifier === '' || qualifiers.includes(e.qualifier),
    `${e.id}: qualifier ${e.qualifier}`,
  );
  check(estimatorTypes.includes(e.estimator_type), `${e.id}: estimator_type ${e.estimator_type}`);
  check(
    [e.low, e.high, e.point].every((n) => /^(\d+)?$/.test(n)),
    `${e.id}: figure not an integer`,
  );
  ownWords(`${e.id} note`, e.note);
  ownWords(`${e.id} area_note`, e.area_note);
}
for (const title of majorEventTitles) {
  check(
    events.some((e) => e.title === title),
    `major event ${title} matches no event title`,
  );
}
for (const e of events) {
  check(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date), `${e.id}: event date ${e.date}`);
  ownWords(`${e.id} note`, e.note);
}
for (const s of sources) ownWords(`${s.id} note`, s.note);
for (const used of new Set(estimates.map((e) => e.measure)))
  check(measureOrder.includes(used), `unused ${used}`);
for (const category of measureOrder) {
  check(
    estimates.some((e) => e.measure === category),
    `category ${category} has no estimate`,
  );
}

const tables: [string, string, Record<string, string>[]][] = [
  ['sources', 'sources.csv', sources as unknown as Record<string, string>[]],
  ['estimates', 'estimates.csv', estimates],
  ['events', 'events.csv', events],
];
const texts = tables.map(([resource, file, rows]) => {
  const fields = fieldsOf(resource).map((f) => f.name);
  for (const row of rows) {
    for (const field of fields) {
      const cell = row[field] ?? '';
      check(
        !/^[=+\-@]/.test(cell),
        `${file} ${row.id}.${field}: starts like a spreadsheet formula`,
      );
      check(!/<\/?[a-z][^>]*>/i.test(cell), `${file} ${row.id}.${field}: contains an HTML tag`);
      check(
        !excludedRows.some((x) => cell.includes(x.id) && field !== 'id'),
        `${file} ${row.id}.${field}: cites an excluded row`,
      );
    }
  }
  return [file, writeCsvText(fields, rows)] as const;
});

const placed = [...estimates, ...events].map((row) => row.id).concat([...excludedIds]);
check(
  placed.length === evidence.length && new Set(placed).size === evidence.length,
  'evidence rows lost or doubled',
);

const excludedMd = [
  '# Evidence rows not in the data',
  '',
  `The import (src/cli/import-evidence.ts) placed every one of the ${evidence.length} rows of the evidence file`,
  `(estimates-evidence.csv) in estimates.csv (${estimates.length}) or events.csv (${events.length}), except the`,
  `${excludedRows.length} below. Most are duplicates: the same publication, country, measure, period and figure`,
  'recorded twice, so keeping both would show one source’s figure twice. The figure stays in the data under the',
  'kept row; caveats from the left-out row’s note were carried into the kept row’s note where they added anything.',
  'The others hold no figure at all; the reason says what a maintainer would need to read to bring them back.',
  'tests/unit/evidence.test.ts checks that every evidence id is in exactly one of the three places.',
  '',
  '| evidence id | kept as | reason |',
  '|---|---|---|',
  ...excludedRows.map(({ id, keptAs, reason }) => `| ${id} | ${keptAs ?? '—'} | ${reason} |`),
  '',
].join('\n');

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problems; nothing written.`);
  process.exit(1);
}

const outputs = [...texts, ['EXCLUDED.md', excludedMd] as const];
if (process.argv.includes('--check')) {
  const stale = outputs.filter(
    ([file, text]) => readFileSync(resolve(dataDir, file), 'utf8') !== text,
  );
  if (stale.length > 0) {
    console.error(
      `data/ differs from a fresh import in: ${stale.map(([file]) => file).join(', ')}`,
    );
    process.exit(1);
  }
} else {
  for (const [file, text] of outputs) writeFileSync(resolve(dataDir, file), text);
}
console.log(
  `${sources.length} sources, ${estimates.length} estimates, ${events.length} events, ${excludedRows.length} excluded`,
);
