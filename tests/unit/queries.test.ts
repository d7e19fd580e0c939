// The named queries on the real data/: exact facts read from data/*.csv (commit bfc8b45). When the data
// changes on purpose, update the facts here; queries.fixture.test.ts tests the rules on a small fixture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDataset } from '../../src/lib/db/node';
import type { DuckEngine } from '../../src/lib/db/engine';
import type { LoadedDataset } from '../../src/lib/db/dataset';
import type { Measure } from '../../src/lib/data/rows.generated';
import {
  bibliography,
  compareEnvelope,
  compareFigures,
  compareReports,
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
  type CompareGroupRow,
  type FigureRow,
  type NamedQuery,
} from '../../src/lib/queries';

let dataset: LoadedDataset<DuckEngine>;
let engine: DuckEngine;

beforeAll(async () => {
  dataset = await openNodeDataset('data');
  engine = dataset.engine;
});

afterAll(async () => {
  await engine.close();
});

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
const isRange = (row: FigureRow) => row.low !== null && row.high !== null;
/** The value a figure sorts by: a range's low end, else its point, else its lone bound. */
const value = (row: FigureRow) => row.low ?? row.point ?? row.high;

describe('the real data', () => {
  it('loads without a problem or a dropped row', () => {
    expect(dataset.problems).toEqual([]);
    expect(dataset.dropped).toEqual([]);
  });
});

describe('worldwideOverTime', () => {
  it('returns the 40 worldwide totals with a number and a year, 14 of them ranges', async () => {
    const rows = await run(engine, worldwideOverTime());
    expect(rows).toHaveLength(40);
    expect(rows.filter(isRange)).toHaveLength(14);
    for (const row of rows) {
      expect(row).toMatchObject({ country: 'WLD', region: null, measure: 'workers_present' });
      expect(value(row)).not.toBeNull();
      expect(row.year).not.toBeNull();
    }
  });

  it('includes the 20,000–80,000 range of the LFNKR page', async () => {
    const rows = await run(engine, worldwideOverTime());
    const lfnkr = rows.find((row) => row.id === 'seed-usdos-2022-20k-80k-abroad');
    expect(lfnkr).toMatchObject({
      low: 20000,
      high: 80000,
      point: null,
      qualifier: 'range',
      year: 2022,
      source_id: 'northkoreanrefugees-2022-03-604f6e',
      title: 'North Korean Refugees in Russian Detention Center',
      title_is_descriptive: false,
      published: '2022-03',
      url: 'https://www.northkoreanrefugees.com/north-korean-refugees-in-russian-detention-center/',
    });
    expect(lfnkr?.publisher).toMatch(/LFNKR|Life Funds/);
  });

  it('leaves out the regional subtotals coded WLD', async () => {
    const rowIds = ids(await run(engine, worldwideOverTime()));
    expect(rowIds).not.toContain('gulf-ap-officials-2017-6000');
    expect(rowIds).not.toContain('me-chosun-2009-6000');
  });

  it('draws a span at its middle year and orders by year, value, id', async () => {
    const rows = await run(engine, worldwideOverTime());
    expect(rows[0]).toMatchObject({
      id: 'wld-hankyung-2000s-30k',
      ref_year_start: 2000,
      ref_year_end: 2009,
      year: 2004.5,
      point: 30000,
    });
    expect(ids(rows.slice(-3))).toEqual([
      'seed-usdos-2022-20k-80k-abroad',
      'wld-tongilnanum-postcovid-100k',
      'wld-unpoe-2024-100k',
    ]);
    const sortKeys = rows.map((row) => [row.year ?? 0, value(row) ?? 0, row.id] as const);
    const sorted = [...sortKeys].sort(
      (a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0),
    );
    expect(sortKeys).toEqual(sorted);
    // 2019: a range's low end (50,000) sorts before a point (90,000) and a lone upper bound (120,000).
    expect(rows.filter((row) => row.year === 2019).map((row) => [row.id, value(row)])).toEqual([
      ['wld-ncnk-2019-up-to-120k-primary', 50000],
      ['wld-ustip-2019-90k', 90000],
      ['wld-ncnk-2019-up-to-120k-rfa', 120000],
    ]);
  });
});

