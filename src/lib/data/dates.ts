import { wholeValuePattern } from './descriptor';
import { quote } from './problem';
import type { Field } from './schema';

/** A precision a date can be written at. */
export type DateForm = 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD';

const SAMPLES: [DateForm, string][] = [
  ['YYYY', '2024'],
  ['YYYY-MM', '2024-03'],
  ['YYYY-MM-DD', '2024-03-12'],
];

/**
 * The forms of date a field takes, or null when it is not a date. A date field takes YYYY-MM-DD; a
 * string field is a date when its pattern accepts a sample month or day but not a word (so an id
 * pattern that happens to accept "2024-03-12" is not one), and it takes the forms its pattern accepts.
 */
export function dateForms(field: Field): DateForm[] | null {
  if (field.type === 'date') return ['YYYY-MM-DD'];
  const pattern = field.constraints?.pattern;
  if (field.type !== 'string' || pattern === undefined) return null;
  const regExp = wholeValuePattern(pattern);
  if (regExp.test('x')) return null;
  const forms = SAMPLES.filter(([, sample]) => regExp.test(sample)).map(([form]) => form);
  return forms.some((form) => form !== 'YYYY') ? forms : null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const WRITTEN: Record<DateForm, RegExp> = {
  YYYY: /^\d{4}$/,
  'YYYY-MM': /^\d{4}-\d{2}$/,
  'YYYY-MM-DD': /^\d{4}-\d{2}-\d{2}$/,
};

/** Whether a text is written in one of the forms (whether or not the month and day exist). */
export function isWrittenInForms(text: string, forms: DateForm[]): boolean {
  return forms.some((form) => WRITTEN[form].test(text));
}

/**
 * Why a real date (YYYY, YYYY-MM or YYYY-MM-DD) falls outside `firstYear` to `today` (YYYY-MM-DD), or
 * null. A year or month counts from its first day, so the current year and month are accepted.
 */
export function dateRangeProblem(text: string, firstYear: number, today: string): string | null {
  const expected = `expected a date from ${firstYear} to today (${today})`;
  if (Number(text.slice(0, 4)) < firstYear) {
    return `${quote(text)} is before ${firstYear}; ${expected}`;
  }
  const firstDay = text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text;
  return firstDay > today ? `${quote(text)} is in the future; ${expected}` : null;
}

const ISO_PARTS = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Why an ISO-shaped date (YYYY-MM or YYYY-MM-DD) names no real month or day; null when it does. */
export function impossibleDate(text: string): string | null {
  const parts = ISO_PARTS.exec(text);
  if (!parts) return null;
  const reason = calendarProblem(Number(parts[1]), parts[2]!, parts[3]);
  return reason === null ? null : `${quote(text)} is not a date: ${reason}`;
}

function calendarProblem(year: number, month: string, day: string | undefined): string | null {
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return `month ${month} does not exist`;
  if (day === undefined) return null;
  const days = daysInMonth(year, monthNumber);
  const dayNumber = Number(day);
  if (dayNumber === 0) return `day ${day} does not exist`;
  if (dayNumber > days) return `${MONTHS[monthNumber - 1]} ${year} has ${days} days`;
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A reading of a date written another way: its year, month and day where given. */
interface Reading {
  year: number;
  month?: number;
  day?: number;
}

const DAY_MONTH_YEAR = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?$/;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;
const WITH_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}/;
// "March 2024", "12 March 2024", "March 12, 2024", "Mar. 2024"
const NAMED_MONTH =
  /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]{3,9})\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$/i;

/**
 * The readings of a date written in another common form: one when the form is clear, two when day
 * and month could be either way round (03/12/2024), none when the text is not a date we recognise.
 */
function readings(text: string): Reading[] {
  let parts = WITH_TIME.exec(text);
  if (parts) return [{ year: +parts[1]!, month: +parts[2]!, day: +parts[3]! }];
  parts = YEAR_MONTH_DAY.exec(text);
  if (parts) {
    return [{ year: +parts[1]!, month: +parts[3]!, day: parts[4] ? +parts[4] : undefined }];
  }
  parts = DAY_MONTH_YEAR.exec(text);
  if (parts) {
    const [first, separator, second, year] = [+parts[1]!, parts[2]!, +parts[3]!, +parts[4]!];
    const dayFirst = { year, month: second, day: first };
    const monthFirst = { year, month: first, day: second };
    // Dotted dates are written day first; with slashes a number above 12 says which is the day.
    if (separator === '.' || first > 12 || first === second) return [dayFirst];
    if (second > 12) return [monthFirst];
    return [dayFirst, monthFirst];
  }
  parts = MONTH_YEAR.exec(text);
  if (parts) return [{ year: +parts[2]!, month: +parts[1]! }];
  parts = NAMED_MONTH.exec(text);
  if (parts) {
    const month = monthNumber(parts[2]!);
    if (month === null || (parts[1] && parts[3])) return [];
    const day = parts[1] ?? parts[3];
    return [{ year: +parts[4]!, month, day: day ? +day : undefined }];
  }
  return [];
}

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex(
    (month) => month.toLowerCase() === lower || month.slice(0, 3).toLowerCase() === lower,
  );
  return index === -1 ? null : index + 1;
}

function isoText({ year, month, day }: Reading): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return [String(year), month && pad(month), day && pad(day)].filter(Boolean).join('-');
}

function formOf(reading: Reading): DateForm {
  return reading.day !== undefined
    ? 'YYYY-MM-DD'
    : reading.month !== undefined
      ? 'YYYY-MM'
      : 'YYYY';
}

/**
 * The message for a cell of a date field that is not in one of its forms: the forms expected, and
 * what to write where the text reads as a real date at a precision the field takes.
 */
export function dateFormatProblem(text: string, forms: DateForm[]): string {
  const expected = `${quote(text)} is not a date in the form ${listOr(forms)}`;
  const candidates = readings(text).filter(
    (reading) =>
      forms.includes(formOf(reading)) &&
      calendarProblem(reading.year, String(reading.month ?? 1), reading.day?.toString()) === null,
  );
  if (candidates.length === 1) return `${expected}; write ${isoText(candidates[0]!)}`;
  if (candidates.length === 2) {
    const [a, b] = candidates.map((reading) => `${isoText(reading)} (${spelledOut(reading)})`);
    return `${expected}; write ${a} or ${b}, whichever is meant`;
  }
  return expected;
}

function spelledOut({ year, month, day }: Reading): string {
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

function listOr(items: string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
