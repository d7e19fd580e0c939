// The query rules on a small hand-made dataset where each row tests one rule; queries.test.ts pins
// the results on the real data/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../src/lib/db/node';
import { loadTables } from '../../src/lib/db/load-tables';
import type { DuckEngine } from '../../src/lib/db/engine';
import type {
  EstimateRow,
  EventRow,
  Measure,
  Region,
  SourceRow,
  Tables,
} from '../../src/lib/data/rows.generated';
import {
  compareEnvelope,
  compareFigures,
  countryList,
  countryMeasures,
  countryOverTime,
  countrySources,
  datasetSummary,
  mapFigures,
  eventGroups,
  events,
  hostCountryFigures,
  run,
  sourcesDrawn,
  worldwideOverTime,
} from '../../src/lib/queries';

const source = (id: string, published: string | null): SourceRow => ({
  id,
  title: `Title ${id}`,
  title_is_descriptive: id === 's3',
  publisher: `Publisher ${id}`,
  url: `https://example.org/${id}`,
  published,
  note: null,
});

type Figure = {
  region?: Region;
  low?: number;
  high?: number;
  point?: number;
  start?: number;
  end?: number;
  measure?: Measure;
};

// A second measure shows that the measure is a parameter.
const otherMeasure: Measure = 'other';

const estimate = (id: string, country: string, source_id: string, figure: Figure): EstimateRow => ({
  id,
  source_id,
  country,
  area_note: null,
  region: figure.region ?? null,
  measure: figure.measure ?? 'workers_present',
  measure_detail: null,
  low: figure.low ?? null,
  high: figure.high ?? null,
  point: figure.point ?? null,
  qualifier: null,
  ref_period: figure.start ? String(figure.start) : null,
  ref_year_start: figure.start ?? null,
  ref_year_end: figure.end ?? figure.start ?? null,
  estimator: 'Estimator',
  estimator_type: 'government',
  primary: true,
  note: null,
});

const event = (
  id: string,
  date: string,
  title: string,
  source_id: string,
  major = true,
): EventRow => ({
  id,
  date,
  title,
  major,
  source_id,
  note: null,
});

const fixture: Tables = {
  sources: [source('s1', '2018-01-05'), source('s2', null), source('s3', '2016')],
  estimates: [
    estimate('w-range-2017', 'WLD', 's1', { low: 20000, high: 80000, start: 2017 }),
    estimate('w-point-2015-2017', 'WLD', 's2', { point: 100000, start: 2015, end: 2017 }),
    estimate('w-point-2015-2016', 'WLD', 's1', { point: 50000, start: 2015, end: 2016 }),
    estimate('w-no-number', 'WLD', 's1', { start: 2017 }),
    estimate('w-no-year', 'WLD', 's1', { point: 60000 }),
    estimate('w-other-measure', 'WLD', 's3', { point: 1, start: 2017, measure: otherMeasure }),
    estimate('w-low-only-2017', 'WLD', 's1', { low: 50000, start: 2017 }),
    estimate('w-gulf-2017', 'WLD', 's3', { point: 6000, start: 2017, region: 'Gulf states' }),
    estimate('r-point-2017', 'RUS', 's1', { point: 30000, start: 2017 }),
    estimate('r-range-2018', 'RUS', 's2', { low: 10000, high: 50000, start: 2018 }),
    estimate('r-no-year', 'RUS', 's1', { point: 40000 }),
    estimate('c-point-2016', 'CHN', 's3', { point: 100000, start: 2016 }),
    estimate('c-no-number', 'CHN', 's3', { start: 2016 }),
    estimate('q-high-only', 'QAT', 's2', { high: 3000, start: 2015 }),
  ],
  events: [
    event('ev-2397-b', '2017-12-22', 'UNSCR 2397 adopted', 's2'),
    event('ev-2397-a', '2017-12-22', 'UNSCR 2397 adopted', 's1'),
    event('ev-deadline', '2019-12-22', 'Repatriation deadline', 's3'),
    event('ev-closure', '2020-01', 'Border closed', 's1'),
    event('ev-year', '2016', 'A year-only event', 's1', false),
  ],
};

let engine: DuckEngine;

beforeAll(async () => {
  engine = await createNodeEngine();
  await loadTables(engine, fixture);
});

