import { describe, expect, it } from 'vitest';
import { pageMeta, SITE_NAME } from '../../src/lib/state/pageMeta';
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
      expect(meta.title).toContain(SITE_NAME);
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
