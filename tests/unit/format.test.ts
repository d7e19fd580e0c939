import { describe, expect, it } from 'vitest';
import { inSentence, plural, quotedTitle } from '../../src/lib/format';

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
