// The charts in Korean: their words from the charts catalogue, their numbers in 만/억 units, and their
// layout measured for Korean text (a Hangul syllable is about twice as wide as a Latin letter), so that
// nothing drawn at a phone's width runs past its edge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CaptionedChart from '../../src/lib/charts/CaptionedChart.svelte';
import type { Drawing } from '../../src/lib/charts/drawing.svelte';
import { lightTheme } from '../../src/lib/charts/lightTheme';
import { estimateText, tickLabelWidth } from '../../src/lib/charts/measure';
import { figureLegend, mapLegend } from '../../src/lib/charts/legend';
import { chartStatus } from '../../src/lib/charts/chartStatus';
import { compareLabel, envelopeKey } from '../../src/lib/charts/CompareChart.state';
import {
  eventsOutsideNote,
  TimeRangeLayout,
} from '../../src/lib/charts/TimeRangeChart.state.svelte';
import { describeBin } from '../../src/lib/charts/CountryRangesChart.state.svelte';
import { chartsText } from '../../src/lib/i18n/en/charts';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import type { CompareGroupRow, EventGroupRow, FigureRow } from '../../src/lib/queries';

const figure = (fields: Partial<FigureRow>) =>
  ({
    id: 'f1',
    source_id: 's1',
    country: 'RUS',
    area_note: null,
    region: null,
    measure: 'workers_present',
    low: null,
    high: null,
    point: null,
    qualifier: null,
    year: 2019,
    estimator: 'Someone',
    estimator_type: 'media',
    publisher: 'A Daily',
    ...fields,
  }) as FigureRow;

const group = (fields: Partial<CompareGroupRow>) =>
  ({
    group_id: 'g1',
    country: 'RUS',
    estimator: 'An estimator',
    estimator_type: 'academic',
    measure: 'workers_present',
    low: null,
    high: null,
    point: null,
    qualifier: null,
    area_note: null,
    region: null,
    ref_period: null,
    ref_year_start: 2017,
    ref_year_end: 2017,
    n_reports: 1,
    any_primary: true,
    reports: [{ id: 'f1', source_id: 's1', publisher: 'Pub & Co', primary: true }],
    ...fields,
  }) as CompareGroupRow;

const event = (date: string, year: number | null, title: string): EventGroupRow => ({
  date,
  year,
  title,
  major: true,
  event_ids: [title],
  sources: [{ source_id: 's1', publisher: 'A Daily' } as EventGroupRow['sources'][number]],
});

const dataset = { error: null, fileError: null };
const hangul = /\p{Script=Hangul}/u;
/** SVG text as it reads: Svelte escapes `&` and `<`. */
const unescaped = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&amp;', '&');

describe('measuring Korean text without a browser', () => {
  it.each([
    ['Hangul, a full em a syllable', '수치 없음', 12, 4 * 12 + 0.56 * 12],
    ['Latin as before', 'No number', 12, 9 * 0.56 * 12],
    ['mixed', '출처 3건', 10, 3 * 10 + 2 * 0.56 * 10],
  ])('%s', (_, text, size, width) => {
    expect(estimateText(text, { size })).toBeCloseTo(width, 6);
  });

  it.each([
    ['100,000', 7 * 7.5],
    ['1만 5,000', 12 + 7 * 7.5],
    ['300억', 12 + 3 * 7.5],
  ])('a value label %s is %d px wide at most', (text, width) => {
    expect(tickLabelWidth(text)).toBeCloseTo(width, 6);
  });
});

