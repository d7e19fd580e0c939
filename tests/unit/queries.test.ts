// The named queries on the real data/: what holds whatever figures data/ holds. Each query is checked
// against the raw tables (plain SELECT *, worked out here in JS) and against the other queries, so a
// maintainer's valid change to data/ keeps this file green. The exact rows, orders and numbers are pinned
// on hand-made fixtures in queries.fixture.test.ts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { openNodeDataset } from '../../src/lib/db/node';
import type { DuckEngine } from '../../src/lib/db/engine';
import type { LoadedDataset } from '../../src/lib/db/dataset';
import type {
  EstimateRow,
  EstimatorType,
  EventRow,
  Measure,
  SourceRow,
} from '../../src/lib/data/rows.generated';
import {
  WORLDWIDE,
  bibliography,
  compareEnvelope,
  compareFigures,
  compareReports,
  completeFilters,
  countryList,
  countryMeasures,
  countryOverTime,
  countrySources,
  datasetSummary,
  eventGroups,
  events,
  hostCountryFigures,
  mapFigures,
  run,
  sourcesDrawn,
  worldwideOverTime,
  type FigureRow,
  type FilterOptions,
  type NamedQuery,
} from '../../src/lib/queries';

type Estimate = Omit<EstimateRow, never> & { published_year: number | null };
type Source = Omit<SourceRow, never>;
type EventEntry = Omit<EventRow, never>;

let dataset: LoadedDataset<DuckEngine>;
let engine: DuckEngine;
/** The raw tables, ordered by id; each estimate with its source's place on the published axis. */
let estimates: Estimate[];
let sources: Map<string, Source>;
let eventRows: EventEntry[];
/** Every code with a figure, and the host countries by figures, most first. */
let countries: string[];
let busiest: string[];

beforeAll(async () => {
  dataset = await openNodeDataset('data');
  engine = dataset.engine;
  estimates = await engine.query<Estimate>(
    `SELECT e.*, f.published_year FROM estimates AS e JOIN estimate_facts AS f USING (id) ORDER BY id`,
  );
  sources = new Map(
    (await engine.query<Source>('SELECT * FROM sources ORDER BY id')).map((row) => [row.id, row]),
  );
  eventRows = await engine.query<EventEntry>('SELECT * FROM events ORDER BY id');
  countries = [...new Set(estimates.map((e) => e.country))];
  const hosts = countries.filter((country) => country !== WORLDWIDE);
  const size = (country: string) => estimates.filter((e) => e.country === country).length;
  busiest = hosts.sort(byText).sort((a, b) => size(b) - size(a));
}, 120_000);

afterAll(async () => {
  await engine.close();
});

// --- The rules of the queries, in JS over the raw rows ---

/** Text in DuckDB's order: by UTF-8 bytes. */
function byText(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

type Key = string | number | boolean | null;
/** `rows` sorted as SQL sorts them by `key`: each part ascending or 'desc', NULLs last either way. */
function sqlOrder<T>(rows: readonly T[], key: (row: T) => readonly (Key | ['desc', Key])[]): T[] {
  return [...rows].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let index = 0; index < ka.length; index += 1) {
      const [x, y] = [ka[index] ?? null, kb[index] ?? null];
      const desc = Array.isArray(x);
      const [u, v] = [Array.isArray(x) ? x[1] : x, Array.isArray(y) ? y[1] : y];
      if (u === v) continue;
      if (u === null) return 1;
      if (v === null) return -1;
      const order = typeof u === 'string' && typeof v === 'string' ? byText(u, v) : +u - +v;
      if (order !== 0) return desc ? -order : order;
    }
    return 0;
  });
}

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
const hasNumber = (e: Estimate) => (e.low ?? e.high ?? e.point) !== null;
/** The value a figure sorts by: a range's low end, else its point, else its lone bound. */
const value = (row: Pick<FigureRow, 'low' | 'high' | 'point'>) => row.low ?? row.point ?? row.high;
const middleYear = (e: Estimate) =>
  e.ref_year_start === null ? null : (e.ref_year_start + (e.ref_year_end ?? e.ref_year_start)) / 2;
/** `row` without the named columns. */
function omit<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  const rest: Partial<T> = { ...row };
  for (const key of keys) delete rest[key];
  return rest as Omit<T, K>;
}
const countOf = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;
const distinct = <T>(items: readonly T[]) => [...new Set(items)];

