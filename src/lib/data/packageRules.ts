import countries from 'i18n-iso-countries';
import { quote } from './problem';
import type { CellValue, Field, Resource, Row } from './schema';

/**
 * Rules of this data package that Table Schema cannot express. The generic checks live in cells.ts
 * and validate.ts; these name our fields. A rule whose fields a schema lacks never applies.
 */

export interface RuleContext {
  /** Years after this one are refused: a figure cannot describe the future. */
  currentYear: number;
}

/** A check of one typed, non-empty cell of every field that `appliesTo` selects. */
export interface CellRule {
  name: string;
  appliesTo(resource: Resource, field: Field): boolean;
  check(value: NonNullable<CellValue>, context: RuleContext): string | null;
}

/** A check across the cells of one row; it runs only when all its columns parsed. */
export interface RowRule {
  name: string;
  resource: string;
  columns: string[];
  check(row: Row, report: (column: string, message: string) => void): void;
}

/** The first year a figure may describe: North Korea's labour exports postdate 1945. */
export const FIRST_YEAR = 1945;
/** The `country` code of a worldwide figure. */
export const WORLD = 'WLD';
/** The measure of a report that workers are present without a number. */
export const PRESENCE_REPORTED = 'presence_reported';

/** Qualifiers that let a figure give only its lower bound (low) or only its upper bound (high). */
export const LOWER_BOUNDS = new Set(['more than', 'at least']);
export const UPPER_BOUNDS = new Set(['up to']);

const ALPHA_3 = /^[A-Z]{3}$/;

export const cellRules: CellRule[] = [
  {
    name: 'country-code',
    appliesTo: (_resource, field) => field.name === 'country' && field.type === 'string',
    check: (value) =>
      value === WORLD || (ALPHA_3.test(value as string) && countries.isValid(value as string))
        ? null
        : `${quote(String(value))} is not an ISO 3166-1 alpha-3 code or ${WORLD}`,
  },
  {
    name: 'year-range',
    appliesTo: (_resource, field) => field.type === 'integer' && field.name.includes('year'),
    check: (value, { currentYear }) =>
      (value as number) >= FIRST_YEAR && (value as number) <= currentYear
        ? null
        : `${value} is not a year from ${FIRST_YEAR} to ${currentYear}`,
  },
];

export const rowRules: RowRule[] = [
  {
    name: 'range-complete',
    resource: 'estimates',
    columns: ['low', 'high', 'qualifier'],
    check(row, report) {
      const qualifier = row.qualifier as string | null;
      if (row.low === null && row.high !== null && !UPPER_BOUNDS.has(qualifier ?? '')) {
        report(
          'low',
          `low is missing: a range needs both low and high, and high alone (${row.high}) needs the qualifier ${[...UPPER_BOUNDS].join(' or ')}`,
        );
      } else if (row.high === null && row.low !== null && !LOWER_BOUNDS.has(qualifier ?? '')) {
        report(
          'high',
          `high is missing: a range needs both low and high, and low alone (${row.low}) needs the qualifier ${[...LOWER_BOUNDS].join(' or ')}`,
        );
      }
    },
  },
  {
    name: 'low-not-above-high',
    resource: 'estimates',
    columns: ['low', 'high'],
    check(row, report) {
      if (row.low !== null && row.high !== null && (row.low as number) > (row.high as number)) {
        report('low', `low (${row.low}) is greater than high (${row.high})`);
      }
    },
  },
  {
    name: 'figure-given',
    resource: 'estimates',
    columns: ['measure', 'point', 'low', 'high', 'qualifier'],
    check(row, report) {
      if (row.measure === PRESENCE_REPORTED) return;
      if (row.point === null && row.low === null && row.high === null && row.qualifier === null) {
        report('point', 'no figure: expected a point, a low and high, or a qualifier');
      }
    },
  },
  {
    name: 'region-only-worldwide',
    resource: 'estimates',
    columns: ['country', 'region'],
    check(row, report) {
      if (row.region !== null && row.country !== WORLD) {
        report(
          'region',
          `region ${quote(String(row.region))} is only for ${WORLD} rows; this row's country is ${row.country}`,
        );
      }
    },
  },
  {
    name: 'ref-years-in-order',
    resource: 'estimates',
    columns: ['ref_year_start', 'ref_year_end'],
    check(row, report) {
      const { ref_year_start: start, ref_year_end: end } = row;
      if (start !== null && end !== null && (start as number) > (end as number)) {
        report('ref_year_start', `ref_year_start (${start}) is after ref_year_end (${end})`);
      }
    },
  },
];
