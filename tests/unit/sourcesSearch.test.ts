import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/views/Sources.search';

// Each code's names as a Korean page gives them: its Korean name, then its English one.
const names: Record<string, string[]> = {
  RUS: ['러시아', 'Russia'],
  CHN: ['중국', 'China'],
  MNG: ['몽골', 'Mongolia'],
  BLR: ['벨라루스', 'Belarus'],
  KWT: ['쿠웨이트', 'Kuwait'],
};
const countries = { codes: Object.keys(names), names: (code: string) => names[code] ?? [] };

describe('searchTerms', () => {
  it.each([
    ['nothing typed', '', false, []],
    [
      'words of a title, lower case',
      'Daily NK',
      false,
      [
        { text: 'daily', countries: [], year: null },
        { text: 'nk', countries: [], year: null },
      ],
    ],
    [
      'a country’s English name and a year',
      'Russia 2017',
      false,
      [
        { text: 'russia', countries: ['RUS'], year: null },
        { text: '', countries: [], year: 2017 },
      ],
    ],
    [
      'a code, then names containing it',
      'rus',
      false,
      [{ text: 'rus', countries: ['RUS', 'BLR'], year: null }],
    ],
    ['two Latin letters name no country', 'ru', false, [{ text: 'ru', countries: [], year: null }]],
    [
      'a Korean name of two syllables',
      '중국',
      false,
      [{ text: '중국', countries: ['CHN'], year: null }],
    ],
    ['one syllable names no country', '중', false, [{ text: '중', countries: [], year: null }]],
    [
      'Hangul typed decomposed (NFD) is searched composed, as the titles are written',
      '몽골'.normalize('NFD'),
      false,
      [{ text: '몽골', countries: ['MNG'], year: null }],
    ],
    [
      'while composing, the unfinished last syllable is left out of the title search',
      '북한 러싱',
      true,
      [
        { text: '북한', countries: [], year: null },
        { text: '러', countries: ['RUS'], year: null },
      ],
    ],
    [
      'while composing a first syllable, the word does not narrow yet',
      '러',
      true,
      [{ text: '', countries: [], year: null }],
    ],
    [
      'once composed, the whole word is searched',
      '러시아',
      false,
      [{ text: '러시아', countries: ['RUS'], year: null }],
    ],
    [
      'composing ends only Hangul: a Latin last word stays whole',
      'Daily',
      true,
      [{ text: 'daily', countries: [], year: null }],
    ],
  ])('%s', (_case, search, composing, expected) => {
    expect(searchTerms(search, countries, composing)).toEqual(expected);
  });
});