/** Whether a figure passes the filters, as the filter conditions of every view mean them. */
function passes(e: Estimate, filters: FilterOptions, acrossCountries: boolean): boolean {
  const f = completeFilters(filters);
  const last = e.ref_year_end ?? e.ref_year_start;
  return (
    e.measure === f.measure &&
    (f.estimatorTypes.length === 0 || f.estimatorTypes.includes(e.estimator_type)) &&
    (e.primary || !f.primaryOnly) &&
    (f.yearFrom === null || (last !== null && last >= f.yearFrom)) &&
    (f.yearTo === null || (e.ref_year_start !== null && e.ref_year_start <= f.yearTo)) &&
    (!acrossCountries || f.countries.length === 0 || f.countries.includes(e.country))
  );
}

/** Every figure of a country (or WLD) under the filters: what its charts and tables draw, in no order. */
function ofCountry(country: string, filters: FilterOptions = {}): Estimate[] {
  return estimates.filter((e) => passes(e, filters, false) && e.country === country);
}

/**
 * A country's figures as a chart over time draws them: every one, by year (none last), value (none
 * last), id; on the published axis, the year is the source's date.
 */
function overTime(
  country: string,
  filters: FilterOptions = {},
  axis: 'described' | 'published' = 'described',
): Estimate[] {
  const year = (e: Estimate) => (axis === 'published' ? e.published_year : middleYear(e));
  return sqlOrder(ofCountry(country, filters), (e) => [year(e), value(e), e.id]);
}

/** A country's figures a comparison draws (one per report), in the order of compareReports. */
function compared(country: string, filters: FilterOptions = {}): Estimate[] {
  return sqlOrder(ofCountry(country, filters), (e) => [value(e), e.id]);
}

/** What makes two figures one estimate re-reported (for the whole country or a part of it, however worded). */
const estimateKey = (e: Estimate) =>
  JSON.stringify([
    e.estimator,
    e.estimator_type,
    e.measure,
    e.low,
    e.high,
    e.point,
    e.qualifier,
    e.area_note === null,
    e.region,
    e.ref_year_start,
    e.ref_year_end,
  ]);

// --- The tests ---

describe('the real data', () => {
  it('loads without a problem or a dropped row', () => {
    expect(dataset.problems).toEqual([]);
    expect(dataset.dropped).toEqual([]);
  });

  it('places each publication date on the year axis where tick N is the middle of year N', () => {
    /** YYYY at N, YYYY-MM at the middle of the month, YYYY-MM-DD at the middle of the day. */
    const axisYear = (date: string | null): number | null => {
      const parts = date?.split('-').map(Number) ?? [];
      const [year, month, day] = parts;
      if (year === undefined) return null;
      if (month === undefined) return year;
      if (day === undefined) return year + (month - 0.5) / 12 - 0.5;
      const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
      const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
      return year + (dayOfYear - 0.5) / days - 0.5;
    };
    for (const e of estimates) {
      const expected = axisYear(sources.get(e.source_id)?.published ?? null);
      if (expected === null) expect(e.published_year, e.id).toBeNull();
      else expect(e.published_year, e.id).toBeCloseTo(expected, 10);
    }
  });
});

describe('worldwideOverTime', () => {
  it('draws every worldwide figure of each measure once, in order of year, value, id (none last)', async () => {
    for (const { measure, n_figures } of await run(engine, countryMeasures(WORLDWIDE))) {
      const rows = await run(engine, worldwideOverTime({ measure }));
      expect(ids(rows), measure).toEqual(ids(overTime(WORLDWIDE, { measure })));
      expect(rows.length, measure).toBe(n_figures);
      for (const row of rows) expect(row).toMatchObject({ country: WORLDWIDE, measure });
    }
  });

  it('includes the regional rows coded WLD, and the figures without a number or a year', async () => {
    const measures = distinct(estimates.map((e) => e.measure));
    const drawn = new Set<string>();
    for (const measure of measures)
      for (const row of await run(engine, worldwideOverTime({ measure }))) drawn.add(row.id);
    const worldwide = estimates.filter((e) => e.country === WORLDWIDE);
    const apart = worldwide.filter(
      (e) => e.region !== null || !hasNumber(e) || e.ref_year_start === null,
    );
    expect(ids(apart).filter((id) => !drawn.has(id))).toEqual([]);
    expect(drawn.size).toBe(worldwide.length);
  });

  it('draws a span at its middle year and carries each figure’s row and source as data/ gives them', async () => {
    const byId = new Map(estimates.map((e) => [e.id, e]));
    for (const row of await run(engine, worldwideOverTime())) {
      const estimate = byId.get(row.id)!;
      const source = sources.get(row.source_id)!;
      expect(row).toEqual({
        ...omit(estimate, 'published_year'),
        ...omit(source, 'id', 'note'),
        year: middleYear(estimate),
      });
    }
  });

  it('on the published axis, places each figure at its source’s date, undated sources last', async () => {
    const rows = await run(engine, worldwideOverTime({}, { axis: 'published' }));
    expect(ids(rows)).toEqual(ids(overTime(WORLDWIDE, {}, 'published')));
    const byId = new Map(estimates.map((e) => [e.id, e]));
    for (const row of rows) expect(row.year).toBe(byId.get(row.id)?.published_year);
  });
});

