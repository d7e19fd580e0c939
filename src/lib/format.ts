// Numbers, figures, years and dates in the interface's language, through Intl in `intlTag()`'s locale.
// Every function reads the language when called: call them in markup or $derived, never once at module
// load.
//
// Which to use:
// - formatCount: a count in running text or a table ("1,200"), grouped as the language groups it.
// - formatAmount: a number as readers of the language say it (Korean 만/억: 11만 5,000; English 115,000).
// - formatFigure: a figure as published, qualifier and unit included (Korean "약 2만~8만 명").
// - formatFigureExact: formatFigure with the exact number beside a Korean 만/억 form, for tables and
//   citations ("2만~8만 명 (20,000–80,000)"); in English the same as formatFigure, already exact.
import type { FigureRow } from './queries';
import { countryName } from './countries';
import { figuresText } from './i18n/en/figures';
import { formatAmount, formatCount, localeFormatter } from './numbers';

export { formatAmount, formatCount, koreanNumber, plural } from './numbers';
export { inSentence } from './inSentence';

/**
 * A publication's title in quotation marks: “Title”, or as it is when the publisher already wrapped it in
 * quotes ("Title", «Title», 「題」), so that no title reads with doubled marks.
 */
export function quotedTitle(title: string): string {
  return /^["“„«「『].*["”»」』]$/su.test(title) ? title : `“${title}”`;
}

type Figure = Pick<FigureRow, 'low' | 'high' | 'point' | 'qualifier' | 'measure'>;

function figureIn(figure: Figure, number: (value: number) => string): string {
  const t = figuresText();
  const { low, high, point, qualifier, measure } = figure;
  const single = point ?? low ?? high;
  if (single === null) {
    return qualifier ? t.qualifiersAlone[qualifier](measure) : t.figureNotGiven;
  }
  const amount =
    low !== null && high !== null
      ? t.figureAmount(number(low), number(high), measure)
      : t.figureAmount(number(single), null, measure);
  return qualifier ? t.qualifiedFigures[qualifier](amount) : amount;
}

/**
 * The figure as published, in the interface's language: "20,000–80,000", "more than 50,000",
 * "US$300,000,000", "tens of thousands"; in Korean "2만~8만 명", "5만 명 초과", "3억 달러", "수만 명".
 */
export function formatFigure(figure: Figure): string {
  return figureIn(figure, formatAmount);
}

/**
 * The figure with its exact number beside it wherever the language writes it in units, for tables and
 * citations: Korean "2만~8만 명 (20,000–80,000)", "약 1,500명" (already exact); English as
 * formatFigure, which is exact.
 */
export function formatFigureExact(figure: Figure): string {
  const figureText = formatFigure(figure);
  const numbers = [figure.low, figure.high, figure.point];
  if (!numbers.some((value) => value !== null && formatAmount(value) !== formatCount(value))) {
    return figureText;
  }
  const { low, high, point } = figure;
  const single = point ?? low ?? high;
  const exact =
    low !== null && high !== null
      ? `${formatCount(low)}–${formatCount(high)}`
      : formatCount(single ?? 0);
  return figuresText().figureWithExact(figureText, exact);
}

/** A span of years: "2022", "2017–2019", "…–2019"; Korean "2022년", "2017~2019년", "~2019년". */
export function formatYearSpan(from: number | null, to: number | null): string {
  const t = figuresText();
  if (from === null && to === null) return t.allYears;
  if (from === to && from !== null) return t.yearOne(from);
  return t.yearSpan(from, to);
}

/**
 * The period a figure describes, as recorded: "2017", "2015–2017" (Korean 2017년, 2015~2017년), or the
 * evidence's own words (data, English; see `periodInWords`).
 */
export function formatPeriod(
  figure: Pick<FigureRow, 'ref_period' | 'ref_year_start' | 'ref_year_end'>,
): string {
  const { ref_year_start: start, ref_year_end: end } = figure;
  if (start !== null) return formatYearSpan(start, end ?? start);
  return figure.ref_period ?? figuresText().yearNotStated;
}

/** Whether formatPeriod gives the data's own (English) words, to be marked lang="en". */
export function periodInWords(
  figure: Pick<FigureRow, 'ref_period' | 'ref_year_start' | 'ref_year_end'>,
): boolean {
  return figure.ref_year_start === null && figure.ref_period !== null;
}

const dateFormats = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function formatDate(precision: keyof typeof dateFormats, time: number): string {
  const format = localeFormatter(
    `date-${precision}`,
    (tag) => new Intl.DateTimeFormat(tag, dateFormats[precision]),
  );
  return format.format(time);
}

/**
 * A date kept at the precision it was published with: "2019", "Mar 2019", "Mar 22, 2019"; Korean
 * "2019년", "2019년 3월", "2019년 3월 22일".
 */
export function formatPartialDate(date: string | null): string {
  if (!date) return figuresText().dateUnknown;
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return formatDate('year', Date.UTC(year, 0, 1));
  if (day === undefined) return formatDate('month', Date.UTC(year, month - 1, 1));
  return formatDate('day', Date.UTC(year, month - 1, day));
}

/** A figure in one sentence, for screen readers: what, where, when, and who says so. */
export function describeFigure(figure: FigureRow): string {
  return figuresText().figureSentence(
    formatFigure(figure),
    countryName(figure.country),
    formatPeriod(figure),
    figure.estimator,
    figure.publisher,
  );
}
