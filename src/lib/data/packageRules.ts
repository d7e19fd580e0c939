import countries from 'i18n-iso-countries';
import { countriesNamedIn, countryCodeOfName } from './countryNames';
import { dateForms, dateRangeProblem } from './dates';
import { quote } from './problem';
import { FIRST_YEAR, WORLDWIDE } from '../constants';
import { categoryValues, type CellValue, type Field, type Resource, type Row } from './schema';

/**
 * Rules of this data package that Table Schema cannot express. The generic checks live in cells.ts
 * and validate.ts; these name our fields. A rule whose fields a schema lacks never applies.
 */

export interface RuleContext {
  /** Years after this one are refused: a figure cannot describe the future. */
  currentYear: number;
  /** Dates after this one (YYYY-MM-DD) are refused: nothing here happened in the future. */
  today: string;
}

/** A check of one typed, non-empty cell of every field that `appliesTo` selects. */
export interface CellRule {
  name: string;
  appliesTo(resource: Resource, field: Field): boolean;
  check?(value: NonNullable<CellValue>, context: RuleContext): string | null;
  /** For a cell refused by any check: the likely cause and its fix, or null for the usual message. */
  explain?(text: string): string | null;
}

/** A check across the cells of one row; it runs only when all its columns parsed. */
export interface RowRule {
  name: string;
  resource: string;
  columns: string[];
  check(row: Row, report: (column: string, message: string) => void, resource: Resource): void;
}

/** The measure of a report that workers are present without a number. */
export const PRESENCE_REPORTED = 'presence_reported';

/** Qualifiers that let a figure give only its lower bound (low) or only its upper bound (high). */
export const LOWER_BOUNDS = new Set(['more than', 'at least']);
export const UPPER_BOUNDS = new Set(['up to']);

/** Qualifiers that qualify a number, and the column it goes in. */
const NUMBER_COLUMN_OF_QUALIFIER: Record<string, string> = {
  about: 'point',
  exactly: 'point',
  range: 'low and high',
  'more than': 'low',
  'at least': 'low',
  'up to': 'high',
};

const ALPHA_3 = /^[A-Z]{3}$/;
const ALPHA_2 = /^[A-Za-z]{2}$/;
const WORLD_NAMES = new Set(['world', 'worldwide', 'global', 'international']);

function isCountryCode(text: string): boolean {
  return text === WORLDWIDE || (ALPHA_3.test(text) && countries.isValid(text));
}

/** Why a country cell is not a code, when it is a mistake we recognise: a name, lower case, alpha-2. */
export function explainCountry(text: string): string | null {
  const upper = text.toUpperCase();
  if (upper !== text && isCountryCode(upper)) {
    return `${quote(text)} is in lower case; write it in capitals: ${upper}`;
  }
  if (ALPHA_2.test(text) && countries.isValid(upper)) {
    return `${quote(text)} is a two-letter code; write the three-letter ISO code ${countries.alpha2ToAlpha3(upper)}`;
  }
  if (WORLD_NAMES.has(text.toLowerCase())) {
    return `${quote(text)} is not a code; write ${WORLDWIDE} for a worldwide figure`;
  }
  const code = countryCodeOfName(text);
  return code && code !== text
    ? `${quote(text)} is a country name; write its ISO code ${code}`
    : null;
}

