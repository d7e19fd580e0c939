import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { longQuotations } from '../../src/cli/evidence-import/quotes.ts';
import { estimatorRenames } from '../../src/cli/evidence-import/estimators.ts';

// The research evidence lives outside the repository, beside it (as in CI); EVIDENCE_CSV may point
// elsewhere. Without it the check fails rather than skips: an unchecked dataset must not look checked.
const evidencePath =
  process.env.EVIDENCE_CSV ??
  fileURLToPath(new URL('../../../shared/evidence/estimates-evidence.csv', import.meta.url));
const dataDir = new URL('../../data/', import.meta.url);
const namedMeasures = [
  'workers_present',
  'work_permits_issued',
  'arrivals_in_year',
  'departures_or_repatriations',
  'revenue_usd_per_year',
];

type Row = Record<string, string>;

function csv(path: string | URL): Row[] {
  const result = Papa.parse<Row>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('estimator harmonisations', () => {
  it('only join rows that are one estimate: each has a twin with the same name, country, figures and period', () => {
    const evidence = new Map(csv(evidencePath).map((row) => [row.id, row]));
    const key = (id: string) => {
      const row = evidence.get(id);
      expect(row, id).toBeDefined();
      return [
        estimatorRenames[id],
        row!.country,
        row!.low,
        row!.high,
        row!.point,
        row!.ref_year,
      ].join('|');
    };
    const ids = Object.keys(estimatorRenames);
    for (const id of ids) {
      const twins = ids.filter((other) => other !== id && key(other) === key(id));
      expect(twins.length, `${id} has no twin`).toBeGreaterThan(0);
    }
  });
});

describe('longQuotations', () => {
  it.each([
    ["Kharon: 'United Nations sanctions mandate North Korean laborers to return'", 1],
    ['summarised the same report as "20 countries" and named Vietnam', 0],
    ["NK News calls these 'work visas'.", 0],
    ["Korea's workers' wages and Griffiths' own words", 0],
    ['The next sentence: “South Korea confirmed that North Koreans were working”', 1],
    ["says '5만명 이상의 젊은 근로인력을 해외로 내보내고 있다'", 1],
    ['「北朝鮮の労働者がロシアへ順次移動していると国情院が明らかにした」', 1],
  ])('%s', (text, count) => {
    expect(longQuotations(text)).toHaveLength(count);
  });
});

describe('data/ against the evidence it was imported from', () => {
  if (!existsSync(evidencePath)) {
    throw new Error(`evidence file not found at ${evidencePath}: set EVIDENCE_CSV to its path`);
  }
  const evidence = csv(evidencePath);
  const estimates = csv(new URL('estimates.csv', dataDir));
  const events = csv(new URL('events.csv', dataDir));
  const sources = csv(new URL('sources.csv', dataDir));
  const excluded = readFileSync(new URL('EXCLUDED.md', dataDir), 'utf8')
    .split('\n')
    .map((line) => /^\| ([^|\s]+) \|/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined && id !== 'evidence' && !id.startsWith('-'));
  const pkg = JSON.parse(readFileSync(new URL('datapackage.json', dataDir), 'utf8')) as {
    resources: {
      name: string;
      schema: { fields: { name: string; categories?: { value: string }[] }[] };
    }[];
  };
  const byId = new Map(evidence.map((row) => [row.id, row]));
  const urlOf = new Map(sources.map((source) => [source.id, source.url]));
  const imported = estimates.filter((e) => byId.has(e.id ?? ''));

  it('places every evidence row in exactly one of estimates, events and EXCLUDED.md', () => {
    expect(evidence).toHaveLength(666);
    const placed = [...estimates, ...events].map((row) => row.id).concat(excluded);
    const counts = new Map<string, number>();
    for (const id of placed) counts.set(id ?? '', (counts.get(id ?? '') ?? 0) + 1);
    expect(evidence.filter((row) => counts.get(row.id ?? '') !== 1).map((row) => row.id)).toEqual(
      [],
    );
    expect(excluded.length).toBeGreaterThan(0);
  });

  it('keeps figures, country, estimator, qualifier, period and primary exactly', () => {
    const fields = ['low', 'high', 'point', 'country', 'estimator_type', 'qualifier', 'primary'];
    for (const e of imported) {
      const row = byId.get(e.id ?? '') ?? {};
      for (const field of fields)
        expect(`${e.id} ${field}: ${e[field]}`).toBe(`${e.id} ${field}: ${row[field]}`);
      // Only the documented harmonisations (src/cli/evidence-import/estimators.ts) change an estimator.
      const estimator = estimatorRenames[e.id ?? ''] ?? row.estimator;
      expect(`${e.id} estimator: ${e.estimator}`).toBe(`${e.id} estimator: ${estimator}`);
      expect(e.ref_period).toBe(row.ref_year);
    }
  });

  it('cites the page each figure and event was read in', () => {
    for (const row of [...imported, ...events]) {
      expect(`${row.id}: ${urlOf.get(row.source_id ?? '')}`).toBe(
        `${row.id}: ${byId.get(row.id ?? '')?.url}`,
      );
    }
  });

  it('keeps the five named measures and the other(...) description as the detail', () => {
    for (const e of imported) {
      const measure = byId.get(e.id ?? '')?.measure ?? '';
      if (namedMeasures.includes(measure)) {
        expect(e.measure).toBe(measure);
      } else {
        expect(namedMeasures).not.toContain(e.measure);
        expect(e.measure_detail).not.toBe('');
        expect(`other(${e.measure_detail})`).toBe(measure);
      }
    }
  });

  it('uses only measures from the datapackage codebook', () => {
    const field = pkg.resources
      .find((r) => r.name === 'estimates')
      ?.schema.fields.find((f) => f.name === 'measure');
    const values = (field?.categories ?? []).map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(namedMeasures));
    expect(estimates.filter((e) => !values.includes(e.measure ?? '')).map((e) => e.id)).toEqual([]);
  });

  it('dates each event as the evidence does', () => {
    for (const e of events)
      expect(`${e.id} ${e.date}`).toBe(`${e.id} ${byId.get(e.id ?? '')?.ref_year}`);
  });

  it('finds copied quotations in the evidence notes but none in ours', () => {
    const quoting = evidence.filter((row) => longQuotations(row.notes ?? '').length > 0);
    expect(quoting.length).toBeGreaterThan(50);
    const ours = [
      ...estimates.flatMap((e) => [e.note, e.area_note]),
      ...events.map((e) => e.note),
      ...sources.map((s) => s.note),
    ];
    expect(ours.filter((text) => longQuotations(text ?? '').length > 0)).toEqual([]);
  });
});
