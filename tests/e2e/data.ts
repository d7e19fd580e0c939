// The figures the browser tests expect, read from data/ (the files the tested build was made from), so
// that a maintainer's correction, removal or addition of a row does not break a test about behaviour.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** A row of data/estimates.csv, numbers parsed; empty cells are null. */
export interface Estimate {
  id: string;
  source_id: string;
  country: string;
  area_note: string | null;
  region: string | null;
  measure: string;
  low: number | null;
  high: number | null;
  point: number | null;
  qualifier: string | null;
  ref_year_start: number | null;
  ref_year_end: number | null;
  estimator: string;
  estimator_type: string;
  primary: string;
}

const numeric = new Set(['low', 'high', 'point', 'ref_year_start', 'ref_year_end']);

export const estimates: Estimate[] = Papa.parse<Record<string, string>>(
  readFileSync('data/estimates.csv', 'utf8'),
  { header: true, skipEmptyLines: true },
).data.map(
  (raw) =>
    Object.fromEntries(
      Object.entries(raw).map(([column, cell]) => [
        column,
        cell === '' ? null : numeric.has(column) ? Number(cell) : cell,
      ]),
    ) as unknown as Estimate,
);

/** A row of data/sources.csv, as text. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

export const sources: Source[] = Papa.parse<Source>(readFileSync('data/sources.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

/** The source an estimate cites. */
export function sourceOf(row: Estimate): Source {
  const source = sources.find((candidate) => candidate.id === row.source_id);
  if (!source) throw new Error(`${row.id} cites ${row.source_id}, which data/sources.csv lacks`);
  return source;
}

/** A count as the en-US page prints it: 20,000. */
export const formatCount = (value: number) => value.toLocaleString('en-US');

/** A figure's own value, as the queries order by it: a range's low end, else its one number. */
export const valueOf = (row: Estimate) => row.low ?? row.point ?? row.high;

/** Whether the worldwide chart's default view (workers present, all estimators) draws the estimate. */
export const onWorldwideChart = (row: Estimate) =>
  row.country === 'WLD' &&
  row.region === null &&
  row.measure === 'workers_present' &&
  row.ref_year_start !== null &&
  valueOf(row) !== null;

/** The first estimate that `test` picks, or an error naming what the data no longer holds. */
export function pick(what: string, test: (row: Estimate) => boolean): Estimate {
  const row = estimates.find(test);
  if (!row) throw new Error(`data/estimates.csv holds no ${what}: the test needs one`);
  return row;
}

/** Ordered by value, figures without a number last. */
const byValue = (a: Estimate, b: Estimate) =>
  (valueOf(a) ?? Infinity) - (valueOf(b) ?? Infinity) || 0;

/**
 * The figures the Compare view shows for a country, a measure and a year span (every estimator type),
 * in its order, and grouped as it groups re-reports: the same estimator and numbers for the
 * same years, for the whole country or for a part of it. Figures without a number are compared too, after the others.
 */
export function compared(country: string, measure: string, from: number, to: number) {
  const figures = estimates
    .filter(
      (row) =>
        row.country === country &&
        row.measure === measure &&
        row.ref_year_start !== null &&
        (row.ref_year_end ?? row.ref_year_start) >= from &&
        row.ref_year_start <= to,
    )
    .sort((a, b) => byValue(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Map<string, Estimate[]>();
  for (const row of figures) {
    const key = JSON.stringify([
      row.estimator,
      row.estimator_type,
      row.low,
      row.high,
      row.point,
      row.qualifier,
      row.area_note === null,
      row.region,
      row.ref_year_start,
      row.ref_year_end,
    ]);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const numbers = figures.flatMap((row) =>
    [row.low, row.high, row.point].filter((n): n is number => n !== null),
  );
  return {
    figures,
    /** One per estimate, each named by its smallest id, in the order the rows are drawn. */
    groups: [...groups.values()]
      .map((rows) => ({ id: rows.map((row) => row.id).sort()[0]!, rows }))
      .sort((a, b) => byValue(a.rows[0]!, b.rows[0]!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    low: Math.min(...numbers),
    high: Math.max(...numbers),
  };
}