afterAll(async () => {
  await engine.close();
});

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('worldwideOverTime', () => {
  it('keeps worldwide totals of the measure with a number and a year, by year then value then id', async () => {
    const rows = await run(engine, worldwideOverTime());
    expect(ids(rows)).toEqual([
      'w-point-2015-2016',
      'w-point-2015-2017',
      'w-range-2017',
      'w-low-only-2017',
    ]);
  });

  it('draws a span at its middle year', async () => {
    const rows = await run(engine, worldwideOverTime());
    expect(rows.map((row) => row.year)).toEqual([2015.5, 2016, 2017, 2017]);
  });

  it('returns the figure and source columns', async () => {
    const [first] = await run(engine, worldwideOverTime());
    expect(first).toEqual({
      id: 'w-point-2015-2016',
      country: 'WLD',
      area_note: null,
      region: null,
      measure: 'workers_present',
      measure_detail: null,
      low: null,
      high: null,
      point: 50000,
      qualifier: null,
      ref_period: '2015',
      ref_year_start: 2015,
      ref_year_end: 2016,
      year: 2015.5,
      estimator: 'Estimator',
      estimator_type: 'government',
      primary: true,
      note: null,
      source_id: 's1',
      title: 'Title s1',
      title_is_descriptive: false,
      publisher: 'Publisher s1',
      url: 'https://example.org/s1',
      published: '2018-01-05',
    });
  });

  it('filters on the measure parameter', async () => {
    expect(ids(await run(engine, worldwideOverTime({ measure: otherMeasure })))).toEqual([
      'w-other-measure',
    ]);
  });
});

describe('countryOverTime', () => {
  it('is the same query for one country', async () => {
    expect(ids(await run(engine, countryOverTime({ country: 'RUS' })))).toEqual([
      'r-point-2017',
      'r-range-2018',
    ]);
  });

  it('treats a hostile country value as a value', async () => {
    const hostile = "RUS' OR '1'='1";
    const query = countryOverTime({ country: hostile });
    expect(query.sql).not.toContain(hostile);
    expect(await run(engine, query)).toEqual([]);
  });
});

describe('hostCountryFigures', () => {
  it('ranks countries by their largest number and keeps figures without a year', async () => {
    const rows = await run(engine, hostCountryFigures());
    expect(
      rows.map((row) => [row.country, row.id, row.n_sources, row.n_figures, row.country_max]),
    ).toEqual([
      ['CHN', 'c-point-2016', 1, 1, 100000],
      ['RUS', 'r-range-2018', 2, 3, 50000],
      ['RUS', 'r-point-2017', 2, 3, 50000],
      ['RUS', 'r-no-year', 2, 3, 50000],
      ['QAT', 'q-high-only', 1, 1, 3000],
    ]);
  });

  it('never returns the worldwide figures', async () => {
    const rows = await run(engine, hostCountryFigures());
    expect(rows.some((row) => row.country === 'WLD')).toBe(false);
  });
});

describe('events', () => {
  it('lists every event with its source and axis year, by date then id', async () => {
    const rows = await run(engine, events());
    expect(rows.map((row) => [row.id, row.date, row.source_title, row.publisher])).toEqual([
      ['ev-year', '2016', 'Title s1', 'Publisher s1'],
      ['ev-2397-a', '2017-12-22', 'Title s1', 'Publisher s1'],
      ['ev-2397-b', '2017-12-22', 'Title s2', 'Publisher s2'],
      ['ev-deadline', '2019-12-22', 'Title s3', 'Publisher s3'],
      ['ev-closure', '2020-01', 'Title s1', 'Publisher s1'],
    ]);
  });

  it('places dates on the axis where tick N is the middle of year N', async () => {
    const years = (await run(engine, events())).map((row) => row.year);
    expect(years[0]).toBe(2016);
    expect(years[1]).toBeCloseTo(2017 + 355.5 / 365 - 0.5, 10);
    expect(years[4]).toBeCloseTo(2020 + 0.5 / 12 - 0.5, 10);
  });

  it('groups events of the same date and title, naming every source', async () => {
    const groups = await run(engine, eventGroups());
    expect(groups.map((group) => [group.date, group.title, group.event_ids])).toEqual([
      ['2016', 'A year-only event', ['ev-year']],
      ['2017-12-22', 'UNSCR 2397 adopted', ['ev-2397-a', 'ev-2397-b']],
      ['2019-12-22', 'Repatriation deadline', ['ev-deadline']],
      ['2020-01', 'Border closed', ['ev-closure']],
    ]);
    expect(groups[1]?.sources).toEqual([
      {
        source_id: 's1',
        title: 'Title s1',
        title_is_descriptive: false,
        publisher: 'Publisher s1',
        url: 'https://example.org/s1',
        published: '2018-01-05',
      },
      {
        source_id: 's2',
        title: 'Title s2',
        title_is_descriptive: false,
        publisher: 'Publisher s2',
        url: 'https://example.org/s2',
        published: null,
      },
    ]);
  });

  it('leaves out events that are not major when asked for the drawn ones', async () => {
    const groups = await run(engine, eventGroups({ majorOnly: true }));
    expect(groups.map((group) => group.title)).toEqual([
      'UNSCR 2397 adopted',
      'Repatriation deadline',
      'Border closed',
    ]);
  });
});