describe('countryOverTime', () => {
  it('returns every figure of each country and measure: as many as countryMeasures counts', async () => {
    for (const country of countries) {
      for (const { measure, n_figures } of await run(engine, countryMeasures(country))) {
        const where = `${country} ${measure}`;
        const rows = await run(engine, countryOverTime({ country, filters: { measure } }));
        expect(ids(rows), where).toEqual(ids(overTime(country, { measure })));
        expect(rows.length, where).toBe(n_figures);
      }
    }
  });

  it('on the published axis, returns the same figures, undated sources last with no year', async () => {
    for (const country of [WORLDWIDE, ...busiest.slice(0, 3)]) {
      const rows = await run(engine, countryOverTime({ country, axis: 'published' }));
      expect(ids(rows), country).toEqual(ids(overTime(country, {}, 'published')));
      const described = await run(engine, countryOverTime({ country }));
      expect([...ids(rows)].sort(), country).toEqual([...ids(described)].sort());
    }
  });

  it('applies the filters but the countries filter', async () => {
    const [country = 'RUS', other = 'CHN'] = busiest;
    const cases: FilterOptions[] = [
      { countries: [other] },
      { primaryOnly: true },
      { yearFrom: 2017, yearTo: 2019 },
      { estimatorTypes: ['government', 'media'] },
      { measure: 'permits_held' },
    ];
    for (const filters of cases) {
      const rows = await run(engine, countryOverTime({ country, filters }));
      expect(ids(rows), JSON.stringify(filters)).toEqual(ids(overTime(country, filters)));
      const published = await run(engine, countryOverTime({ country, filters, axis: 'published' }));
      expect(ids(published), JSON.stringify(filters)).toEqual(
        ids(overTime(country, filters, 'published')),
      );
    }
  });
});