describe('countryOverTime', () => {
  it('gives the Russia figures for 2017–2019 exactly', async () => {
    const rows = await run(engine, countryOverTime({ country: 'RUS' }));
    expect(rows).toHaveLength(48);
    const from2017to2019 = rows.filter(
      (row) => row.year !== null && row.year >= 2017 && row.year <= 2019,
    );
    expect(
      from2017to2019.map((row) => [
        row.id,
        row.year,
        row.low,
        row.high,
        row.point,
        row.qualifier,
        row.publisher,
      ]),
    ).toEqual([
      ['ru-tip-2017-present', 2017, null, null, 30000, 'about', 'UAWire'],
      ['ru-kyodo-2017-35000', 2017, null, null, 35000, 'about', '시사주간 (Sisa Weekly)'],
      ['ru-govsource-2017-37000', 2017, null, null, 37000, 'about', 'SBS News'],
      ['ru-primorye-2018-governor', 2018, null, null, 10000, 'about', 'The Moscow Times'],
      ['ru-matsegora-2018-dec', 2018, null, null, 11000, 'about', 'Sputnik'],
      ['ru-primorye-2018-matsegora', 2018, null, null, 12000, 'about', 'Meduza (English)'],
      [
        'ru-tip-2020-end2019',
        2019,
        null,
        null,
        1000,
        'about',
        'ecoi.net (full text of US Department of State TIP 2020 Russia chapter)',
      ],
      ['ru-matsegora-2019-sept', 2019, null, null, 10000, 'about', 'UrduPoint (Sputnik)'],
    ]);
  });
});

describe('hostCountryFigures', () => {
  it('ranks the 38 host countries by their largest figure', async () => {
    const rows = await run(engine, hostCountryFigures());
    const countries = [...new Set(rows.map((row) => row.country))];
    expect(countries).toHaveLength(38);
    expect(countries.slice(0, 5)).toEqual(['CHN', 'RUS', 'KWT', 'MNG', 'QAT']);
    expect(rows).toHaveLength(197);
    expect(rows.some((row) => row.country === 'WLD')).toBe(false);
  });

  it('counts each country’s figures and sources', async () => {
    const rows = await run(engine, hostCountryFigures());
    const first = (country: string) => rows.find((row) => row.country === country);
    expect(first('CHN')).toMatchObject({ n_sources: 33, n_figures: 35, country_max: 120000 });
    expect(first('RUS')).toMatchObject({ n_sources: 43, n_figures: 53, country_max: 40000 });
    for (const country of new Set(rows.map((row) => row.country))) {
      const ofCountry = rows.filter((row) => row.country === country);
      expect(ofCountry[0]?.n_figures).toBe(ofCountry.length);
      expect(ofCountry[0]?.n_sources).toBe(new Set(ofCountry.map((row) => row.source_id)).size);
    }
  });

  it('keeps the figures without a year', async () => {
    const russia = (await run(engine, hostCountryFigures())).filter((row) => row.country === 'RUS');
    expect(russia.filter((row) => row.year === null)).toHaveLength(5);
  });
});

describe('events and eventGroups', () => {
  it('lists the 18 events by date with their sources', async () => {
    const rows = await run(engine, events());
    expect(rows).toHaveLength(18);
    expect(rows[0]).toMatchObject({ id: 'evt-2015-10-unsr-report-a70362', date: '2015-09-08' });
    expect(rows.map((row) => row.date)).toEqual(rows.map((row) => row.date).sort());
  });

  it('groups the two UNSCR 2397 adoption rows into one annotation naming both sources', async () => {
    const groups = await run(engine, eventGroups());
    expect(groups).toHaveLength(16);
    const adoption = groups.filter((group) => group.title === 'UNSC Resolution 2397 adopted');
    expect(adoption).toHaveLength(1);
    expect(adoption[0]).toMatchObject({
      date: '2017-12-22',
      event_ids: ['evt-2017-12-22-unscr2397-asil', 'evt-2017-12-22-unscr2397-mofa'],
    });
    expect(adoption[0]?.year).toBeCloseTo(2017 + 355.5 / 365 - 0.5, 10);
    expect(adoption[0]?.sources.map((source) => source.publisher)).toEqual([
      'Ministry of Foreign Affairs, Republic of Korea',
      'American Society of International Law (ASIL)',
    ]);
  });
});

