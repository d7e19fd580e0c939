const date = String.raw`(\d{4})(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]))?`;
const single = new RegExp(`^${date}(?: \\((?:first half|second half|Q[1-4] only)\\))?$`);
const span = new RegExp(`^${date}(?:-| to )${date}$`);

/**
 * Evidence periods that name no definite years: their start and end stay empty. Listed one by one
 * so that any new wording has to be decided on rather than parsed by accident.
 */
export const vaguePeriods: readonly string[] = [
  'before 2017',
  'before 2019',
  'before 2020',
  'before 2022',
  'before 2018 (typical year)',
  'peak (before 2017)',
  'peak (before the 2024-2025 exodus)',
  'peak before 2017 sanctions',
  'peak before 2017-2019 sanctions',
  'peak before 2018 (year not stated)',
  'around 2015',
  '2017 or earlier',
  '2019 to article year',
  '2020-2023 (undated)',
];

/** First and last year of an evidence period, or null when it is empty or vague. */
export function parseRefPeriod(text: string): { start: number; end: number } | null {
  if (text === '' || vaguePeriods.includes(text)) return null;
  const one = single.exec(text);
  if (one) return { start: Number(one[1]), end: Number(one[1]) };
  const two = span.exec(text);
  if (two) {
    const start = Number(two[1]);
    const end = Number(two[2]);
    if (start > end) throw new Error(`period runs backwards: ${text}`);
    return { start, end };
  }
  throw new Error(`period neither parsed nor listed as vague: ${text}`);
}
