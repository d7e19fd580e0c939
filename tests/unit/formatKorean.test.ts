import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeFigure,
  formatAmount,
  formatCount,
  formatFigure,
  formatFigureExact,
  formatPartialDate,
  formatPeriod,
  formatYearSpan,
  koreanNumber,
} from '../../src/lib/format';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import type { FigureRow } from '../../src/lib/queries';

type Figure = Parameters<typeof formatFigure>[0];
const figure = (part: Partial<Figure>): Figure => ({
  low: null,
  high: null,
  point: null,
  qualifier: null,
  measure: 'workers_present',
  ...part,
});

/** Reads a Korean 만/억 number back: "11만 5,000" → 115000. */
function parseKorean(text: string): number {
  const units: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
  return text.split(' ').reduce((sum, part) => {
    const match = /^([\d,]+)(조|억|만)?$/.exec(part);
    if (!match) throw new Error(`not a Korean number: ${text}`);
    const digits = Number(match[1]!.replaceAll(',', ''));
    return sum + digits * (match[2] ? units[match[2]]! : 1);
  }, 0);
}

beforeAll(() => setLocale('ko'));
afterAll(() => setLocale('en'));

describe('koreanNumber', () => {
  it.each([
    [0, '0'],
    [1500, '1,500'],
    [9999, '9,999'],
    [10000, '1만'],
    [20000, '2만'],
    [115000, '11만 5,000'],
    [100001, '10만 1'],
    [1234567, '123만 4,567'],
    [12340000, '1,234만'],
    [300000000, '3억'],
    [350000000, '3억 5,000만'],
    [2300004500, '23억 4,500'],
    [1500000000000, '1조 5,000억'],
  ])('%d reads %s', (value, text) => {
    expect(koreanNumber(value)).toBe(text);
  });

  it('is exact: every whole number reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(parseKorean(koreanNumber(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact for round numbers too (no part dropped, none rounded)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        (digits, zeros) => {
          const value = digits * 10 ** zeros;
          fc.pre(Number.isSafeInteger(value));
          expect(parseKorean(koreanNumber(value))).toBe(value);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('Korean figures', () => {
  it.each<[Partial<Figure>, string, string]>([
    [{ low: 20000, high: 80000, qualifier: 'range' }, '2만~8만 명', '2만~8만 명 (20,000–80,000)'],
    [{ point: 115000, qualifier: 'about' }, '약 11만 5,000명', '약 11만 5,000명 (115,000)'],
    [{ low: 50000, qualifier: 'more than' }, '5만 명 초과', '5만 명 초과 (50,000)'],
    [{ point: 1000, qualifier: 'at least' }, '1,000명 이상', '1,000명 이상'],
    [{ high: 30000, qualifier: 'up to' }, '최대 3만 명', '최대 3만 명 (30,000)'],
    [{ point: 1500, qualifier: 'exactly' }, '1,500명', '1,500명'],
    [{ point: 300000000, measure: 'revenue_usd_per_year' }, '3억 달러', '3억 달러 (300,000,000)'],
    [
      { low: 200000000, high: 500000000, qualifier: 'about', measure: 'revenue_usd_per_year' },
      '약 2억~5억 달러',
      '약 2억~5억 달러 (200,000,000–500,000,000)',
    ],
    [{ point: 13, measure: 'host_countries' }, '13개국', '13개국'],
    [{ point: 16000, measure: 'work_permits_issued' }, '1만 6,000건', '1만 6,000건 (16,000)'],
    [{ point: 30, measure: 'share_percent' }, '30%', '30%'],
    [{ qualifier: 'tens of thousands' }, '수만 명', '수만 명'],
    [{ qualifier: 'hundreds of millions', measure: 'revenue_other' }, '수억 달러', '수억 달러'],
    [{ measure: 'presence_reported' }, '수치 없이 보고됨', '수치 없이 보고됨'],
  ])('%o reads %s, exactly %s', (part, text, exact) => {
    expect(formatFigure(figure(part))).toBe(text);
    expect(formatFigureExact(figure(part))).toBe(exact);
  });

  it('names the amount the way readers say it, and counts grouped', () => {
    expect(formatAmount(115000)).toBe('11만 5,000');
    expect(formatCount(115000)).toBe('115,000');
  });
});

describe('Korean years and dates', () => {
  it.each([
    ['2022-03-02', '2022년 3월 2일'],
    ['2022-03', '2022년 3월'],
    ['2022', '2022년'],
    [null, '날짜 미상'],
  ])('%s reads %s', (date, text) => {
    expect(formatPartialDate(date)).toBe(text);
  });

  it.each([
    [null, null, '전체 연도'],
    [2022, 2022, '2022년'],
    [2017, 2019, '2017~2019년'],
    [null, 2019, '~2019년'],
    [2017, null, '2017년~'],
  ])('%s to %s reads %s', (from, to, text) => {
    expect(formatYearSpan(from, to)).toBe(text);
  });

  it.each([
    [{ ref_period: '2015-2017', ref_year_start: 2015, ref_year_end: 2017 }, '2015~2017년'],
    [{ ref_period: '2017', ref_year_start: 2017, ref_year_end: 2017 }, '2017년'],
    [{ ref_period: 'before 2017', ref_year_start: null, ref_year_end: null }, 'before 2017'],
    [{ ref_period: null, ref_year_start: null, ref_year_end: null }, '연도 명시되지 않음'],
  ])('the period %o reads %s', (period, text) => {
    expect(formatPeriod(period)).toBe(text);
  });
});

it('describes a figure in one Korean sentence', () => {
  const row = {
    ...figure({ low: 20000, high: 30000, qualifier: 'range' }),
    country: 'RUS',
    ref_period: '2017',
    ref_year_start: 2017,
    ref_year_end: 2017,
    estimator: 'Ministry of Unification',
    publisher: 'Yonhap',
  } as FigureRow;
  expect(describeFigure(row)).toBe(
    '2만~3만 명, 러시아, 2017년; 추정 주체 Ministry of Unification, 발행처 Yonhap',
  );
});