describe('eventGroups for charts', () => {
  it('keeps only the major events: sanctions, deadline, border closure and reopening, end of UN counting', async () => {
    const groups = await run(engine, eventGroups({ majorOnly: true }));
    expect(groups.map((group) => [group.date, group.title])).toEqual([
      ['2017-09-11', 'UNSC Resolution 2375 adopted'],
      ['2017-12-22', 'UNSC Resolution 2397 adopted'],
      ['2019-12-22', 'UNSC 2397 repatriation deadline'],
      ['2020-01-22', 'DPRK closes its border with China (COVID-19)'],
      ['2023-08-26', 'DPRK lets citizens abroad return (border reopens)'],
      ['2024-03-28', 'Russia vetoes the UN Panel of Experts mandate'],
    ]);
    expect(groups.every((group) => group.major)).toBe(true);
  });
});

describe('datasetSummary', () => {
  it('counts the dataset', async () => {
    expect(await run(engine, datasetSummary())).toEqual([
      { n_estimates: 640, n_sources: 396, n_events: 18, n_countries: 72 },
    ]);
  });
});

describe('sourcesDrawn', () => {
  it('names the 35 sources of the worldwide chart, LFNKR among them', async () => {
    const sources = await run(engine, sourcesDrawn(worldwideOverTime()));
    expect(sources).toHaveLength(35);
    const drawn = new Set((await run(engine, worldwideOverTime())).map((row) => row.source_id));
    expect(new Set(sources.map((source) => source.source_id))).toEqual(drawn);
    expect(sources.map((source) => source.source_id)).toContain(
      'northkoreanrefugees-2022-03-604f6e',
    );
  });
});

describe('filters', () => {
  it('primaryOnly keeps the estimators’ own publications', async () => {
    const rows = await run(engine, hostCountryFigures({ primaryOnly: true }));
    expect(rows).toHaveLength(27);
    expect(new Set(rows.map((row) => row.country)).size).toBe(11);
    expect(rows.every((row) => row.primary)).toBe(true);
  });

  it('a year span keeps the figures whose years overlap it, and drops those without a year', async () => {
    const rows = await run(engine, hostCountryFigures({ yearFrom: 2020, yearTo: 2026 }));
    expect(rows).toHaveLength(31);
    expect(new Set(rows.map((row) => row.country)).size).toBe(10);
    for (const row of rows) {
      expect(row.ref_year_start).not.toBeNull();
      expect(row.ref_year_end).toBeGreaterThanOrEqual(2020);
    }
  });

  it('estimatorTypes keeps the listed kinds of estimator', async () => {
    const query = (estimatorTypes: FigureRow['estimator_type'][]) =>
      compareReports({ country: 'CHN', filters: { yearFrom: 2022, yearTo: 2022, estimatorTypes } });
    expect(ids(await run(engine, query(['government'])))).toEqual([
      'chn-tip2023-20-100k-seedcheck',
      'cn-tip2023-donga-kr-20-100k',
      'cn-outlawocean-2022-dandong-80000',
    ]);
    expect(await run(engine, query(['government', 'media']))).toHaveLength(7);
    expect(await run(engine, query([]))).toHaveLength(7);
    expect(await run(engine, query(['academic']))).toEqual([]);
  });

  it('countries limits the views across countries, and only them', async () => {
    const rows = await run(engine, hostCountryFigures({ countries: ['RUS', 'CHN'] }));
    expect([...new Set(rows.map((row) => row.country))]).toEqual(['CHN', 'RUS']);
    expect(rows).toHaveLength(35 + 53);
    const russia = await run(
      engine,
      countryOverTime({ country: 'RUS', filters: { countries: ['CHN'] } }),
    );
    expect(russia).toHaveLength(48);
  });
});

