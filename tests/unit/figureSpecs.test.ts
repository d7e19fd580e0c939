// The figure specs: each chart's words and queries in one place, read by views, embeds and the snapshot.
import { describe, expect, it } from 'vitest';
import { figureSpecs, type FigureParams } from '../../src/lib/figures/specs';
import { queryKey } from '../../src/lib/snapshot/queryKey';
import { firstViewQueries } from '../../src/lib/figures/firstView';
import { defaultViewState } from '../../src/lib/state/viewState';
import { measures } from '../../src/lib/codebook';

const russia: FigureParams = { ...defaultViewState, country: 'RUS' };
const arrivals: FigureParams = {
  ...russia,
  filters: { ...russia.filters, measure: 'arrivals_in_year', yearFrom: 2015, yearTo: 2019 },
};

describe('figure specs', () => {
  it('have distinct ids and titles', () => {
    expect(new Set(figureSpecs.map((spec) => spec.id)).size).toBe(figureSpecs.length);
    const titles = figureSpecs.map((spec) => spec.title(russia));
    expect(new Set(titles).size).toBe(figureSpecs.length);
  });

  it.each(figureSpecs.map((spec) => [spec.id, spec] as const))(
    '%s: its queries include its rows',
    (_id, spec) => {
      for (const params of [russia, arrivals]) {
        const keys = spec.queries(params).map(queryKey);
        expect(keys).toContain(queryKey(spec.rows(params)));
      }
    },
  );

  it.each(figureSpecs.map((spec) => [spec.id, spec] as const))(
    '%s: a filter reaches its query, and a measure other than the default is named in its title',
    (_id, spec) => {
      expect(queryKey(spec.rows(arrivals))).not.toBe(queryKey(spec.rows(russia)));
      expect(spec.title(arrivals).toLowerCase()).toContain(
        measures.label('arrivals_in_year').toLowerCase(),
      );
      expect(spec.fileName(arrivals)).toMatch(/^[a-z]/);
      expect(spec.fileName(arrivals)).not.toBe(spec.fileName(russia));
    },
  );

  it('give the snapshot exactly the Overview figures’ queries and the country list', () => {
    const [worldwide, byCountry] = figureSpecs;
    const expected = [
      ...worldwide.queries(defaultViewState),
      ...byCountry.queries(defaultViewState),
    ].map(queryKey);
    const snapshot = firstViewQueries().map(queryKey);
    expect(snapshot.slice(0, expected.length)).toEqual(expected);
    expect(snapshot.at(-1)).toMatch(/^countryList /);
  });

  it('write the table summary with its count, or without one before the rows arrive', () => {
    const [, , , compare, map] = figureSpecs;
    expect(compare.tableSummary(null)).toBe('Table: the reports and their sources');
    expect(compare.tableSummary([{}])).toBe('Table: 1 report and its source');
    expect(map.tableSummary([{}, {}])).toBe('Table: 2 countries on the map and their sources');
  });
});
