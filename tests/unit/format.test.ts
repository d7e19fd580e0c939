import { describe, expect, it } from 'vitest';
import { inSentence, plural } from '../../src/lib/format';

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
