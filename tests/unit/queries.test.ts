// The named queries on the real data/: exact facts read from data/*.csv (commit bfc8b45). When the data
// changes on purpose, update the facts here; queries.fixture.test.ts tests the rules on a small fixture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDataset } from '../../src/lib/db/node';
import type { DuckEngine } from '../../src/lib/db/engine';
import type { LoadedDataset } from '../../src/lib/db/dataset';
import type { Measure } from '../../src/lib/data/rows.generated';
import {
  countryOverTime,
  datasetSummary,
  eventGroups,
  events,
  hostCountryFigures,
  run,
  sourcesDrawn,
  worldwideOverTime,
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

describe('every query', () => {
  const queries: Record<string, NamedQuery<Record<string, unknown>>> = {
    worldwideOverTime: worldwideOverTime(),
    countryOverTime: countryOverTime({ country: 'CHN' }),
    hostCountryFigures: hostCountryFigures(),
    events: events(),
    eventGroups: eventGroups(),
    datasetSummary: datasetSummary(),
    sourcesDrawn: sourcesDrawn(hostCountryFigures()),
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

  it('treats hostile parameters as values', async () => {
    expect(await run(engine, countryOverTime({ country: "RUS' OR '1'='1" }))).toEqual([]);
    const injected = "workers_present'; DROP TABLE estimates; --" as Measure;
    expect(await run(engine, worldwideOverTime({ measure: injected }))).toEqual([]);
    expect(await run(engine, hostCountryFigures({ measure: injected }))).toEqual([]);
    expect((await run(engine, datasetSummary()))[0]?.n_estimates).toBe(640);
  });
});
