import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import { pageMeta, siteName } from '../../src/lib/state/pageMeta';
import { defaultViewState, viewNames, type ViewState } from '../../src/lib/state/viewState';

const state = (change: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...change });

describe('pageMeta', () => {
  const cases: [Partial<ViewState>, string][] = [
    [{}, 'North Koreans working abroad: every published estimate, with its source'],
    [
      { view: 'country', country: 'RUS' },
      'Russia: every published figure — North Koreans working abroad',
    ],
    [
      { view: 'country', country: 'COD' },
      'DR Congo: every published figure — North Koreans working abroad',
    ],
    [{ view: 'country' }, 'Worldwide: every published figure — North Koreans working abroad'],
    [
      { view: 'compare', country: 'CHN' },
      'China: the sources compared — North Koreans working abroad',
    ],
    [{ view: 'map' }, 'Map of the host countries — North Koreans working abroad'],
    [{ view: 'sources' }, 'Sources: every publication — North Koreans working abroad'],
    [{ view: 'sql' }, 'SQL console: query the data in the page — North Koreans working abroad'],
    [{ view: 'about' }, 'About the data — North Koreans working abroad'],
  ];

  it.each(cases)('%j', (change, title) => {
    expect(pageMeta(state(change)).title).toBe(title);
  });

  it('names the country in the country and compare views’ descriptions', () => {
    expect(pageMeta(state({ view: 'country', country: 'RUS' })).description).toContain('in Russia');
    expect(pageMeta(state({ view: 'compare', country: 'WLD' })).description).toContain('worldwide');
  });

  it('gives every view its own title and a description of one or two sentences', () => {
    const metas = viewNames.map((view) => pageMeta(state({ view })));
    expect(new Set(metas.map((meta) => meta.title)).size).toBe(viewNames.length);
    expect(new Set(metas.map((meta) => meta.description)).size).toBe(viewNames.length);
    for (const meta of metas) {
      expect(meta.title).toContain(siteName());
      expect(meta.title.toLowerCase()).toContain(meta.heading.toLowerCase());
      // Search engines cut descriptions at about 160 characters.
      expect(meta.description.length).toBeGreaterThan(60);
      expect(meta.description.length).toBeLessThanOrEqual(200);
      expect(meta.description).toMatch(/\.$/);
    }
  });

  it('ignores filters and search: one title per view and country', () => {
    const filtered = state({
      view: 'country',
      country: 'RUS',
      search: 'anything',
      filters: { ...defaultViewState.filters, primaryOnly: true, yearFrom: 2017 },
    });
    expect(pageMeta(filtered)).toEqual(pageMeta(state({ view: 'country', country: 'RUS' })));
  });
});

describe('pageMeta in Korean', () => {
  beforeAll(() => setLocale('ko'));
  afterAll(() => setLocale('en'));

  const cases: [Partial<ViewState>, string][] = [
    [{}, '해외 파견 북한 노동자: 공개된 모든 추정치와 그 출처'],
    [{ view: 'country', country: 'RUS' }, '러시아: 공개된 모든 수치 — 해외 파견 북한 노동자'],
    [{ view: 'compare', country: 'CHN' }, '중국: 출처 비교 — 해외 파견 북한 노동자'],
    [{ view: 'map' }, '체류국 지도 — 해외 파견 북한 노동자'],
    [{ view: 'sources' }, '출처: 모든 간행물 — 해외 파견 북한 노동자'],
    [{ view: 'about' }, '데이터 소개 — 해외 파견 북한 노동자'],
  ];

  it.each(cases)('%j', (change, title) => {
    expect(pageMeta(state(change)).title).toBe(title);
  });

  it('names the place in the Korean form: 러시아에서, 전 세계에서', () => {
    expect(pageMeta(state({ view: 'country', country: 'RUS' })).description).toMatch(
      /^러시아에서 일하는 북한 노동자/,
    );
    expect(pageMeta(state({ view: 'compare', country: 'WLD' })).description).toMatch(
      /^전 세계에서 일하는 북한 노동자/,
    );
  });

  it('gives every view its own Korean title and description, none of them English', () => {
    const metas = viewNames.map((view) => pageMeta(state({ view })));
    expect(new Set(metas.map((meta) => meta.title)).size).toBe(viewNames.length);
    expect(new Set(metas.map((meta) => meta.description)).size).toBe(viewNames.length);
    expect(siteName()).toBe('해외 파견 북한 노동자');
    for (const meta of metas) {
      expect(meta.title).toContain(siteName());
      expect(meta.title).toContain(meta.heading);
      expect(meta.description).toMatch(/\p{Script=Hangul}/u);
      expect(meta.description).not.toMatch(/\b(the|of|and|every)\b/);
      // Hangul says in 80 characters what English says in 160.
      expect(meta.description.length).toBeGreaterThan(40);
      expect(meta.description.length).toBeLessThanOrEqual(120);
      expect(meta.description).toMatch(/\.$/);
    }
  });
});
