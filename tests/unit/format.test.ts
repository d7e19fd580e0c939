import { describe, expect, it } from 'vitest';
import {
  formatFigure,
  formatFigureExact,
  formatPartialDate,
  formatPeriod,
  inSentence,
  plural,
  quotedTitle,
} from '../../src/lib/format';

describe('plural', () => {
  it.each<[number, string, string | undefined, string]>([
    [0, 'report', undefined, '0 reports'],
    [1, 'report', undefined, '1 report'],
    [2, 'report', undefined, '2 reports'],
    [1, 'source', undefined, '1 source'],
    [1200, 'figure', undefined, '1,200 figures'],
    [1, 'country', 'countries', '1 country'],
    [3, 'country', 'countries', '3 countries'],
  ])('%d %s reads %s', (count, noun, pluralNoun, text) => {
    expect(plural(count, noun, pluralNoun)).toBe(text);
  });
});

describe('inSentence', () => {
  it.each([
    ['Workers present', 'workers present'],
    ['Revenue per year (USD)', 'revenue per year (USD)'],
    ['IT workers', 'IT workers'],
    ['North Koreans present, all purposes', 'North Koreans present, all purposes'],
    ['Arrivals', 'arrivals'],
  ])('%s reads %s', (label, text) => {
    expect(inSentence(label)).toBe(text);
  });
});

describe('quotedTitle', () => {
  it.each([
    ['Workers abroad', '“Workers abroad”'],
    ['"공장에 화염병 투척도…"', '"공장에 화염병 투척도…"'],
    ['“北미혼여성들이 스며들고 있다”', '“北미혼여성들이 스며들고 있다”'],
    ['«Рабочие из КНДР»', '«Рабочие из КНДР»'],
    ['싱가포르 "북 국적자 노동허가 전원 취소"', '“싱가포르 "북 국적자 노동허가 전원 취소"”'],
    ['“痩身医”や美術品修復… 誤解!?', '““痩身医”や美術品修復… 誤解!?”'],
  ])('%s reads %s', (title, text) => {
    expect(quotedTitle(title)).toBe(text);
  });
});

type Figure = Parameters<typeof formatFigure>[0];

describe('formatFigure in English (as published; exact, so formatFigureExact is the same)', () => {
  it.each<[Partial<Figure>, string]>([
    [{ low: 20000, high: 80000, qualifier: 'range' }, '20,000–80,000'],
    [{ point: 115000, qualifier: 'about' }, 'about 115,000'],
    [{ low: 50000, qualifier: 'more than' }, 'more than 50,000'],
    [{ high: 30000, qualifier: 'up to' }, 'up to 30,000'],
    [{ point: 1500, qualifier: 'exactly' }, '1,500'],
    [{ point: 300000000, measure: 'revenue_usd_per_year' }, 'US$300,000,000'],
    [
      { low: 200000000, high: 500000000, measure: 'revenue_usd_per_year' },
      'US$200,000,000–US$500,000,000',
    ],
    [{ qualifier: 'tens of thousands' }, 'tens of thousands'],
    [{ measure: 'presence_reported' }, 'reported, no figure'],
  ])('%o reads %s', (part, text) => {
    const figure: Figure = {
      low: null,
      high: null,
      point: null,
      qualifier: null,
      measure: 'workers_present',
      ...part,
    };
    expect(formatFigure(figure)).toBe(text);
    expect(formatFigureExact(figure)).toBe(text);
  });
});

describe('dates and periods in English', () => {
  it.each([
    ['2019-03-22', 'Mar 22, 2019'],
    ['2019-03', 'Mar 2019'],
    ['2019', '2019'],
    [null, 'undated'],
  ])('%s reads %s', (date, text) => {
    expect(formatPartialDate(date)).toBe(text);
  });

  it.each([
    [{ ref_period: '2015-2017', ref_year_start: 2015, ref_year_end: 2017 }, '2015–2017'],
    [{ ref_period: '2017', ref_year_start: 2017, ref_year_end: 2017 }, '2017'],
    [{ ref_period: 'before 2017', ref_year_start: null, ref_year_end: null }, 'before 2017'],
    [{ ref_period: null, ref_year_start: null, ref_year_end: null }, 'year not stated'],
  ])('the period %o reads %s', (period, text) => {
    expect(formatPeriod(period)).toBe(text);
  });
});
