import type en from '../i18n/en/sql';

/** An example query the SQL console offers one click away. */
export interface SqlExample {
  /** Stable key, for tests and the buttons' keys. */
  id: string;
  /** The question it answers, as the button says it: sqlText().exampleTitles[titleKey]. */
  titleKey: keyof (typeof en)['exampleTitles'];
  sql: string;
  /** The columns its answer has, in order (tests/unit/sqlExamples.test.ts runs it on data/). */
  columns: readonly string[];
}

/** The console's examples, in the order they are offered. */
export const sqlExamples: readonly SqlExample[] = [
  {
    id: 'reconciliation',
    titleKey: 'reconciliation',
    sql: `-- Workers present, year by year: each country's latest figure (from the most
-- recently published source), summed over the countries, beside the range of
-- the worldwide totals for that year. Figures for a span of years, or with no
-- number, are left out; an "up to" figure counts 0 at the low end, a "more
-- than" figure its floor at the high end.
WITH latest AS (
  SELECT e.country, e.ref_year_start AS year,
    coalesce(e.low, e.point, 0) AS low, coalesce(e.high, e.point, e.low) AS high
  FROM estimates AS e JOIN sources AS s ON s.id = e.source_id
  WHERE e.measure = 'workers_present' AND e.country <> 'WLD'
    AND e.ref_year_start = e.ref_year_end AND coalesce(e.low, e.high, e.point) IS NOT NULL
  QUALIFY row_number() OVER (
    PARTITION BY e.country, e.ref_year_start ORDER BY s.published DESC NULLS LAST, e.id
  ) = 1
), countries AS (
  SELECT year, count(*) AS countries,
    sum(low)::BIGINT AS countries_low, sum(high)::BIGINT AS countries_high
  FROM latest GROUP BY year
), worldwide AS (
  SELECT ref_year_start AS year, count(*) AS worldwide_figures,
    min(coalesce(low, point, high)) AS worldwide_lowest,
    max(coalesce(high, point, low)) AS worldwide_highest
  FROM estimates
  WHERE measure = 'workers_present' AND country = 'WLD' AND region IS NULL
    AND ref_year_start = ref_year_end AND coalesce(low, high, point) IS NOT NULL
  GROUP BY year
)
SELECT year, countries, countries_low, countries_high,
  worldwide_figures, worldwide_lowest, worldwide_highest
FROM countries FULL JOIN worldwide USING (year)
ORDER BY year`,
    columns: [
      'year',
      'countries',
      'countries_low',
      'countries_high',
      'worldwide_figures',
      'worldwide_lowest',
      'worldwide_highest',
    ],
  },
  {
    id: 're-reports',
    titleKey: 'reReports',
    sql: `-- One number for one country, measure and period, read in more than one
-- publication: each publication on its own row. "primary" says whether it is
-- the estimator's own document; "estimator", whose figure it says it is.
SELECT e.country, e.measure, e.ref_period, e.low, e.high, e.point,
  count(DISTINCT e.source_id) OVER figure AS publications,
  e.estimator, e."primary", s.publisher, s.published, e.id, e.source_id
FROM estimates AS e JOIN sources AS s ON s.id = e.source_id
WHERE coalesce(e.low, e.high, e.point) IS NOT NULL
WINDOW figure AS (
  PARTITION BY e.country, e.measure, e.ref_period, e.low, e.high, e.point
)
QUALIFY publications > 1
ORDER BY publications DESC, e.country, e.measure, e.ref_period, e.low, e.high, e.point,
  s.published NULLS LAST, e.id`,
    columns: [
      'country',
      'measure',
      'ref_period',
      'low',
      'high',
      'point',
      'publications',
      'estimator',
      'primary',
      'publisher',
      'published',
      'id',
      'source_id',
    ],
  },
  {
    id: 'by-estimator',
    titleKey: 'byEstimator',
    sql: `-- Every worldwide total of workers present, by estimator and the years it
-- describes; "primary" says whether the publication is the estimator's own.
SELECT e.estimator, e.estimator_type, e.ref_year_start, e.ref_year_end,
  e.low, e.high, e.point, e.qualifier, e."primary", s.published, e.id, e.source_id
FROM estimates AS e JOIN sources AS s ON s.id = e.source_id
WHERE e.measure = 'workers_present' AND e.country = 'WLD' AND e.region IS NULL
ORDER BY e.estimator, e.ref_year_start NULLS LAST, s.published, e.id`,
    columns: [
      'estimator',
      'estimator_type',
      'ref_year_start',
      'ref_year_end',
      'low',
      'high',
      'point',
      'qualifier',
      'primary',
      'published',
      'id',
      'source_id',
    ],
  },
  {
    id: 'latest-by-country',
    titleKey: 'latestByCountry',
    sql: `-- Workers present: each country's figure from the most recently published source.
SELECT e.country, e.low, e.high, e.point, e.qualifier, e.ref_period, e.estimator,
  s.published, e.id, e.source_id
FROM estimates AS e JOIN sources AS s ON s.id = e.source_id
WHERE e.measure = 'workers_present' AND e.country <> 'WLD'
  AND coalesce(e.low, e.high, e.point) IS NOT NULL
QUALIFY row_number() OVER (
  PARTITION BY e.country ORDER BY s.published DESC NULLS LAST, e.id
) = 1
ORDER BY coalesce(e.high, e.point, e.low) DESC, e.country`,
    columns: [
      'country',
      'low',
      'high',
      'point',
      'qualifier',
      'ref_period',
      'estimator',
      'published',
      'id',
      'source_id',
    ],
  },
];