describe('the charts in Korean', () => {
  beforeAll(() => setLocale('ko'));
  afterAll(() => setLocale('en'));

  it('keys the marks in Korean', () => {
    const labels = figureLegend(['media'], true).map((item) => item.label);
    expect(labels.slice(1)).toEqual([
      '막대: 최저~최고 범위',
      '화살표: 한쪽 경계만 있는 수치(“초과”, “최대”)',
      '속이 빈 표시·점선: 전체 중 일부만 해당(한 지역, 한 부문, 한 기업, 한 권역)',
    ]);
  });

  it('keys the map’s shades in 만 units, ranges with a tilde', () => {
    expect(mapLegend().map((item) => item.label)).toEqual([
      '없음(0으로 보고)',
      '1~99',
      '100~999',
      '1,000~9,999',
      '1만~4만 9,999',
      '5만 이상',
      '노동자 파견 보고, 수치 없음',
      '이 데이터셋에 보고 없음',
    ]);
  });

  it('says what a chart waits for, and that nothing matches', () => {
    expect(chartStatus(dataset, { rows: null, error: null })).toEqual({
      kind: 'loading',
      message: '수치를 불러오는 중…',
    });
    expect(chartStatus(dataset, { rows: [], error: null })).toEqual({
      kind: 'empty',
      message: '이 필터 조건에 맞는 수치가 없습니다.',
    });
  });

  it('writes an axis’s numbers in 만/억 units', () => {
    const { axisTick } = chartsText();
    expect([0, 5_000, 20_000, 125_000, 300_000_000].map(axisTick)).toEqual([
      '0',
      '5,000',
      '2만',
      '12만 5,000',
      '3억',
    ]);
  });

  it('leaves room left of a time chart for its longest Korean value label, not only its top one', () => {
    // Up to 19,500: the axis runs to 2만, with a tick at 1만 5,000, longer than 2만.
    const layout = new TimeRangeLayout(() => ({
      figures: [figure({ id: 'a', point: 19_500 }), figure({ id: 'b', point: 3_000, year: 2017 })],
      events: [],
      width: 390,
    }));
    const labels = layout.yTicks.map(chartsText().axisTick);
    expect(labels).toContain('1만 5,000');
    for (const label of labels) {
      expect(tickLabelWidth(label) + 6).toBeLessThanOrEqual(layout.margin.left);
    }
  });

  it('says the comparison’s envelope, rows and events in Korean', () => {
    expect(envelopeKey({ low: 20_000, high: 80_000, n_groups: 2, n_figures: 3 })).toBe(
      '음영 구간: 숫자로 제시된 수치는 모두 2만~8만 사이 (보도 3건, 추정치 2건)',
    );
    const label = compareLabel(group({ n_reports: 3, any_primary: false }));
    expect([label.reports, label.kind]).toEqual(['추정치 1건을 간행물 3건이 재인용', '2차 자료']);
    expect(eventsOutsideNote([event('2999-01-01', 2999, 'A typo')])).toBe(
      '표시된 연도 밖이라 그리지 않은 사건 1건: 2999년 1월 1일 — A typo.',
    );
    expect(
      describeBin({
        kind: 'bin',
        withoutNumber: false,
        figures: [figure({ point: 1_000 }), figure({ point: 115_000 })],
      }),
    ).toBe('수치 2건, 1,000~11만 5,000: 열어서 목록 보기');
  });

  const time: Drawing = {
    kind: 'time',
    figures: [
      figure({ id: 'range', low: 20_000, high: 40_000, year: 2017 }),
      figure({ id: 'point', point: 30_000, estimator_type: 'government' }),
      figure({ id: 'words', year: 2018, area_note: 'one city' }),
      figure({ id: 'undated', point: 15_000, year: null }),
    ],
    events: [event('2017-08-05', 2017.6, 'UNSC Resolution 2371 adopted')],
    valueLabel: '해외 체류 노동자',
    yearLabel: '기준 연도',
    undatedLabel: '연도 없음',
  };
  const compare: Drawing = {
    kind: 'compare',
    groups: [
      group({ point: 100 }),
      group({ group_id: 'g2', low: 1_000, high: 50_000, n_reports: 2, any_primary: false }),
      group({ group_id: 'g3', estimator: '통일연구원 (KINU)', low: 30_000, high: 115_000 }),
    ],
    envelope: { low: 100, high: 115_000, n_groups: 3, n_figures: 4 },
    valueLabel: '해외 체류 노동자',
  };

  it.each([
    ['time', time],
    ['compare', compare],
  ] as const)('%s at 390 px: every line of text inside the image', (_, drawing) => {
    const width = 390;
    const inner = width - 48;
    const svg = render(CaptionedChart, {
      props: {
        drawing,
        title: '연도별 해외 파견 북한 노동자 수에 대한 공개된 추정치와 그 출처',
        publishers: ['연합뉴스', 'Daily NK', '통일연구원'],
        version: '2026-01-01 · abc',
        permalink: 'https://example.org/?view=compare&country=RUS&lang=ko',
        width,
        measure: estimateText,
        theme: lightTheme,
      },
    }).body.replace(/<!--[\s\S]*?-->/g, '');
    expect(svg).toMatch(hangul);
    // The caption's lines, left-aligned at the margin, and the key's items, each at its own x.
    const captions = [
      ...svg.matchAll(
        /<text x="24" y="[\d.]+" font-size="(\d+)"(?: font-weight="(\d+)")?[^>]*>(.*?)<\/text>/g,
      ),
    ];
    expect(captions.length).toBeGreaterThan(3);
    for (const [, size, weight, text] of captions) {
      const plain = unescaped(text!.replace(/<[^>]+>/g, ''));
      expect(
        estimateText(plain, { size: Number(size), weight: Number(weight ?? 400) }),
      ).toBeLessThanOrEqual(inner);
    }
    const keys = [
      ...svg.matchAll(
        /<text x="([\d.]+)" y="[\d.]+" dy="0.35em" font-size="12"[^>]*>(.*?)<\/text>/g,
      ),
    ];
    expect(keys.some(([, , text]) => hangul.test(text!))).toBe(true);
    for (const [, x, text] of keys) {
      expect(Number(x) + estimateText(unescaped(text!), { size: 12 })).toBeLessThanOrEqual(inner);
    }
    // A comparison's row labels, stacked above their plots at this width.
    const rowLabels = [
      ...svg.matchAll(
        /<text x="0" y="[\d.]+" font-size="(\d+)"(?: font-weight="(\d+)")?[^>]*>(.*?)<\/text>/g,
      ),
    ];
    expect(rowLabels.length > 0).toBe(drawing.kind === 'compare');
    for (const [, size, weight, text] of rowLabels) {
      expect(
        estimateText(unescaped(text!), { size: Number(size), weight: Number(weight ?? 400) }),
      ).toBeLessThanOrEqual(inner);
    }
  });
});

describe('the charts in English, after Korean', () => {
  it('say their words in English again', async () => {
    await setLocale('ko');
    expect(chartsText().noNumberBand).toBe('수치 없음');
    await setLocale('en');
    expect(chartsText().noNumberBand).toBe('No number');
    expect(mapLegend().at(-2)?.label).toBe('workers reported, no figure');
  });
});