describe('sourcesDrawn', () => {
  it('names exactly the sources of the rows a query returns', async () => {
    const worldwide = await run(engine, sourcesDrawn(worldwideOverTime()));
    expect(worldwide.map((row) => row.source_id)).toEqual(['s1', 's2']);
    const other = await run(engine, sourcesDrawn(worldwideOverTime({ measure: otherMeasure })));
    expect(other).toEqual([
      {
        source_id: 's3',
        title: 'Title s3',
        title_is_descriptive: true,
        publisher: 'Publisher s3',
        url: 'https://example.org/s3',
        published: '2016',
      },
    ]);
  });
});

describe('datasetSummary', () => {
  it('counts rows and host countries as numbers', async () => {
    const [summary] = await run(engine, datasetSummary());
    expect(summary).toEqual({ n_estimates: 14, n_sources: 3, n_events: 5, n_countries: 3 });
    for (const value of Object.values(summary ?? {})) expect(typeof value).toBe('number');
  });
});

// The explorer's queries on a second fixture: estimates re-reported, spelled differently, one-sided
// bounds, ties for the most recent figure, presence without a number.
describe('the explorer’s queries', () => {
  const sources: SourceRow[] = [
    source('a', '2019-03-15'),
    source('b', '2018'),
    source('c', null),
    source('d', '2019-03'),
  ];
  const row = (
    id: string,
    country: string,
    source_id: string,
    figure: Partial<EstimateRow>,
  ): EstimateRow => ({
    ...estimate(id, country, source_id, {}),
    ref_period: '2017',
    ref_year_start: 2017,
    ref_year_end: 2017,
    estimator: 'Ministry',
    primary: false,
    ...figure,
  });
  const range = { low: 1000, high: 3000, qualifier: 'range' } as const;
  const explorer: Tables = {
    sources,
    estimates: [
      // One estimate reported three times: the primary report is not the smallest id.
      row('m-2', 'MNG', 'a', { ...range, primary: true, note: 'own report' }),
      row('m-1', 'MNG', 'b', range),
      row('m-3', 'MNG', 'c', range),
      // Not the same estimate: another spelling, another year, another qualifier.
      row('n-1', 'MNG', 'd', { ...range, estimator: 'Ministry (via Agency)' }),
      row('n-2', 'MNG', 'a', {
        ...range,
        ref_period: '2018',
        ref_year_start: 2018,
        ref_year_end: 2018,
      }),
      row('n-3', 'MNG', 'b', { ...range, qualifier: 'about' }),
      row('p-1', 'MNG', 'd', { point: 2500, estimator: 'Agency', estimator_type: 'media' }),
      row('h-1', 'MNG', 'b', { high: 5000, qualifier: 'up to', ref_year_start: 2016 }),
      row('l-1', 'MNG', 'c', { low: 500, qualifier: 'more than', estimator_type: 'academic' }),
      row('x-1', 'MNG', 'a', { qualifier: 'thousands' }),
      row('y-1', 'MNG', 'a', {
        point: 9000,
        ref_period: null,
        ref_year_start: null,
        ref_year_end: null,
      }),
      row('q-1', 'MNG', 'a', { point: 7, measure: 'permits_held' }),
      row('r-1', 'MNG', 'b', { measure: 'presence_reported' }),
      row('o-1', 'RUS', 'a', range),
      // Ties for Kazakhstan's most recent figure: the latest publication wins, then the smaller id.
      row('k-1', 'KAZ', 'b', { point: 100, ref_year_start: 2019, ref_year_end: 2019 }),
      row('k-3', 'KAZ', 'a', { point: 300, ref_year_start: 2019, ref_year_end: 2019 }),
      row('k-2', 'KAZ', 'a', { low: 200, ref_year_start: 2019, ref_year_end: 2019 }),
      row('k-4', 'KAZ', 'c', { high: 400, ref_year_start: 2019, ref_year_end: 2019 }),
      // Singapore: workers reported, no number; the most recent report is undated but describes 2018.
      row('s-1', 'SGP', 'b', {
        measure: 'presence_reported',
        ref_year_start: 2016,
        ref_year_end: 2016,
      }),
      row('s-2', 'SGP', 'c', {
        measure: 'presence_reported',
        ref_year_start: 2018,
        ref_year_end: 2018,
      }),
      row('w-1', 'WLD', 'a', { point: 100000 }),
      row('w-gulf', 'WLD', 'a', { ...range, region: 'Gulf states' }),
    ],
    events: [event('ev-same-day', '2019-03-15', 'An event the day source a was published', 'a')],
  };

  let db: DuckEngine;

  beforeAll(async () => {
    db = await createNodeEngine();
    await loadTables(db, explorer);
  });

  afterAll(async () => {
    await db.close();
  });

  const groupIds = (rows: readonly { group_id: string }[]) => rows.map((group) => group.group_id);
  const mongolia2017 = { country: 'MNG', filters: { yearFrom: 2017, yearTo: 2017 } };

  describe('compareFigures', () => {
    it('groups the same estimator’s same figure for the same years, and nothing else', async () => {
      const groups = await run(db, compareFigures(mongolia2017));
      expect(groups.map((group) => [group.group_id, group.n_reports, group.figure_ids])).toEqual([
        ['l-1', 1, ['l-1']],
        ['m-1', 3, ['m-2', 'm-1', 'm-3']],
        ['n-1', 1, ['n-1']],
        ['n-3', 1, ['n-3']],
        ['p-1', 1, ['p-1']],
        ['h-1', 1, ['h-1']],
      ]);
    });

    it('lists the reports primary first, then by publication date, undated last', async () => {
      const [, group] = await run(db, compareFigures(mongolia2017));
      expect(group).toEqual({
        group_id: 'm-1',
        estimator: 'Ministry',
        estimator_type: 'government',
        measure: 'workers_present',
        low: 1000,
        high: 3000,
        point: null,
        qualifier: 'range',
        ref_period: '2017',
        ref_year_start: 2017,
        ref_year_end: 2017,
        n_reports: 3,
        any_primary: true,
        figure_ids: ['m-2', 'm-1', 'm-3'],
        reports: [
          {
            id: 'm-2',
            source_id: 'a',
            title: 'Title a',
            title_is_descriptive: false,
            publisher: 'Publisher a',
            url: 'https://example.org/a',
            published: '2019-03-15',
            primary: true,
            note: 'own report',
          },
          expect.objectContaining({ id: 'm-1', published: '2018', primary: false }),
          expect.objectContaining({ id: 'm-3', published: null, primary: false }),
        ],
      });
    });

    it('splits a group when a filter leaves out some of its reports', async () => {
      const groups = await run(
        db,
        compareFigures({ country: 'MNG', filters: { ...mongolia2017.filters, primaryOnly: true } }),
      );
      expect(groups.map((group) => [group.group_id, group.figure_ids])).toEqual([['m-2', ['m-2']]]);
    });

    it('keeps figures without a year only while no span is set', async () => {
      const all = groupIds(await run(db, compareFigures({ country: 'MNG' })));
      expect(all).toEqual(['l-1', 'm-1', 'n-1', 'n-2', 'n-3', 'p-1', 'h-1', 'y-1']);
      const from2018 = groupIds(
        await run(db, compareFigures({ country: 'MNG', filters: { yearFrom: 2018 } })),
      );
      expect(from2018).toEqual(['n-2']);
      const to2016 = groupIds(
        await run(db, compareFigures({ country: 'MNG', filters: { yearTo: 2016 } })),
      );
      expect(to2016).toEqual(['h-1']);
    });

    it('filters on the estimator type', async () => {
      const groups = await run(
        db,
        compareFigures({
          country: 'MNG',
          filters: { ...mongolia2017.filters, estimatorTypes: ['academic', 'media'] },
        }),
      );
      expect(groupIds(groups)).toEqual(['l-1', 'p-1']);
    });

    it('compares only the worldwide totals for WLD', async () => {
      expect(groupIds(await run(db, compareFigures({ country: 'WLD' })))).toEqual(['w-1']);
    });
  });

  describe('compareEnvelope', () => {
    it('runs from the lowest low, point or high to the highest', async () => {
      expect(await run(db, compareEnvelope(mongolia2017))).toEqual([
        { low: 500, high: 5000, n_groups: 6, n_figures: 8 },
      ]);
      expect(await run(db, compareEnvelope({ country: 'MNG' }))).toEqual([
        { low: 500, high: 9000, n_groups: 8, n_figures: 10 },
      ]);
    });

    it('has null bounds when nothing is drawn', async () => {
      expect(await run(db, compareEnvelope({ country: 'SGP' }))).toEqual([
        { low: null, high: null, n_groups: 0, n_figures: 0 },
      ]);
    });
  });

  describe('mapFigures', () => {
    it('gives each country its most recent figure, or its most recent presence report', async () => {
      const rows = await run(db, mapFigures());
      expect(
        rows.map((row) => [row.country, row.status, row.id, row.value, row.n_figures]),
      ).toEqual([
        ['KAZ', 'figure', 'k-2', 200, 4],
        ['MNG', 'figure', 'n-2', 2000, 10],
        ['RUS', 'figure', 'o-1', 2000, 1],
        ['SGP', 'presence', 's-2', null, 2],
      ]);
    });

    it('shades by the middle of a range, else the point, else the lone bound', async () => {
      const value = async (countries: string[], yearTo: number | null = null) =>
        (await run(db, mapFigures({ countries, yearTo }))).map((row) => [row.id, row.value]);
      expect(await value(['KAZ'])).toEqual([['k-2', 200]]);
      expect(await value(['MNG'], 2016)).toEqual([['h-1', 5000]]);
      const pointOnly = await run(
        db,
        mapFigures({ countries: ['MNG'], estimatorTypes: ['media'] }),
      );
      expect(pointOnly.map((row) => [row.id, row.value])).toEqual([['p-1', 2500]]);
    });

    it('applies the filters to the presence reports too', async () => {
      const rows = await run(db, mapFigures({ yearTo: 2016 }));
      expect(rows.map((row) => [row.country, row.status, row.id])).toEqual([
        ['MNG', 'figure', 'h-1'],
        ['SGP', 'presence', 's-1'],
      ]);
      expect(await run(db, mapFigures({ primaryOnly: true, countries: ['SGP'] }))).toEqual([]);
    });
  });

  describe('the published axis', () => {
    it('puts a publication date where an event of the same date is drawn', async () => {
      const [event] = await run(db, events());
      const rows = await run(db, countryOverTime({ country: 'MNG', axis: 'published' }));
      const fromA = rows.find((row) => row.id === 'm-2');
      expect(event?.year).toBeCloseTo(2019 + (31 + 28 + 14.5) / 365 - 0.5, 10);
      expect(fromA?.year).toBe(event?.year);
    });

    it('orders by publication date and leaves out undated sources', async () => {
      const rows = await run(db, countryOverTime({ country: 'MNG', axis: 'published' }));
      expect(rows.map((row) => [row.id, row.published])).toEqual([
        ['m-1', '2018'],
        ['n-3', '2018'],
        ['h-1', '2018'],
        // A month sits at its middle: 2019-03 after 2019-03-15.
        ['m-2', '2019-03-15'],
        ['n-2', '2019-03-15'],
        ['y-1', '2019-03-15'],
        ['n-1', '2019-03'],
        ['p-1', '2019-03'],
      ]);
    });
  });

  describe('countryMeasures, countryList and countrySources', () => {
    it('counts a country’s figures by measure', async () => {
      expect(await run(db, countryMeasures('MNG'))).toEqual([
        { measure: 'workers_present', n_figures: 11, n_with_number: 10 },
        { measure: 'permits_held', n_figures: 1, n_with_number: 1 },
        { measure: 'presence_reported', n_figures: 1, n_with_number: 0 },
      ]);
    });

    it('lists the countries, worldwide first, with whether any figure has a number', async () => {
      expect(await run(db, countryList())).toEqual([
        { country: 'WLD', n_figures: 1, n_sources: 1, has_number: true },
        { country: 'KAZ', n_figures: 4, n_sources: 3, has_number: true },
        { country: 'MNG', n_figures: 13, n_sources: 4, has_number: true },
        { country: 'RUS', n_figures: 1, n_sources: 1, has_number: true },
        { country: 'SGP', n_figures: 2, n_sources: 2, has_number: false },
      ]);
    });

    it('lists a country’s sources newest first, primary when any figure is', async () => {
      const rows = await run(db, countrySources({ country: 'MNG' }));
      expect(rows.map((row) => [row.id, row.published, row.primary, row.n_figures])).toEqual([
        ['d', '2019-03', false, 2],
        ['a', '2019-03-15', true, 4],
        ['b', '2018', false, 3],
        ['c', null, false, 2],
      ]);
    });
  });
});
