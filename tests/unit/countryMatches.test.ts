import { describe, expect, it } from 'vitest';
import { countryMatches } from '../../src/lib/ui/countryMatches';

// In the order the picker lists them: Worldwide first, then by name.
const codes = ['WLD', 'BLR', 'CIV', 'COD', 'COG', 'MMR', 'RUS', 'ARE', 'GBR'];

describe('countryMatches', () => {
  it.each<[string, string[]]>([
    ['', codes],
    ['   ', codes],
    ['rus', ['RUS', 'BLR']],
    ['RUS', ['RUS', 'BLR']],
    ['Rus', ['RUS', 'BLR']],
    ['congo', ['COD', 'COG']],
    ['dr', ['COD']],
    ['cote', ['CIV']],
    ['mmr', ['MMR']],
    ['united', ['ARE', 'GBR']],
    ['emirates', ['ARE']],
    ['world', ['WLD']],
    ['wld', ['WLD']],
    ['xyz', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(countryMatches(codes, query)).toEqual(expected);
  });
});
