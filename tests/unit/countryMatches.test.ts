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

// A Korean page lists the countries by their Korean names, and finds them by those and by the English.
const korean: Record<string, string> = {
  WLD: '전 세계',
  CHN: '중국',
  KWT: '쿠웨이트',
  QAT: '카타르',
  RUS: '러시아',
  BLR: '벨라루스',
  MNG: '몽골',
  ARE: '아랍에미리트',
  GBR: '영국',
};
const english: Record<string, string> = {
  WLD: 'Worldwide',
  CHN: 'China',
  KWT: 'Kuwait',
  QAT: 'Qatar',
  RUS: 'Russia',
  BLR: 'Belarus',
  MNG: 'Mongolia',
  ARE: 'United Arab Emirates',
  GBR: 'United Kingdom',
};
const koreanOrder = ['WLD', 'RUS', 'MNG', 'BLR', 'ARE', 'GBR', 'CHN', 'QAT', 'KWT'];
const bothNames = (code: string) => [korean[code] ?? code, english[code] ?? code];

describe('countryMatches in Korean', () => {
  it.each<[string, string[]]>([
    ['러시아', ['RUS']],
    ['러시', ['RUS']],
    // Syllables on their way, as a Korean keyboard shows them: 러 → 럿 → 러시 → 러싱 → 러시아.
    ['럿', ['RUS']],
    ['러싱', ['RUS']],
    // A letter finds the names with a syllable that starts with it, first those it begins.
    ['ㄹ', ['RUS', 'BLR', 'ARE', 'QAT']],
    ['중', ['CHN']],
    ['주', ['CHN']],
    // 쿠 then ㅇ shows 쿵 until ㅞ makes it 쿠웨.
    ['쿵', ['KWT']],
    ['에미리트', ['ARE']],
    ['세계', ['WLD']],
    ['russia', ['RUS']],
    ['rus', ['RUS', 'BLR']],
    ['chn', ['CHN']],
    ['united', ['ARE', 'GBR']],
    ['미국', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(countryMatches(koreanOrder, query, bothNames)).toEqual(expected);
  });
});