describe('hostCountryFigures and the filters across countries', () => {
  /** The rows hostCountryFigures must return under `filters`: every figure but WLD's, ranked, counted. */
  function expectedHostCountryFigures(filters: FilterOptions) {
    const drawn = estimates.filter((e) => passes(e, filters, true) && e.country !== WORLDWIDE);
    const perCountry = new Map(
      distinct(drawn.map((e) => e.country)).map((country) => {
        const own = drawn.filter((e) => e.country === country);
        const numbers = own.flatMap((e) => [e.low, e.high, e.point]).filter((n) => n !== null);
        return [
          country,
          {
            n_sources: distinct(own.map((e) => e.source_id)).length,
            n_figures: own.length,
            country_max: numbers.length > 0 ? Math.max(...numbers) : null,
          },
        ];
      }),
    );
    const counted = drawn.map((e) => ({ ...e, ...perCountry.get(e.country)! }));
    return sqlOrder(counted, (e) => [
      ['desc', e.country_max],
      e.country,
      value(e),
      middleYear(e),
      e.id,
    ]).map((e) => [e.id, e.country, e.n_sources, e.n_figures, e.country_max]);
  }

  const cases: [string, () => FilterOptions][] = [
    ['no filter', () => ({})],
    ['primaryOnly', () => ({ primaryOnly: true })],
    ['a year span', () => ({ yearFrom: 2020, yearTo: 2026 })],
    ['a span open at the start', () => ({ yearTo: 2015 })],
    ['a span open at the end', () => ({ yearFrom: 2019 })],
    ['one estimator type', () => ({ estimatorTypes: ['government'] })],
    ['two estimator types', () => ({ estimatorTypes: ['government', 'media'] })],
    ['the two busiest countries', () => ({ countries: busiest.slice(0, 2) })],
    ['another measure', () => ({ measure: 'permits_held' })],
    ['every filter at once', () => ({ primaryOnly: true, yearFrom: 2010, countries: busiest })],
  ];

  it.each(cases)(
    '%s: every figure drawn once, ranked by its country’s largest number, counted per country',
    async (_, filters) => {
      const rows = await run(engine, hostCountryFigures(filters()));
      expect(
        rows.map((row) => [row.id, row.country, row.n_sources, row.n_figures, row.country_max]),
      ).toEqual(expectedHostCountryFigures(filters()));
    },
  );

  it('every measure: every figure drawn once, countries without any number last', async () => {
    for (const measure of distinct(estimates.map((e) => e.measure))) {
      const rows = await run(engine, hostCountryFigures({ measure }));
      expect(
        rows.map((row) => [row.id, row.country, row.n_sources, row.n_figures, row.country_max]),
        measure,
      ).toEqual(expectedHostCountryFigures({ measure }));
    }
  });

  it('has rows with the property of each filter', async () => {
    const primary = await run(engine, hostCountryFigures({ primaryOnly: true }));
    expect(primary.every((row) => row.primary)).toBe(true);
    const span = await run(engine, hostCountryFigures({ yearFrom: 2020, yearTo: 2026 }));
    for (const row of span) {
      expect(row.ref_year_start).not.toBeNull();
      expect(row.ref_year_start).toBeLessThanOrEqual(2026);
      expect(row.ref_year_end ?? row.ref_year_start).toBeGreaterThanOrEqual(2020);
    }
    const two = busiest.slice(0, 2);
    const inTwo = await run(engine, hostCountryFigures({ countries: two }));
    expect(distinct(inTwo.map((row) => row.country)).sort()).toEqual([...two].sort());
    expect(inTwo.some((row) => row.country === WORLDWIDE)).toBe(false);
  });

  it('keeps the figures without a year while no span is set, and those without a number', async () => {
    const rows = await run(engine, hostCountryFigures());
    const hosted = (e: Estimate) => passes(e, {}, true) && e.country !== WORLDWIDE;
    const withoutYear = (e: { ref_year_start: number | null }) => e.ref_year_start === null;
    const withoutNumber = (e: Pick<FigureRow, 'low' | 'high' | 'point'>) => value(e) === null;
    expect(countOf(rows, withoutYear)).toBe(countOf(estimates, (e) => hosted(e) && withoutYear(e)));
    expect(countOf(rows, withoutNumber)).toBe(
      countOf(estimates, (e) => hosted(e) && withoutNumber(e)),
    );
    expect(rows.length).toBe(countOf(estimates, hosted));
  });

  it('agrees with the country views: each country’s count, its figures over time and compared', async () => {
    for (const measure of distinct(estimates.map((e) => e.measure))) {
      const rows = await run(engine, hostCountryFigures({ measure }));
      for (const country of distinct(rows.map((row) => row.country))) {
        const where = `${country} ${measure}`;
        const own = rows.filter((row) => row.country === country);
        const counted = (await run(engine, countryMeasures(country))).find(
          (row) => row.measure === measure,
        );
        expect(counted?.n_figures, where).toBe(own.length);
        expect(
          own.every((row) => row.n_figures === own.length),
          where,
        ).toBe(true);
        const filters = { measure };
        const overTimeRows = await run(engine, countryOverTime({ country, filters }));
        expect([...ids(overTimeRows)].sort(), where).toEqual([...ids(own)].sort());
        const reports = await run(engine, compareReports({ country, filters }));
        expect(reports.length, where).toBe(own.length);
      }
    }
  });
});

describe('events and eventGroups', () => {
  it('lists every event once by date then id, with its source', async () => {
    const rows = await run(engine, events());
    expect(ids(rows)).toEqual(ids(sqlOrder(eventRows, (event) => [event.date, event.id])));
    for (const row of rows) {
      const source = sources.get(row.source_id);
      expect(row).toMatchObject({ source_title: source?.title, publisher: source?.publisher });
    }
  });

  it.each([false, true])(
    'majorOnly %s: one group per date and title, every event in exactly one, naming its sources',
    async (majorOnly) => {
      const groups = await run(engine, eventGroups({ majorOnly }));
      const kept = eventRows.filter((event) => event.major || !majorOnly);
      const key = (event: { date: string; title: string }) => `${event.date} ${event.title}`;
      expect(groups.map(key)).toEqual(
        sqlOrder(distinct(kept.map(key)), (k) => [
          k.slice(0, k.indexOf(' ')),
          k.slice(k.indexOf(' ') + 1),
        ]),
      );
      expect(groups.flatMap((group) => group.event_ids).sort()).toEqual(ids(kept).sort());
      for (const group of groups) {
        const members = kept.filter((event) => key(event) === key(group));
        expect(group.event_ids).toEqual(ids(members).sort(byText));
        expect(group.major).toBe(members.some((event) => event.major));
        expect(group.sources.map((source) => source.source_id).sort()).toEqual(
          distinct(members.map((event) => event.source_id)).sort(),
        );
      }
      if (majorOnly) expect(groups.every((group) => group.major)).toBe(true);
    },
  );
});

