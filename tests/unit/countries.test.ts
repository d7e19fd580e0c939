import { describe, expect, it } from 'vitest';
import { byCountryName, countryName } from '../../src/lib/countries';
import { formatYearSpan } from '../../src/lib/format';

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
