// Numbers in the interface's language, through Intl in intlTag()'s locale; figures, years and dates are
// in format.ts, which re-exports these. Kept apart from format.ts so that catalogues can count with
// them (format.ts reads the catalogues).
import { intlTag, locale } from './i18n/runtime.svelte';

type Formatter =
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.DisplayNames | Intl.Collator;

const formatters = new Map<string, Formatter>();

/**
 * One Intl object per locale and kind, made once: creating one costs far more than using it (the
 * number and date formats, plural rules, country names and collation all come through here).
 */
export function localeFormatter<Made extends Formatter>(
  kind: string,
  make: (tag: string) => Made,
  tag = intlTag(),
): Made {
  const key = `${kind} ${tag}`;
  let formatter = formatters.get(key) as Made | undefined;
  if (formatter === undefined) {
    formatter = make(tag);
    formatters.set(key, formatter);
  }
  return formatter;
}

const counts = () =>
  localeFormatter('count', (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }));
// Every digit a number has: a figure is printed as published, never rounded.
const exactNumbers = () =>
  localeFormatter('exact', (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 20 }));

/** A count grouped in the interface's language: 20,000. */
export function formatCount(value: number): string {
  return counts().format(value);
}

/**
 * An English count with its noun, by English plural rules: "1 report", "2 reports", "1,200 figures";
 * `pluralNoun` for irregular nouns. For English catalogues; Korean ones write `${formatCount(n)}건`.
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  const rules = localeFormatter('plural', (tag) => new Intl.PluralRules(tag), 'en-US');
  return `${formatCount(count)} ${rules.select(count) === 'one' ? noun : pluralNoun}`;
}

// The Korean units of large numbers, largest first.
const koreanUnits: [size: number, name: string][] = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

/**
 * A number in Korean 만/억 units, exact: 20,000 → 2만, 115,000 → 11만 5,000, 300,000,000 → 3억,
 * 1,234,567 → 123만 4,567; below 10,000 (and any fraction above it) the grouped number.
 */
export function koreanNumber(value: number): string {
  const exact = exactNumbers();
  const size = Math.abs(value);
  if (size < 1e4 || !Number.isSafeInteger(value)) return exact.format(value);
  let rest = size;
  const parts: string[] = [];
  for (const [unit, name] of koreanUnits) {
    const count = Math.floor(rest / unit);
    if (count > 0) parts.push(`${exact.format(count)}${name}`);
    rest -= count * unit;
  }
  if (rest > 0) parts.push(exact.format(rest));
  return `${value < 0 ? '-' : ''}${parts.join(' ')}`;
}

/** A number as readers of the interface's language say it: 115,000 in English, 11만 5,000 in Korean. */
export function formatAmount(value: number): string {
  return locale() === 'ko' ? koreanNumber(value) : formatCount(value);
}
