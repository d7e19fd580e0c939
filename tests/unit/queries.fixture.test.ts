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
  countryOverTime,
  datasetSummary,
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