describe('datasetSummary', () => {
  it('counts the rows of data/*.csv and the host countries, as countryList does', async () => {
    const records = (file: string) =>
      Papa.parse(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data
        .length;
    const hosts = (await run(engine, countryList())).filter((row) => row.country !== WORLDWIDE);
    expect(await run(engine, datasetSummary())).toEqual([
      {
        n_estimates: records('estimates.csv'),
        n_sources: records('sources.csv'),
        n_events: records('events.csv'),
        n_countries: hosts.length,
      },
    ]);
    expect(hosts.length).toBe(
      distinct(estimates.map((e) => e.country)).filter((c) => c !== WORLDWIDE).length,
    );
  });
});

describe('sourcesDrawn', () => {
  const cases: [string, () => NamedQuery<FigureRow>][] = [
    ['worldwideOverTime', () => worldwideOverTime()],
    ['hostCountryFigures', () => hostCountryFigures()],
    ['countryOverTime', () => countryOverTime({ country: busiest[0] ?? 'RUS' })],
    ['compareReports', () => compareReports({ country: busiest[0] ?? 'RUS' })],
  ];

  it.each(cases)('names exactly the sources of %s, by publisher, date, id', async (_, query) => {
    const rows = await run(engine, query());
    const drawn = distinct(rows.map((row) => row.source_id));
    const named = sourcesDrawn(rows);
    expect(named.length).toBeGreaterThan(0);
    expect(named.map((source) => source.source_id).sort()).toEqual(drawn.sort());
    const expected = sqlOrder(named, (s) => [s.publisher, s.published, s.source_id]);
    expect(named).toEqual(expected);
    for (const source of named) {
      const columns = omit(sources.get(source.source_id)!, 'id', 'note');
      expect(source).toEqual({ source_id: source.source_id, ...columns });
    }
  });
});

describe('compareFigures, compareReports and compareEnvelope', () => {
  /** Checks one comparison against the raw rows: every figure once, re-reports grouped, the envelope. */
  async function expectComparison(country: string, filters: FilterOptions) {
    // Returns the groups, so a caller can count the re-reported estimates.
    const where = `${country} ${JSON.stringify(filters)}`;
    const figures = compared(country, filters);
    expect(ids(await run(engine, compareReports({ country, filters }))), where).toEqual(
      ids(figures),
    );

    const groups = await run(engine, compareFigures({ country, filters }));
    const expected = distinct(figures.map(estimateKey)).map((key) => {
      const reports = sqlOrder(
        figures.filter((e) => estimateKey(e) === key),
        (e) => [['desc', e.primary], e.published_year, e.id],
      );
      const first = [...reports].sort((a, b) => byText(a.id, b.id))[0];
      return {
        group_id: first!.id,
        low: first!.low,
        high: first!.high,
        point: first!.point,
        area_note: first!.area_note,
        region: first!.region,
        n_reports: reports.length,
        any_primary: reports.some((e) => e.primary),
        figure_ids: ids(reports),
        publishers: reports.map((e) => sources.get(e.source_id)?.publisher),
      };
    });
    expect(
      groups.map((group) => ({
        group_id: group.group_id,
        low: group.low,
        high: group.high,
        point: group.point,
        area_note: group.area_note,
        region: group.region,
        n_reports: group.n_reports,
        any_primary: group.any_primary,
        figure_ids: group.figure_ids,
        publishers: group.reports.map((report) => report.publisher),
      })),
      where,
    ).toEqual(sqlOrder(expected, (group) => [value(group), group.group_id]));
    for (const group of groups) expect(ids(group.reports), where).toEqual(group.figure_ids);

    const numbers = figures.flatMap((e) => [e.low, e.high, e.point]).filter((n) => n !== null);
    expect(await run(engine, compareEnvelope({ country, filters })), where).toEqual([
      {
        low: numbers.length ? Math.min(...numbers) : null,
        high: numbers.length ? Math.max(...numbers) : null,
        n_groups: groups.length,
        n_figures: figures.length,
      },
    ]);
    return groups;
  }

  it('draws every figure of every country and measure once, re-reports of one estimate as one', async () => {
    let repeated = 0;
    for (const country of countries) {
      for (const { measure, n_figures } of await run(engine, countryMeasures(country))) {
        const groups = await expectComparison(country, { measure });
        repeated += countOf(groups, (group) => group.n_reports > 1);
        const reports = await run(engine, compareReports({ country, filters: { measure } }));
        expect(reports.length, `${country} ${measure}`).toBe(n_figures);
      }
    }
    const keys = estimates.map((e) => `${e.country} ${estimateKey(e)}`);
    expect(repeated).toBe(
      distinct(keys).filter((key) => keys.indexOf(key) !== keys.lastIndexOf(key)).length,
    );
  });

  const filterCases: [string, FilterOptions][] = [
    ['primary reports only', { primaryOnly: true }],
    ['a year span', { yearFrom: 2017, yearTo: 2018 }],
    ['two estimator types', { estimatorTypes: ['government', 'media'] }],
    ['no estimator type listed', { estimatorTypes: [] }],
    ['permits held in a span', { measure: 'permits_held', yearFrom: 2017, yearTo: 2018 }],
    ['a span before any figure', { yearFrom: 1900, yearTo: 1901 }],
  ];

  it.each(filterCases)(
    '%s: the same rules in the busiest countries and worldwide',
    async (_, filters) => {
      for (const country of [WORLDWIDE, ...busiest.slice(0, 3)])
        await expectComparison(country, filters);
    },
  );

  it('keeps only primary reports, every one of them, when asked', async () => {
    const country = busiest[0] ?? 'RUS';
    const groups = await run(engine, compareFigures({ country, filters: { primaryOnly: true } }));
    for (const group of groups) {
      expect(group.any_primary).toBe(true);
      expect(group.reports.every((report) => report.primary)).toBe(true);
    }
  });
});

describe('mapFigures', () => {
  /** The map's rows under `filters`, worked out from the raw rows: [country, status, id, value, n_figures]. */
  function expectedMap(filters: FilterOptions) {
    const latest = (rows: Estimate[]) =>
      sqlOrder(rows, (e) => [
        ['desc', e.area_note === null],
        ['desc', e.ref_year_end],
        ['desc', e.published_year],
        e.id,
      ])[0]!;
    const hosts = distinct(estimates.map((e) => e.country)).filter((c) => c !== WORLDWIDE);
    return hosts.sort(byText).flatMap((country) => {
      const own = estimates.filter((e) => e.country === country);
      const figures = own.filter((e) => passes(e, filters, true) && hasNumber(e));
      if (figures.length > 0) {
        const e = latest(figures);
        const shade =
          e.low !== null && e.high !== null ? (e.low + e.high) / 2 : (e.point ?? e.low ?? e.high);
        return [[country, 'figure', e.id, shade, figures.length]];
      }
      const presence = own.filter((e) =>
        passes(e, { ...filters, measure: 'presence_reported' }, true),
      );
      if (presence.length === 0) return [];
      return [[country, 'presence', latest(presence).id, null, presence.length]];
    });
  }

  const cases: [string, () => FilterOptions][] = [
    ['no filter', () => ({})],
    ['primaryOnly', () => ({ primaryOnly: true })],
    ['a span up to 2016', () => ({ yearTo: 2016 })],
    ['one estimator type', () => ({ estimatorTypes: ['media'] })],
    ['countries, WLD among them', () => ({ countries: [...busiest.slice(0, 2), WORLDWIDE] })],
    ['another measure', () => ({ measure: 'permits_held' })],
  ];

  it.each(cases)(
    '%s: each country’s most recent figure, else its most recent presence report, never WLD',
    async (_, filters) => {
      const rows = await run(engine, mapFigures(filters()));
      expect(
        rows.map((row) => [row.country, row.status, row.id, row.value, row.n_figures]),
      ).toEqual(expectedMap(filters()));
    },
  );

  it('agrees with hostCountryFigures on each country’s figures with a number', async () => {
    const ranked = await run(engine, hostCountryFigures());
    for (const row of await run(engine, mapFigures())) {
      const own = ranked.filter(
        (figure) => figure.country === row.country && value(figure) !== null,
      );
      expect(own.length > 0, row.country).toBe(row.status === 'figure');
      if (row.status === 'figure') expect(row.n_figures, row.country).toBe(own.length);
    }
  });

  it('gives every country the rows it has when the others are filtered out', async () => {
    const all = await run(engine, mapFigures());
    const two = busiest.slice(0, 2);
    expect(await run(engine, mapFigures({ countries: two }))).toEqual(
      all.filter((row) => two.includes(row.country)),
    );
  });
});

describe('countryMeasures, countryList and countrySources', () => {
  it('countryList: every country with figures, worldwide first, counted, as countryMeasures counts them', async () => {
    const rows = await run(engine, countryList());
    const rest = sqlOrder(
      countries.filter((c) => c !== WORLDWIDE),
      (c) => [c],
    );
    expect(rows.map((row) => row.country)).toEqual(
      countries.includes(WORLDWIDE) ? [WORLDWIDE, ...rest] : rest,
    );
    for (const row of rows) {
      const own = estimates.filter((e) => e.country === row.country);
      expect(row, row.country).toEqual({
        country: row.country,
        n_figures: own.length,
        n_sources: distinct(own.map((e) => e.source_id)).length,
        has_number: own.some(hasNumber),
      });
      const measures = await run(engine, countryMeasures(row.country));
      expect(
        measures.reduce((sum, m) => sum + m.n_figures, 0),
        row.country,
      ).toBe(row.n_figures);
      expect(
        measures.some((m) => m.n_with_number > 0),
        row.country,
      ).toBe(row.has_number);
    }
  });

  it('countryMeasures: each measure of a country’s figures (WLD’s regional ones too), most first', async () => {
    for (const country of countries) {
      const own = estimates.filter((e) => e.country === country);
      const expected = distinct(own.map((e) => e.measure)).map((measure) => ({
        measure,
        n_figures: countOf(own, (e) => e.measure === measure),
        n_with_number: countOf(own, (e) => e.measure === measure && hasNumber(e)),
      }));
      expect(await run(engine, countryMeasures(country)), country).toEqual(
        sqlOrder(expected, (m) => [['desc', m.n_figures], m.measure]),
      );
    }
  });

  it.each([
    ['no filter', {}],
    ['primaryOnly', { primaryOnly: true }],
    ['a year span', { yearFrom: 2015, yearTo: 2020 }],
  ] as [string, FilterOptions][])(
    '%s: countrySources lists the sources of each country’s figures once, newest first',
    async (_, filters) => {
      // Every country without a filter; the busiest and worldwide with one, to keep the run short.
      const some = [WORLDWIDE, ...busiest.slice(0, 3)];
      for (const country of Object.keys(filters).length === 0 ? countries : some) {
        const own = ofCountry(country, filters);
        const expected = distinct(own.map((e) => e.source_id)).map((id) => {
          const cited = own.filter((e) => e.source_id === id);
          return {
            id,
            published_year: cited[0]!.published_year,
            primary: cited.some((e) => e.primary),
            n_figures: cited.length,
          };
        });
        const rows = await run(engine, countrySources({ country, filters }));
        expect(
          rows.map((row) => [row.id, row.published, row.primary, row.n_figures]),
          country,
        ).toEqual(
          sqlOrder(expected, (s) => [['desc', s.published_year], s.id]).map((s) => [
            s.id,
            sources.get(s.id)?.published,
            s.primary,
            s.n_figures,
          ]),
        );
        if (filters.primaryOnly) expect(rows.every((row) => row.primary)).toBe(true);
      }
    },
  );
});

describe('every query', () => {
  const queries: Record<string, () => NamedQuery<Record<string, unknown>>> = {
    worldwideOverTime: () => worldwideOverTime(),
    countryOverTime: () => countryOverTime({ country: busiest[0] ?? 'CHN' }),
    hostCountryFigures: () => hostCountryFigures(),
    events: () => events(),
    eventGroups: () => eventGroups(),
    datasetSummary: () => datasetSummary(),
    countryOverTimePublished: () =>
      countryOverTime({ country: busiest[0] ?? 'CHN', axis: 'published' }),
    compareFigures: () => compareFigures({ country: busiest[0] ?? 'CHN' }),
    compareEnvelope: () => compareEnvelope({ country: busiest[0] ?? 'CHN' }),
    compareReports: () => compareReports({ country: busiest[0] ?? 'CHN' }),
    mapFigures: () => mapFigures(),
    countryMeasures: () => countryMeasures(busiest[0] ?? 'CHN'),
    countryList: () => countryList(),
    countrySources: () => countrySources({ country: busiest[0] ?? 'CHN' }),
    bibliography: () => bibliography(),
  };

  it.each(Object.entries(queries))(
    '%s returns only plain values, never a BigInt',
    async (_, query) => {
      const rows = await run(engine, query());
      expect(rows.length).toBeGreaterThan(0);
      const leaks: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (typeof value === 'bigint') leaks.push(`${path} is a BigInt`);
        else if (Array.isArray(value))
          value.forEach((item, index) => visit(item, `${path}[${index}]`));
        else if (value !== null && typeof value === 'object') {
          if (Object.getPrototypeOf(value) !== Object.prototype)
            leaks.push(`${path} is a ${value.constructor.name}`);
          for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
        } else if (!['string', 'number', 'boolean'].includes(typeof value) && value !== null) {
          leaks.push(`${path} is a ${typeof value}`);
        }
      };
      rows.forEach((row, index) => visit(row, `row ${index}`));
      expect(leaks).toEqual([]);
    },
  );

  it.each(Object.entries(queries))('%s binds one value per placeholder', (_, query) => {
    const placeholders = [...query().sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
    expect(Math.max(0, ...placeholders)).toBe(query().params.length);
    expect(new Set(placeholders).size).toBe(query().params.length);
  });

  it('treats hostile parameters as values: no rows, and nothing changed', async () => {
    const before = await run(engine, datasetSummary());
    expect(await run(engine, countryOverTime({ country: "RUS' OR '1'='1" }))).toEqual([]);
    const injected = "workers_present'; DROP TABLE estimates; --" as Measure;
    expect(await run(engine, worldwideOverTime({ measure: injected }))).toEqual([]);
    expect(await run(engine, hostCountryFigures({ measure: injected }))).toEqual([]);
    // A comma splits the list, but only into values, never into SQL.
    expect(await run(engine, mapFigures({ countries: ["RUS','CHN') OR (1=1"] }))).toEqual([]);
    const hostileType = "government') OR TRUE --" as EstimatorType;
    expect(
      await run(
        engine,
        compareFigures({
          country: busiest[0] ?? 'RUS',
          filters: { estimatorTypes: [hostileType] },
        }),
      ),
    ).toEqual([]);
    expect(await run(engine, bibliography({ text: "'; DROP TABLE sources; --" }))).toEqual([]);
    expect(await run(engine, datasetSummary())).toEqual(before);
    expect(before[0]?.n_estimates).toBe(estimates.length);
  });
});

describe('bibliography', () => {
  it('lists every source once, newest first, each with exactly its figures and events', async () => {
    const rows = await run(engine, bibliography());
    expect(ids(rows)).toEqual(
      ids(sqlOrder([...sources.values()], (s) => [['desc', s.published], s.id])),
    );
    for (const row of rows) {
      const own = estimates.filter((e) => e.source_id === row.id);
      const years = (pick: (e: Estimate) => number | null) =>
        own.map(pick).filter((year) => year !== null);
      expect(row, row.id).toMatchObject({
        n_figures: own.length,
        countries: distinct(own.map((e) => e.country)).sort(byText),
        estimators: distinct(own.map((e) => e.estimator)).sort(byText),
        any_primary: own.some((e) => e.primary),
        first_year: years((e) => e.ref_year_start).length
          ? Math.min(...years((e) => e.ref_year_start))
          : null,
        last_year: years((e) => e.ref_year_end).length
          ? Math.max(...years((e) => e.ref_year_end))
          : null,
      });
      expect(ids(row.figures), row.id).toEqual(
        ids(sqlOrder(own, (e) => [e.country, e.ref_year_start, e.id])),
      );
      const reported = eventRows.filter((event) => event.source_id === row.id);
      expect([...row.events].sort(), row.id).toEqual(reported.map((event) => event.title).sort());
    }
  });

  /** The sources whose title, publisher or an estimator holds `text` as plain text, any case. */
  async function expectTextMatches(text: string) {
    const all = await run(engine, bibliography());
    const needle = text.toLowerCase();
    const expected = all.filter((row) =>
      [row.title, row.publisher, row.estimators.join(' | ')].some((t) =>
        t.toLowerCase().includes(needle),
      ),
    );
    expect(ids(await run(engine, bibliography({ text }))), text).toEqual(ids(expected));
  }

  it('finds sources by title, publisher or estimator as plain text, wildcards included literally', async () => {
    // Plain ASCII text, so that JS and DuckDB agree on its lower case.
    const ascii = (text: string) => /^[\x20-\x7e]{8,}$/.test(text);
    const first = [...sources.values()].find((s) => ascii(s.publisher) && ascii(s.title));
    const estimator = estimates.find((e) => ascii(e.estimator))?.estimator ?? '';
    const needles = [
      first?.publisher.slice(0, 8).toUpperCase() ?? '',
      first?.title.slice(1, 9) ?? '',
      estimator.toUpperCase(),
      '%',
      '_',
      '%_%',
      "'; DROP TABLE sources; --",
    ];
    for (const needle of needles) await expectTextMatches(needle);
    const byEstimator = await run(engine, bibliography({ text: estimator.toUpperCase() }));
    const cited = estimates.find((e) => e.estimator === estimator);
    expect(ids(byEstimator)).toContain(cited?.source_id);
  });

  it('narrows with each further term: the sources that match every one', async () => {
    const country = { countries: busiest.slice(0, 1) };
    const year = { year: 2019 };
    const both = ids(await run(engine, bibliography(country, year)));
    const inCountry = ids(await run(engine, bibliography(country)));
    const inYear = new Set(ids(await run(engine, bibliography(year))));
    expect(both).toEqual(inCountry.filter((id) => inYear.has(id)));
    expect(both.length).toBeLessThan(inCountry.length);
  });

  it('widens the match to countries and years', async () => {
    const all = await run(engine, bibliography());
    const picked = busiest.slice(-2);
    expect(ids(await run(engine, bibliography({ countries: picked })))).toEqual(
      ids(all.filter((row) => row.countries.some((c) => picked.includes(c)))),
    );
    for (const year of [2010, 2019, 2025]) {
      const expected = all.filter(
        (row) =>
          row.published?.startsWith(String(year)) ||
          (row.first_year !== null &&
            row.last_year !== null &&
            row.first_year <= year &&
            year <= row.last_year),
      );
      expect(ids(await run(engine, bibliography({ year }))), String(year)).toEqual(ids(expected));
    }
  });
});
