import { describe, expect, it } from 'vitest';
import { longQuotations } from '../../src/lib/data/quotations.ts';

describe('longQuotations', () => {
  it.each([
    ["Kharon: 'United Nations sanctions mandate North Korean laborers to return'", 1],
    ['summarised the same report as "20 countries" and named Vietnam', 0],
    ["NK News calls these 'work visas'.", 0],
    ["Korea's workers' wages and Griffiths' own words", 0],
    ['The next sentence: “South Korea confirmed that North Koreans were working”', 1],
    ["says '5만명 이상의 젊은 근로인력을 해외로 내보내고 있다'", 1],
    ['「北朝鮮の労働者がロシアへ順次移動していると国情院が明らかにした」', 1],
  ])('%s', (text, count) => {
    expect(longQuotations(text)).toHaveLength(count);
  });
});
