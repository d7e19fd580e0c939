import { wholeValuePattern } from './descriptor';
import { quote } from './problem';
import {
  booleanValues,
  categoryValues,
  isRequired,
  missingValues,
  type CellValue,
  type Field,
  type TableSchema,
} from './schema';

/** Why a cell was refused. A class, so a parser can return it in place of a value without wrapping. */
export class CellError {
  constructor(readonly message: string) {}
}

/** Turns a cell's text into its typed value, or says what is wrong with it. */
export type CellParser = (text: string) => CellValue | CellError;

/** A further check of a typed, non-empty value: null when it passes, else what is wrong. */
export type ValueCheck = (value: NonNullable<CellValue>) => string | null;

/**
 * Builds the parser for one field once, so that the per-cell work is a few comparisons: empty →
 * null (or required), then the type, then each constraint in turn. A cell gets one problem, the first
 * rule it breaks: a later rule would only restate it.
 */
export function cellParser(
  field: Field,
  schema: TableSchema,
  extraChecks: ValueCheck[] = [],
): CellParser {
  const missing = new Set(missingValues(schema));
  const requiredError = isRequired(field, schema)
    ? new CellError(`missing value: ${field.name} is required`)
    : null;
  const convert = converter(field);
  const checks = [...constraintChecks(field), ...textChecks(field), ...extraChecks];
  return (text) => {
    if (missing.has(text)) return requiredError ?? null;
    const value = convert(text);
    if (value instanceof CellError) return value;
    for (let index = 0; index < checks.length; index++) {
      const message = checks[index]!(value);
      if (message !== null) return new CellError(message);
    }
    return value;
  };
}

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOOKS_FORMATTED = /^[-+]?[\d\s,.'’]+$/;

function converter(field: Field): (text: string) => NonNullable<CellValue> | CellError {
  switch (field.type) {
    case 'string':
      return (text) => text;
    case 'integer':
      return parseInteger;
    case 'number':
      return (text) =>
        NUMBER.test(text) ? Number(text) : new CellError(`${quote(text)} is not a number`);
    case 'boolean':
      return booleanParser(field);
    case 'date':
      return parseDate;
  }
}

function parseInteger(text: string): number | CellError {
  if (INTEGER.test(text)) {
    const value = Number(text);
    if (Number.isSafeInteger(value)) return value;
    return new CellError(`${quote(text)} is too large for an integer`);
  }
  const hint = LOOKS_FORMATTED.test(text)
    ? ' (write digits only: no separators, spaces or decimals)'
    : '';
  return new CellError(`${quote(text)} is not an integer${hint}`);
}

function booleanParser(field: Field): (text: string) => boolean | CellError {
  const { trueValues, falseValues } = booleanValues(field);
  const values = new Map<string, boolean>([
    ...trueValues.map((text) => [text, true] as const),
    ...falseValues.map((text) => [text, false] as const),
  ]);
  const expected = [...trueValues, ...falseValues].join(' or ');
  return (text) => values.get(text) ?? new CellError(`${quote(text)} is not ${expected}`);
}

function parseDate(text: string): string | CellError {
  const parts = DATE.exec(text);
  if (parts) {
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return text;
  }
  return new CellError(`${quote(text)} is not a date (expected YYYY-MM-DD)`);
}

function constraintChecks(field: Field): ValueCheck[] {
  const constraints = field.constraints ?? {};
  const checks: ValueCheck[] = [];
  const allowed = categoryValues(field);
  if (allowed.length > 0) {
    const set = new Set(allowed);
    const expected = allowed.join(', ');
    checks.push((value) =>
      set.has(value as string)
        ? null
        : `${quote(String(value))} is not a category of ${field.name}; expected one of: ${expected}`,
    );
  }
  const { pattern, minLength, maxLength, minimum, maximum } = constraints;
  if (pattern !== undefined) {
    const regExp = wholeValuePattern(pattern);
    checks.push((value) =>
      regExp.test(value as string)
        ? null
        : `${quote(String(value))} does not match the pattern ${pattern}`,
    );
  }
  if (minLength !== undefined) {
    checks.push((value) => {
      const length = (value as string).length;
      return length >= minLength
        ? null
        : `is ${length} characters long; the minimum is ${minLength}`;
    });
  }
  if (maxLength !== undefined) {
    checks.push((value) => {
      const length = (value as string).length;
      return length <= maxLength
        ? null
        : `is ${length} characters long; the maximum is ${maxLength}`;
    });
  }
  if (minimum !== undefined) {
    checks.push((value) =>
      (value as number) >= minimum ? null : `${value} is less than the minimum ${minimum}`,
    );
  }
  if (maximum !== undefined) {
    checks.push((value) =>
      (value as number) <= maximum ? null : `${value} is greater than the maximum ${maximum}`,
    );
  }
  if (field.format === 'uri') checks.push((value) => httpUrlProblem(value as string));
  return checks;
}

function textChecks(field: Field): ValueCheck[] {
  if (field.type !== 'string') return [];
  return [(value) => formulaProblem(value as string), (value) => htmlProblem(value as string)];
}

/** Characters that make a spreadsheet read a cell as a formula (tab and CR can hide one). */
const FORMULA_STARTS: Record<string, string> = {
  '=': '"="',
  '+': '"+"',
  '-': '"-"',
  '@': '"@"',
  '\t': 'a tab',
  '\r': 'a carriage return',
};

/** Text a spreadsheet would run as a formula when the data is exported and opened. */
export function formulaProblem(text: string): string | null {
  const start = FORMULA_STARTS[text.charAt(0)];
  if (start === undefined) return null;
  return `text starts with ${start}, which a spreadsheet may run as a formula; start it with another character`;
}

const HTML_TAG = /<\/?[a-z][^>]*>/i;

/** An HTML tag in text meant to be shown as text ("<20%" and "a < b" are fine). */
export function htmlProblem(text: string): string | null {
  if (text.indexOf('<') === -1) return null;
  const tag = HTML_TAG.exec(text);
  return tag ? `contains an HTML tag (${quote(tag[0])}); write plain text` : null;
}

const HTTP_PREFIX = /^https?:\/\//i;

/** A link a reader can follow safely: http or https with a host; javascript:, data:, ftp:… refused. */
export function httpUrlProblem(text: string): string | null {
  const expected = 'expected an http:// or https:// address';
  if (!HTTP_PREFIX.test(text)) return `${quote(text)} is not an http or https URL; ${expected}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${quote(text)} is not a valid URL; ${expected}`;
  }
  return url.hostname === '' ? `${quote(text)} has no host; ${expected}` : null;
}