export const cellRules: CellRule[] = [
  {
    name: 'country-code',
    appliesTo: (_resource, field) => field.name === 'country' && field.type === 'string',
    check: (value) =>
      isCountryCode(value as string)
        ? null
        : `${quote(String(value))} is not an ISO 3166-1 alpha-3 code or ${WORLDWIDE}`,
    explain: explainCountry,
  },
  {
    name: 'year-range',
    appliesTo: (_resource, field) => field.type === 'integer' && field.name.includes('year'),
    check: (value, { currentYear }) =>
      (value as number) >= FIRST_YEAR && (value as number) <= currentYear
        ? null
        : `${value} is not a year from ${FIRST_YEAR} to ${currentYear}`,
  },
  {
    // Runs on real dates only: the form and the calendar are checked first (cells.ts).
    name: 'date-range',
    appliesTo: (_resource, field) => dateForms(field) !== null,
    check: (value, { today }) => dateRangeProblem(value as string, FIRST_YEAR, today),
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
      if (row.region !== null && row.country !== WORLDWIDE) {
        report(
          'region',
          `region ${quote(String(row.region))} is only for ${WORLDWIDE} rows; this row's country is ${row.country}`,
        );
      }
    },
  },
  {
    name: 'point-or-range',
    resource: 'estimates',
    columns: ['low', 'high', 'point'],
    check(row, report) {
      if (row.point !== null && (row.low !== null || row.high !== null)) {
        report(
          'point',
          'both point and low/high are filled; write one figure in point or a range in low and high, not both',
        );
      }
    },
  },
  {
    name: 'presence-without-number',
    resource: 'estimates',
    columns: ['measure', 'low', 'high', 'point'],
    check(row, report) {
      if (row.measure !== PRESENCE_REPORTED) return;
      const column = (['point', 'low', 'high'] as const).find((name) => row[name] !== null);
      if (column === undefined) return;
      report(
        column,
        `${PRESENCE_REPORTED} is for a report with no number, but ${column} is ${row[column]}; empty it, or choose the measure the number counts`,
      );
    },
  },
  {
    name: 'qualifier-needs-number',
    resource: 'estimates',
    columns: ['qualifier', 'low', 'high', 'point'],
    check(row, report) {
      const qualifier = row.qualifier as string | null;
      const column = qualifier === null ? undefined : NUMBER_COLUMN_OF_QUALIFIER[qualifier];
      if (column === undefined || row.low !== null || row.high !== null || row.point !== null) {
        return;
      }
      report(
        column.split(' ')[0]!,
        `qualifier ${quote(qualifier!)} needs a number, but low, high and point are empty; write it in ${column}`,
      );
    },
  },
  {
    name: 'period-names-its-years',
    resource: 'estimates',
    columns: ['ref_period', 'ref_year_start', 'ref_year_end'],
    check(row, report) {
      const period = row.ref_period as string | null;
      const { ref_year_start: start, ref_year_end: end } = row;
      // Only a period that starts with a date names its own span; "before 2017" names a bound.
      // Years out of order are reported by ref-years-in-order.
      if (period === null || !STARTS_WITH_YEAR.test(period)) return;
      if (start !== null && end !== null && (start as number) > (end as number)) return;
      const [first, last] = yearSpan(period);
      const agree = 'make them agree';
      if (start !== null && start !== first) {
        report(
          'ref_year_start',
          `ref_year_start is ${start}, but ref_period ${quote(period)} starts in ${first}; ${agree}`,
        );
      }
      if (end !== null && end !== last) {
        report(
          'ref_year_end',
          `ref_year_end is ${end}, but ref_period ${quote(period)} ends in ${last}; ${agree}`,
        );
      }
    },
  },
  {
    name: 'region-for-part-of-world',
    resource: 'estimates',
    columns: ['country', 'area_note', 'region'],
    check(row, report, resource) {
      if (row.country !== WORLDWIDE || row.region !== null || row.area_note === null) return;
      const covered = partOfWorldNamed(row.area_note as string, resource);
      if (covered === null) return;
      const regions = categoryValues(resource.schema.fields.find((f) => f.name === 'region')!);
      report(
        'region',
        `area_note ${quote(row.area_note as string)} names ${covered}, so this ${WORLDWIDE} figure is not worldwide; fill region with one of: ${regions.join(', ')}`,
      );
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

const STARTS_WITH_YEAR = /^\d{4}(?!\d)/;

/** The first and last year (a run of exactly four digits) a text names; it runs on every row. */
function yearSpan(text: string): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  let run = 0;
  let value = 0;
  for (let index = 0; index <= text.length; index++) {
    const digit = index < text.length ? text.charCodeAt(index) - 48 : -1;
    if (digit >= 0 && digit <= 9) {
      run += 1;
      value = value * 10 + digit;
      continue;
    }
    if (run === 4) {
      first = Math.min(first, value);
      last = Math.max(last, value);
    }
    run = 0;
    value = 0;
  }
  return [first, last];
}

// An area note that counts countries, says "and others" or "mainly", or gives per-country figures
// describes a worldwide total; only a bare list of places or companies is a part of the world.
const WORLDWIDE_HINT =
  /\b(?:others?|elsewhere|etc|mainly|mostly|primarily|most|countries|abroad|worldwide|global|incl|including|share)\b|%|\d{1,3},\d{3}|\d\s?k\b|~\s?\d/i;
const COMPANY =
  /\b(?:compan(?:y|ies)|corporation|corp|ltd|llc|inc|enterprises?|firms?|cent(?:er|re))\b/i;
const REGION_SYNONYMS = ['Gulf', 'EU', 'SE Asia', 'Southeast Asia'];
const regionPatterns = new WeakMap<Resource, RegExp>();

/** What part of the world an area note names ("a company", "a region", "several countries"), or null. */
function partOfWorldNamed(note: string, resource: Resource): string | null {
  if (WORLDWIDE_HINT.test(note)) return null;
  if (COMPANY.test(note)) return 'a company';
  const regions = new Set(Array.from(note.matchAll(regionPattern(resource)), ([name]) => name));
  // Several regions ("China, SE Asia, Middle East, Africa") list where a worldwide total works.
  if (regions.size > 0) return regions.size === 1 ? 'a region' : null;
  return countriesNamedIn(note).filter((code) => code !== 'PRK').length > 1
    ? 'several countries'
    : null;
}

/** The schema's region categories (and common short forms) as words to find in a note. */
function regionPattern(resource: Resource): RegExp {
  let pattern = regionPatterns.get(resource);
  if (!pattern) {
    const region = resource.schema.fields.find((field) => field.name === 'region')!;
    const names = [...categoryValues(region), ...REGION_SYNONYMS].map((name) =>
      name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
    pattern = new RegExp(`\\b(?:${names.join('|')})\\b`, 'gi');
    regionPatterns.set(resource, pattern);
  }
  return pattern;
}
