import { describe, expect, it } from 'vitest';
import { longQuotations, quotationProblem } from '../../src/lib/data/quotations.ts';

describe('longQuotations', () => {
  it.each([
    ["Kharon: 'United Nations sanctions mandate North Korean laborers to return'", 1],
    ['summarised the same report as "20 countries" and named Vietnam', 0],
    ["NK News calls these 'work visas'.", 0],
    ["Korea's workers' wages and Griffiths' own words", 0],
    ['The next sentence: “South Korea confirmed that North Koreans were working”', 1],
    ["says '5만명 이상의 젊은 근로인력을 해외로 내보내고 있다'", 1],
    ['「北朝鮮の労働者がロシアへ順次移動していると国情院が明らかにした」', 1],
    ['cited "documents submitted to the United Nations"', 1],
    // A title in title case names a publication; a title in a script without case cannot be told.
    ["joint advisory 'Risks for Businesses with Supply Chain Links to North Korea' (2018)", 0],
    ['LeidenAsiaCentre "Slaves to the System" project', 0],
    ["advisory 'Guidance on the DPRK Information Technology Workers'", 0],
    ['report "북한 밖의 북한: 몽골과 폴란드 지역"', 1],
  ])('%s', (text, count) => {
    expect(longQuotations(text)).toHaveLength(count);
  });
});

describe('quotationProblem', () => {
  it.each([
    [
      'The panel wrote “workers were sent to factories across the province”.',
      'the passage in quotation marks "workers were sent to factories across the province" looks copied from the source; write it in your own words',
    ],
    ["Korea's workers' wages", null],
    ['no quotation marks at all', null],
    ['one "short phrase" only', null],
  ])('%s', (text, message) => {
    expect(quotationProblem(text)).toBe(message);
  });
});
