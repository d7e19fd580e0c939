// The charts' words in Korean: every spec's title, description, caption and summary, and the charts'
// sentences, come from the Korean catalogue when the interface is Korean, and back in English after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSummary, mapSummary } from '../../src/lib/charts/chartSummary';
import { figureSpecs, type FigureParams } from '../../src/lib/figures/specs';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import type { FigureRow } from '../../src/lib/queries';
import { defaultViewState } from '../../src/lib/state/viewState';

const russia: FigureParams = { ...defaultViewState, country: 'RUS' };
const arrivals: FigureParams = {
  ...russia,
  filters: { ...russia.filters, measure: 'arrivals_in_year', yearFrom: 2015, yearTo: 2019 },
};
const hangul = /[가-힣]/;

beforeAll(() => setLocale('ko'));
afterAll(() => setLocale('en'));

describe('figure specs in Korean', () => {
  it.each(figureSpecs.map((spec) => [spec.id, spec] as const))(
    '%s: every word of the chart is Korean',
    (_id, spec) => {
      for (const params of [russia, arrivals]) {
        for (const text of [
          spec.title(params),
          spec.description(params),
          spec.tableCaption(params),
          spec.tableSummary(null),
          spec.tableSummary([1, 2]),
        ]) {
          expect(text).toMatch(hangul);
          expect(text).not.toMatch(/\b(every|figure|the|of)\b/);
        }
      }
    },
  );

  it('names the country, the years and the measure as Korean writes them', () => {
    const [worldwide, , country, compare, map] = figureSpecs;
    expect(worldwide.title(russia)).toBe(
      '전 세계 해외 파견 북한 노동자: 공개된 모든 추정치, 기준 연도별',
    );
    expect(country.title({ ...russia, axis: 'published' })).toBe(
      '러시아: 공개된 모든 수치(지표: 체류 노동자), 발표 연도별',
    );
    expect(compare.title(arrivals)).toBe('러시아, 2015~2019년: 모든 수치 나란히 보기(지표: 입국)');
    expect(compare.tableCaption(arrivals)).toBe('러시아, 2015~2019년 수치 비교');
    expect(country.tableSummary(new Array(1200))).toBe('표: 수치 1,200건과 출처');
    expect(map.tableSummary(null)).toBe('표: 지도의 나라와 출처');
  });
});

describe('chart sentences in Korean', () => {
  const figure = (fields: Partial<FigureRow>) =>
    ({
      low: null,
      high: null,
      point: null,
      year: 2019,
      country: 'RUS',
      area_note: null,
      region: null,
      source_id: 's1',
      measure: 'workers_present',
      ...fields,
    }) as FigureRow;

  it.each<[string, FigureRow[], string]>([
    ['nothing drawn', [], '이 필터 조건에 맞는 수치가 없습니다.'],
    ['one figure', [figure({ point: 500 })], '간행물 1건의 수치 1건, 모두 500명.'],
    [
      'a range in 만 units',
      [figure({ low: 20000, high: 80000 }), figure({ point: 115000, source_id: 's2' })],
      '간행물 2건의 수치 2건, 2만 명에서 11만 5,000명까지.',
    ],
    [
      'money, and figures set apart',
      [
        figure({ point: 300000000, measure: 'revenue_usd_per_year' }),
        figure({ point: 500000000, measure: 'revenue_usd_per_year', year: null }),
        figure({ measure: 'revenue_usd_per_year' }),
      ],
      '간행물 1건의 수치 3건, 3억 달러에서 5억 달러까지; 연도 없음 1건(오른쪽 칸), 수치 없음 1건(‘수치 없음’ 띠).',
    ],
  ])('%s', (_, figures, expected) => {
    expect(chartSummary(figures)).toBe(expected);
  });

  it('says what the map shades', () => {
    expect(
      mapSummary([
        { status: 'figure', n_figures: 3 },
        { status: 'figure', n_figures: 2 },
        { status: 'presence', n_figures: 1 },
      ]),
    ).toBe(
      '나라 3곳: 2곳은 수치가 있는 5건 중 가장 최근 수치로 색칠(모든 수치는 국가별 화면에 있음), 1곳은 수치 없이 체류국으로 언급됨.',
    );
  });
});
