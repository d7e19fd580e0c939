import type { FigureRow } from './queries';
import { countryName } from './countries';

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A count grouped in the reader's locale: 20,000 or 20 000. */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** A count with its noun: "1 report", "2 reports", "1,200 figures"; `plural` for irregular nouns. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : pluralNoun}`;
}

/**
 * A label as it reads inside a sentence: "Workers present" → "workers present", while "IT workers" and
 * "North Koreans present" keep their capitals (an acronym, or a name of two capitalised words).
 */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label.split(/\s+/);
  const acronym = /^[A-Z]{2,}/.test(first);
  const name = /^[A-Z]/.test(second);
  return acronym || name ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * A publication's title in quotation marks: “Title”, or as it is when the publisher already wrapped it in
 * quotes ("Title", «Title», 「題」), so that no title reads with doubled marks.
 */
export function quotedTitle(title: string): string {
  return /^["“„«「『].*["”»」』]$/su.test(title) ? title : `“${title}”`;
}

type Figure = Pick<FigureRow, 'low' | 'high' | 'point' | 'qualifier' | 'measure'>;

// Qualifiers that are words of the figure itself ("more than 50,000"); "exactly" and
// "range" only describe its form and are not printed.
const silentQualifiers = new Set(['exactly', 'range']);

/** The figure as published: "20,000–80,000", "more than 50,000", "tens of thousands". */
export function formatFigure(figure: Figure): string {
  const unit = figure.measure.startsWith('revenue') ? 'US$' : '';
  const amount = (value: number) => `${unit}${formatCount(value)}`;
  const qualifier =
    figure.qualifier && !silentQualifiers.has(figure.qualifier) ? `${figure.qualifier} ` : '';
  const { low, high, point } = figure;
  if (low !== null && high !== null) return `${qualifier}${amount(low)}–${amount(high)}`;
  const single = point ?? low ?? high;
  if (single !== null) return `${qualifier}${amount(single)}`;
  return figure.qualifier ?? 'reported, no figure';
}

/** The period a figure describes, as recorded: "2017", "2015–2017", or the evidence's words. */
export function formatPeriod(
  figure: Pick<FigureRow, 'ref_period' | 'ref_year_start' | 'ref_year_end'>,
): string {
  const { ref_year_start: start, ref_year_end: end } = figure;
  if (start !== null && end !== null && start !== end) return `${start}–${end}`;
  if (start !== null) return String(start);
  return figure.ref_period ?? 'year not stated';
}

/** A span of years the reader chose: "2022" for one year, "2017–2019", "…–2019" when open. */
export function formatYearSpan(from: number | null, to: number | null): string {
  if (from === null && to === null) return 'all years';
  if (from === to) return String(from);
  return `${from ?? '…'}–${to ?? '…'}`;
}

const monthFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const dayFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** A date kept at the precision it was published with: "2019", "Mar 2019", "Mar 22, 2019". */
export function formatPartialDate(date: string | null): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return String(year);
  if (day === undefined) return monthFormat.format(Date.UTC(year, month - 1, 1));
  return dayFormat.format(Date.UTC(year, month - 1, day));
}

/** A figure in one sentence, for screen readers: what, where, when, and who says so. */
export function describeFigure(figure: FigureRow): string {
  return (
    `${formatFigure(figure)}, ${countryName(figure.country)}, ${formatPeriod(figure)}; ` +
    `${figure.estimator}, published by ${figure.publisher}`
  );
}
