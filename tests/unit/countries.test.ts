import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byCountryName, countryName } from '../../src/lib/countries';
import { formatYearSpan } from '../../src/lib/format';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';

describe('countryName', () => {
  it.each([
    ['WLD', 'Worldwide'],
    ['COD', 'DR Congo'],
    ['COG', 'Republic of the Congo'],
    ['MMR', 'Myanmar'],
    ['LAO', 'Laos'],
    ['RUS', 'Russia'],
    ['ARE', 'United Arab Emirates'],
  ])('%s reads as %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});

describe('byCountryName', () => {
  it('puts Worldwide first, then countries A–Z by name, not by code', () => {
    const codes = ['DEU', 'DZA', 'WLD', 'COD', 'AGO', 'MMR'];
    expect([...codes].sort(byCountryName).map(countryName)).toEqual([
      'Worldwide',
      'Algeria',
      'Angola',
      'DR Congo',
      'Germany',
      'Myanmar',
    ]);
  });
});

describe('formatYearSpan', () => {
  it.each([
    [null, null, 'all years'],
    [2022, 2022, '2022'],
    [2017, 2019, '2017–2019'],
    [null, 2019, '…–2019'],
    [2017, null, '2017–…'],
  ])('%s to %s reads %s', (from, to, text) => {
    expect(formatYearSpan(from, to)).toBe(text);
  });
});

describe('country names in Korean', () => {
  beforeAll(() => setLocale('ko'));
  afterAll(() => setLocale('en'));

  it.each([
    ['WLD', '전 세계'],
    ['RUS', '러시아'],
    ['CHN', '중국'],
    ['COD', '콩고민주공화국'],
    ['COG', '콩고공화국'],
    ['LAO', '라오스'],
    ['ARE', '아랍에미리트'],
  ])('%s reads as %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it('orders countries 가나다 by their Korean names, Worldwide first', () => {
    const codes = ['RUS', 'CHN', 'WLD', 'MNG', 'KWT', 'AGO'];
    expect([...codes].sort(byCountryName).map(countryName)).toEqual([
      '전 세계',
      '러시아',
      '몽골',
      '앙골라',
      '중국',
      '쿠웨이트',
    ]);
  });

  it('goes back to English names with the interface', async () => {
    await setLocale('en');
    expect(countryName('RUS')).toBe('Russia');
    await setLocale('ko');
  });
});
