import {
  characterCount,
  characterProblem,
  describeCharacter,
  firstCharacter,
  isBlank,
  isBlankEnd,
  lastCharacter,
} from './characters';
import { dateFormatProblem, dateForms, impossibleDate, isWrittenInForms } from './dates';
import { wholeValuePattern } from './descriptor';
import { quote } from './problem';
import { quotationProblem } from './quotations';
import {
  booleanValues,
  categoryValues,
  isRequired,
  missingValues,
  primaryKey,
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
 * For a cell that was refused, a message naming the likely cause and the fix in place of the generic
 * one, or null. It runs only on refused cells, so valid data pays nothing for it.
 */
export type Explain = (text: string) => string | null;

/**
 * Builds the parser for one field once, so that the per-cell work is a few comparisons: empty →
 * null (or required), stray spaces, characters no text may hold, then the type, then each constraint
 * in turn. A cell gets one problem, the first rule it breaks: a later rule would only restate it.
 */
export function cellParser(
  field: Field,
  schema: TableSchema,
  extraChecks: ValueCheck[] = [],
  explainers: Explain[] = [],
): CellParser {
  const missing = new Set(missingValues(schema));
  const required = isRequired(field, schema);
  const requiredError = required ? new CellError(`missing value: ${field.name} is required`) : null;
  const isText = field.type === 'string';
  const multiline = isNote(field, schema);
  const convert = converter(field);
  const checks = [
    ...constraintChecks(field),
    ...dateChecks(field),
    ...textChecks(field, schema),
    ...extraChecks,
  ];
  const explain = [...dateExplainers(field), ...explainers];
  const refuse = (text: string, error: CellError): CellError => {
    for (const explainer of explain) {
      const message = explainer(text);
      if (message !== null) return new CellError(message);
    }
    return error;
  };
  return (text) => {
    if (missing.has(text)) return requiredError ?? null;
    if (hasBlankEnd(text)) return new CellError(spaceProblem(text, required ? field.name : null));
    if (isText) {
      const problem = characterProblem(text, multiline);
      if (problem !== null) return new CellError(problem);
    }
    const value = convert(text);
    if (value instanceof CellError) return refuse(text, value);
    for (let index = 0; index < checks.length; index++) {
      const message = checks[index]!(value);
      if (message !== null) return refuse(text, new CellError(message));
    }
    return value;
  };
}

/** Whether a cell starts or ends with a space, tab, line break or invisible character. */
function hasBlankEnd(text: string): boolean {
  if (text === '') return false;
  // Most cells start and end with a printable ASCII character: decided without taking characters out.
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return false;
  return isBlankEnd(firstCharacter(text), 'start') || isBlankEnd(lastCharacter(text), 'end');
}

const SPACE_NAMES: Record<string, string> = {
  '\t': 'tab',
  '\n': 'line break',
  '\r': 'line break',
  '\u00a0': 'non-breaking space',
};

/**
 * The message for a cell with a space or an invisible character at either end: which end, and what
 * kind of character; or for a cell that holds nothing visible, that it is empty in effect. A
 * `requiredField` cannot be emptied, so the message says to write a value.
 */
export function spaceProblem(text: string, requiredField: string | null = null): string {
  const fix = requiredField
    ? `${requiredField} is required: write a value`
    : 'empty the cell or write a value';
  const characters = Array.from(text);
  if (characters.every(isBlank)) {
    if (text.trim() === '') return `${quote(text)} holds only spaces; ${fix}`;
    const shown = [...new Set(characters)].map((char) => describeCharacter(char.codePointAt(0)!));
    return `${quote(text)} holds nothing visible, only ${shown.join(', ')}; ${fix}`;
  }
  const kind = (char: string) =>
    SPACE_NAMES[char] ??
    (char.trim() === ''
      ? 'space'
      : `invisible character ${describeCharacter(char.codePointAt(0)!)}`);
  const ends: string[] = [];
  const first = firstCharacter(text);
  const last = lastCharacter(text);
  if (isBlankEnd(first, 'start')) ends.push(`a leading ${kind(first)}`);
  if (isBlankEnd(last, 'end')) ends.push(`a trailing ${kind(last)}`);
  return `${quote(text)} has ${ends.join(' and ')}; remove ${ends.length > 1 ? 'them' : 'it'}`;
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

// A date field's refusals are worded by dateExplainers.
function parseDate(text: string): string | CellError {
  return DATE.test(text) && impossibleDate(text) === null ? text : DATE_REFUSED;
}

const DATE_REFUSED = new CellError('not a date');

/** A string field whose pattern is a date's can still hold a month 13 or a 30 February. */
function dateChecks(field: Field): ValueCheck[] {
  if (field.type !== 'string' || dateForms(field) === null) return [];
  return [(value) => impossibleDate(value as string)];
}

/** For a refused cell of a date field: the impossible month or day, or the form to write it in. */
function dateExplainers(field: Field): Explain[] {
  const forms = dateForms(field);
  if (forms === null) return [];
  // A date written in a right form was refused for another reason (its range), told by its own message.
  return [
    (text) =>
      impossibleDate(text) ??
      (isWrittenInForms(text, forms) ? null : dateFormatProblem(text, forms)),
  ];
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
  // Lengths first: a cap is cheap, and it keeps a long text from reaching the pattern.
  if (minLength !== undefined) {
    checks.push((value) => {
      const length = characterCount(value as string);
      return length >= minLength
        ? null
        : `is ${length} characters long; the minimum is ${minLength}`;
    });
  }
  if (maxLength !== undefined) {
    checks.push((value) => {
      const text = value as string;
      // A character is one or two UTF-16 code units: only a text longer in units can be too long.
      const length = text.length <= maxLength ? text.length : characterCount(text);
      return length <= maxLength
        ? null
        : `is ${length} characters long; the maximum is ${maxLength}`;
    });
  }
  if (pattern !== undefined) {
    const regExp = wholeValuePattern(pattern);
    checks.push((value) =>
      regExp.test(value as string)
        ? null
        : `${quote(String(value))} does not match the pattern ${pattern}`,
    );
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

function textChecks(field: Field, schema: TableSchema): ValueCheck[] {
  if (field.type !== 'string') return [];
  const checks: ValueCheck[] = [
    (value) => formulaProblem(value as string),
    (value) => htmlProblem(value as string),
  ];
  if (isFreeText(field, schema)) checks.push((value) => quotationProblem(value as string));
  return checks;
}

/**
 * Whether a field holds prose that we write: a string field without categories, a pattern or a
 * format, that is no key or reference. In a table with a URL field, the required strings describe
 * the linked publication (its title, its publisher): bibliographic facts given as published.
 */
export function isFreeText(field: Field, schema: TableSchema): boolean {
  if (field.type !== 'string' || field.format !== undefined || field.categories !== undefined) {
    return false;
  }
  const { pattern, unique } = field.constraints ?? {};
  if (pattern !== undefined || unique) return false;
  if (primaryKey(schema).includes(field.name)) return false;
  const references = schema.foreignKeys ?? [];
  const isReference = references.some((key) =>
    ([] as string[]).concat(key.fields).includes(field.name),
  );
  if (isReference) return false;
  const describesLink = schema.fields.some((other) => other.format === 'uri');
  return !(describesLink && isRequired(field, schema));
}

/**
 * Whether a field holds our notes: free text called `note`, which may run over several lines and hold
 * tabs. Every other text is one line.
 */
export function isNote(field: Field, schema: TableSchema): boolean {
  return field.name === 'note' && isFreeText(field, schema);
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

// Spaces, line breaks, controls and invisible characters: a reader trims them (so does a citation).
const HIDDEN_START = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}]+/u;

/**
 * Text a spreadsheet would run as a formula when the data is exported and opened, also when spaces,
 * line breaks or invisible characters come before the formula's first character.
 */
export function formulaProblem(text: string): string | null {
  const fix = 'which a spreadsheet may run as a formula';
  const instead = 'start it with another character';
  const start = FORMULA_STARTS[text.charAt(0)];
  if (start !== undefined) return `text starts with ${start}, ${fix}; ${instead}`;
  const hidden = HIDDEN_START.exec(text);
  if (hidden === null) return null;
  const after = FORMULA_STARTS[text.charAt(hidden[0].length)];
  if (after === undefined) return null;
  const count = characterCount(hidden[0]);
  const before = `${describeCharacter(hidden[0].codePointAt(0)!)}${count > 1 ? ` and ${count - 1} more` : ''}`;
  return `text starts with ${after} after ${before}, ${fix} once the text is trimmed; ${instead}`;
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
  if (url.hostname === '') return `${quote(text)} has no host; ${expected}`;
  const authority = text.slice(text.indexOf('//') + 2).split(/[/?#\\]/, 1)[0]!;
  if (url.username !== '' || url.password !== '' || authority.includes('@')) {
    return `${quote(text)} has a user name or password before "@"; link to the address without them`;
  }
  return null;
}