describe('countryOverTime on the published axis', () => {
  it('places each worldwide total at its source’s publication date and leaves out undated sources', async () => {
    const rows = await run(engine, worldwideOverTime({}, { axis: 'published' }));
    expect(rows).toHaveLength(37);
    const byId = new Map(rows.map((row) => [row.id, row]));
    // 2022-03: the middle of March.
    expect(byId.get('seed-usdos-2022-20k-80k-abroad')?.year).toBeCloseTo(2022 + 2.5 / 12 - 0.5, 10);
    // 2014-12-01: day 335 of 365; the figure describes the 2000s (described axis: 2004.5).
    expect(byId.get('wld-hankyung-2000s-30k')).toMatchObject({
      ref_year_start: 2000,
      ref_year_end: 2009,
    });
    expect(byId.get('wld-hankyung-2000s-30k')?.year).toBeCloseTo(2014 + 334.5 / 365 - 0.5, 10);
    // Published 2019 (a year only: the middle of 2019), describing no definite year.
    expect(byId.get('wld-mou-kinu-2019-peak-50-100k')).toMatchObject({
      year: 2019,
      ref_year_start: null,
      low: 50000,
      high: 100000,
    });
    for (const undated of ['wld-ncnk-2019-up-to-120k-primary', 'wld-tongilnanum-postcovid-100k']) {
      expect(byId.has(undated)).toBe(false);
    }
    const years = rows.map((row) => row.year ?? Number.NaN);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('is the same axis as the events', async () => {
    const [figure] = await run(
      engine,
      countryOverTime({
        country: 'RUS',
        axis: 'published',
        filters: { yearFrom: 2017, yearTo: 2017 },
      }),
    );
    // 2017-06: the middle of June, where an event dated 2017-06 would be drawn.
    expect(figure).toMatchObject({ id: 'ru-tip-2017-present', published: '2017-06' });
    expect(figure?.year).toBeCloseTo(2017 + 5.5 / 12 - 0.5, 10);
  });
});

/** A group as the tests read it: id, numbers, how many reports, by whom. */
const groupFacts = (group: CompareGroupRow) => [
  group.group_id,
  group.low,
  group.high,
  group.point,
  group.n_reports,
  group.reports.map((report) => report.publisher),
];

describe('compareFigures and compareEnvelope', () => {
  const russia2017to2018 = (measure: FigureRow['measure']) => ({
    country: 'RUS',
    filters: { measure, yearFrom: 2017, yearTo: 2018 },
  });

  it('sets Russia’s own figures reported to the UN 1718 Committee beside the Interior Ministry’s', async () => {
    const groups = await run(engine, compareFigures(russia2017to2018('permits_held')));
    expect(
      groups.map((group) => [group.group_id, group.point, group.ref_period, group.estimator]),
    ).toEqual([
      [
        'ru-un-2019-end2018',
        11490,
        '2018',
        'Russian Federation, midterm report to the UN Security Council 1718 Committee',
      ],
      [
        'ru-mvd-2018-sept',
        19559,
        '2018',
        'Russian Ministry of Internal Affairs (as cited by Sayari)',
      ],
      [
        'ru-un-2019-end2017',
        30023,
        '2017',
        'Russian Federation, midterm report to the UN Security Council 1718 Committee (resolution 2397, para 8)',
      ],
    ]);
    expect(groups[0]).toMatchObject({
      estimator_type: 'government',
      measure: 'permits_held',
      qualifier: 'exactly',
      n_reports: 1,
      any_primary: false,
      figure_ids: ['ru-un-2019-end2018'],
      reports: [
        {
          id: 'ru-un-2019-end2018',
          source_id: 'webjosh-2019-03-010a8e',
          publisher: 'CNN (copy on webjosh.com)',
          published: '2019-03',
          primary: false,
        },
      ],
    });
    expect(await run(engine, compareEnvelope(russia2017to2018('permits_held')))).toEqual([
      { low: 11490, high: 30023, n_groups: 3, n_figures: 3 },
    ]);
  });

  it('gives the six workers-present figures for Russia in 2017–2018, each its own estimate', async () => {
    const groups = await run(engine, compareFigures(russia2017to2018('workers_present')));
    expect(groups.map((group) => [group.group_id, group.point, group.n_reports])).toEqual([
      ['ru-primorye-2018-governor', 10000, 1],
      ['ru-matsegora-2018-dec', 11000, 1],
      ['ru-primorye-2018-matsegora', 12000, 1],
      ['ru-tip-2017-present', 30000, 1],
      ['ru-kyodo-2017-35000', 35000, 1],
      ['ru-govsource-2017-37000', 37000, 1],
    ]);
    expect(await run(engine, compareEnvelope(russia2017to2018('workers_present')))).toEqual([
      { low: 10000, high: 37000, n_groups: 6, n_figures: 6 },
    ]);
  });

  it('groups the two Dong-A editions of the TIP 2023 China range into one estimate', async () => {
    const options = { country: 'CHN', filters: { yearFrom: 2022, yearTo: 2022 } };
    const groups = await run(engine, compareFigures(options));
    expect(groups.map(groupFacts)).toEqual([
      [
        'chn-tip2023-20-100k-seedcheck',
        20000,
        100000,
        null,
        2,
        ['The Dong-A Ilbo (English)', 'Dong-A Ilbo (Korean edition)'],
      ],
      [
        'cn-dailynkjp-2022-50000-a',
        null,
        null,
        50000,
        1,
        ['livedoor News (Daily NK Japan syndication)'],
      ],
      [
        'cn-dailynkjp-2022-50000-b',
        null,
        null,
        50000,
        1,
        ['livedoor News (Daily NK Japan syndication)'],
      ],
      ['cn-dailynk-2022-dandong-80000', null, null, 80000, 1, ['Daily NK']],
      [
        'cn-outlawocean-2022-dandong-80000',
        null,
        80000,
        null,
        1,
        ['The Limited Times (newsrnd; English rendering of El País version)'],
      ],
      ['cn-dailynkjp-2022-over-100000', 100000, null, null, 1, ['Daily NK Japan']],
    ]);
    expect(groups[0]).toMatchObject({
      estimator: 'U.S. Department of State, Trafficking in Persons Report 2023 (DPRK chapter)',
      qualifier: 'range',
      any_primary: false,
      figure_ids: ['chn-tip2023-20-100k-seedcheck', 'cn-tip2023-donga-kr-20-100k'],
    });
    expect(await run(engine, compareEnvelope(options))).toEqual([
      { low: 20000, high: 100000, n_groups: 6, n_figures: 7 },
    ]);
    expect(await run(engine, compareReports(options))).toHaveLength(7);
  });

  it('keeps only the primary reports when asked', async () => {
    const groups = await run(
      engine,
      compareFigures({
        country: 'CHN',
        filters: { yearFrom: 2022, yearTo: 2022, primaryOnly: true },
      }),
    );
    expect(groups.map((group) => [group.group_id, group.any_primary])).toEqual([
      ['cn-dailynk-2022-dandong-80000', true],
      ['cn-dailynkjp-2022-over-100000', true],
    ]);
  });

  it('finds every estimate reported by more than one publication in the whole dataset', async () => {
    const repeated: string[] = [];
    for (const { country } of await run(engine, countryList())) {
      for (const { measure } of await run(engine, countryMeasures(country))) {
        const groups = await run(engine, compareFigures({ country, filters: { measure } }));
        for (const group of groups) if (group.n_reports > 1) repeated.push(group.group_id);
      }
    }
    expect(repeated.sort()).toEqual([
      'chn-tip2023-20-100k-seedcheck',
      'cn-yomiuri-2025-dandong-500',
      'cn-yomiuri-2025-hunchun-3000',
      'ru-msmt-2025-40000-planned',
    ]);
  });

  it('names the sources drawn', async () => {
    const sources = await run(
      engine,
      sourcesDrawn(compareReports(russia2017to2018('permits_held'))),
    );
    expect(sources.map((source) => source.source_id)).toEqual([
      'webjosh-2019-03-010a8e',
      'sayari-2018-12-17-f304b6',
    ]);
  });
});

describe('mapFigures', () => {
  it('shades 38 countries by their most recent figure and marks 25 where workers are reported without one', async () => {
    const rows = await run(engine, mapFigures());
    expect(rows.filter((row) => row.status === 'figure')).toHaveLength(38);
    expect(rows.filter((row) => row.status === 'presence')).toHaveLength(25);
    expect(rows.some((row) => row.country === 'WLD')).toBe(false);
    const countries = rows.map((row) => row.country);
    expect(countries).toEqual([...new Set(countries)].sort());
  });

  it('gives Russia’s and China’s most recent figures', async () => {
    const rows = await run(engine, mapFigures());
    const facts = (country: string) => {
      const row = rows.find((candidate) => candidate.country === country);
      return row && [row.status, row.id, row.low, row.high, row.point, row.value, row.n_figures];
    };
    // Three 2025 figures of 15,000; Lankov's (published 2025, the middle of the year on the axis) is
    // the latest published.
    expect(facts('RUS')).toEqual(['figure', 'ru-lankov-2025', null, null, 15000, 15000, 53]);
    // The 2025 figures are for Dandong alone (they carry an area note): the latest figure for the whole
    // country wins, "more than 100,000" in 2024.
    expect(facts('CHN')).toEqual([
      'figure',
      'cn-usstate-via-outlawocean-2024-over-100000',
      100000,
      null,
      null,
      100000,
      35,
    ]);
    expect(rows.find((row) => row.country === 'KWT')).toMatchObject({
      id: 'kw-rfa-2018-500-700',
      low: 500,
      high: 700,
      value: 600,
      publisher: expect.stringMatching(/Radio Free Asia|RFA/),
    });
  });

  it('marks Bangladesh as reported present, from the 2018 US advisory', async () => {
    const rows = await run(engine, mapFigures());
    expect(rows.find((row) => row.country === 'BGD')).toMatchObject({
      status: 'presence',
      id: 'list-usadv2018-bgd',
      measure: 'presence_reported',
      value: null,
      point: null,
      ref_year_end: 2018,
      published: '2018-07-24',
      source_id: 'dailian-2018-07-24-8e9600',
      estimator_type: 'government',
      n_figures: 2,
    });
  });

  it('honours the filters for both kinds of row', async () => {
    const primary = await run(engine, mapFigures({ primaryOnly: true }));
    expect(primary).toHaveLength(11);
    expect(primary.every((row) => row.status === 'figure' && row.primary)).toBe(true);
    const two = await run(engine, mapFigures({ countries: ['BGD', 'RUS', 'WLD'] }));
    expect(two.map((row) => [row.country, row.status])).toEqual([
      ['BGD', 'presence'],
      ['RUS', 'figure'],
    ]);
  });
});

describe('countryMeasures, countryList and countrySources', () => {
  it('lists Russia’s measures by number of figures', async () => {
    expect(await run(engine, countryMeasures('RUS'))).toEqual([
      { measure: 'workers_present', n_figures: 54, n_with_number: 53 },
      { measure: 'arrivals_in_year', n_figures: 17, n_with_number: 17 },
      { measure: 'planned_dispatch', n_figures: 14, n_with_number: 14 },
      { measure: 'visas_issued', n_figures: 8, n_with_number: 8 },
      { measure: 'authorised_quota', n_figures: 7, n_with_number: 7 },
      { measure: 'other', n_figures: 5, n_with_number: 5 },
      { measure: 'permits_held', n_figures: 5, n_with_number: 5 },
      { measure: 'presence_reported', n_figures: 5, n_with_number: 0 },
      { measure: 'work_permits_issued', n_figures: 5, n_with_number: 5 },
      { measure: 'nationals_present', n_figures: 3, n_with_number: 3 },
      { measure: 'departures_or_repatriations', n_figures: 2, n_with_number: 2 },
      { measure: 'revenue_other', n_figures: 1, n_with_number: 1 },
      { measure: 'revenue_usd_per_year', n_figures: 1, n_with_number: 1 },
    ]);
  });

  it('lists every country with figures, worldwide first', async () => {
    const rows = await run(engine, countryList());
    expect(rows).toHaveLength(73);
    expect(rows[0]).toEqual({ country: 'WLD', n_figures: 105, n_sources: 71, has_number: true });
    expect(rows.find((row) => row.country === 'SAU')).toEqual({
      country: 'SAU',
      n_figures: 1,
      n_sources: 1,
      has_number: false,
    });
    // Countries where no figure of any measure has a number.
    expect(rows.filter((row) => !row.has_number)).toHaveLength(16);
    const codes = rows.slice(1).map((row) => row.country);
    expect(codes).toEqual([...codes].sort());
  });

  it('lists the sources of a country’s figures, newest first', async () => {
    expect(await run(engine, countrySources({ country: 'RUS' }))).toHaveLength(43);
    const primary = await run(
      engine,
      countrySources({ country: 'RUS', filters: { primaryOnly: true } }),
    );
    expect(primary.map((source) => [source.id, source.published, source.n_figures])).toEqual([
      ['sejong-2025-b28878', '2025', 2],
      ['northkoreanrefugees-2022-03-604f6e', '2022-03', 1],
      ['chosun-2016-07-11-d4e922', '2016-07-11', 1],
      ['bbc-2009-08-26-9087ff', '2009-08-26', 1],
      ['dailynk-undated-c007d2', null, 1],
    ]);
    expect(primary.every((source) => source.primary)).toBe(true);
  });
});

describe('every query', () => {
  const queries: Record<string, NamedQuery<Record<string, unknown>>> = {
    worldwideOverTime: worldwideOverTime(),
    countryOverTime: countryOverTime({ country: 'CHN' }),
    hostCountryFigures: hostCountryFigures(),
    events: events(),
    eventGroups: eventGroups(),
    datasetSummary: datasetSummary(),
    sourcesDrawn: sourcesDrawn(hostCountryFigures()),
    countryOverTimePublished: countryOverTime({ country: 'RUS', axis: 'published' }),
    compareFigures: compareFigures({ country: 'CHN' }),
    compareEnvelope: compareEnvelope({ country: 'CHN' }),
    compareReports: compareReports({ country: 'CHN' }),
    mapFigures: mapFigures(),
    countryMeasures: countryMeasures('CHN'),
    countryList: countryList(),
    countrySources: countrySources({ country: 'CHN' }),
  };

  it.each(Object.entries(queries))(
    '%s returns only plain values, never a BigInt',
    async (_, query) => {
      const rows = await run(engine, query);
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
    const placeholders = [...query.sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
    expect(Math.max(0, ...placeholders)).toBe(query.params.length);
    expect(new Set(placeholders).size).toBe(query.params.length);
  });

  it('treats hostile parameters as values', async () => {
    expect(await run(engine, countryOverTime({ country: "RUS' OR '1'='1" }))).toEqual([]);
    const injected = "workers_present'; DROP TABLE estimates; --" as Measure;
    expect(await run(engine, worldwideOverTime({ measure: injected }))).toEqual([]);
    expect(await run(engine, hostCountryFigures({ measure: injected }))).toEqual([]);
    const hostileList = ["RUS','CHN') OR (1=1", 'RUS,CHN']; // a comma splits, but only into values
    expect(await run(engine, mapFigures({ countries: hostileList.slice(0, 1) }))).toEqual([]);
    const hostileType = "government') OR TRUE --" as FigureRow['estimator_type'];
    expect(
      await run(
        engine,
        compareFigures({ country: 'RUS', filters: { estimatorTypes: [hostileType] } }),
      ),
    ).toEqual([]);
    expect((await run(engine, datasetSummary()))[0]?.n_estimates).toBe(640);
  });
});

describe('bibliography', () => {
  it('lists every source, newest first, each with its figures', async () => {
    const rows = await run(engine, bibliography());
    expect(rows).toHaveLength(396);
    const lfnkr = rows.find((row) => row.id === 'northkoreanrefugees-2022-03-604f6e');
    expect(lfnkr?.figures.map((figure) => figure.id).sort()).toEqual([
      'seed-lfnkr-2022-tens-of-thousands-russia',
      'seed-rfa-2022-20k-russia',
      'seed-usdos-2022-20k-80k-abroad',
    ]);
    expect(lfnkr).toMatchObject({ n_figures: 3, countries: ['RUS', 'WLD'], any_primary: true });
    const published = rows.map((row) => row.published).filter((date) => date !== null);
    expect(published).toEqual([...published].sort().reverse());
  });

  it('finds sources by title, publisher or estimator as plain text, wildcards included literally', async () => {
    const byPublisher = await run(engine, bibliography({ text: 'life funds' }));
    expect(byPublisher.map((row) => row.id)).toContain('northkoreanrefugees-2022-03-604f6e');
    const byEstimator = await run(engine, bibliography({ text: 'SEJONG' }));
    expect(byEstimator.length).toBeGreaterThan(0);
    expect(
      byEstimator.every((row) =>
        [row.title, row.publisher, ...row.estimators].some((text) => /sejong/i.test(text)),
      ),
    ).toBe(true);
    const percent = await run(engine, bibliography({ text: '%' }));
    expect(percent.length).toBeLessThan(20);
    expect(
      percent.every((row) =>
        [row.title, row.publisher, ...row.estimators].some((t) => t.includes('%')),
      ),
    ).toBe(true);
    expect(await run(engine, bibliography({ text: "'; DROP TABLE sources; --" }))).toEqual([]);
  });

  it('widens the match to countries and years', async () => {
    const mali = await run(engine, bibliography({ countries: ['MLT'] }));
    expect(mali.length).toBeGreaterThan(0);
    expect(mali.every((row) => row.countries.includes('MLT'))).toBe(true);
    const y2019 = await run(engine, bibliography({ year: 2019 }));
    expect(
      y2019.every(
        (row) =>
          row.published?.startsWith('2019') ||
          (row.first_year !== null && row.first_year <= 2019 && (row.last_year ?? 0) >= 2019),
      ),
    ).toBe(true);
    expect(y2019.length).toBeGreaterThan(10);
  });
});
