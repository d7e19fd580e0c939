import { namedQuery, type NamedQuery } from './named-query';
import { DEFAULT_MEASURE, WORLDWIDE, Params, filterConditions, type Filters } from './filters';
import { fields, resource } from '../data/schema';
import { figureSourceColumns, type FigureRow, type HostCountryFigureRow } from './rows';

export { DEFAULT_MEASURE, WORLDWIDE };

/** The year a chart over time places a figure on: the years it describes, or its publication date. */
export type YearAxis = 'described' | 'published';

/** Filters for the queries across countries; any field left out takes its default. */
export type FilterOptions = Partial<Filters>;

/**
 * One country's figures (or WLD's totals) under the filters; `filters.countries` does not apply. Filter
 * fields beside `country` are refused by type, so `{ country, ...filters }` cannot be dropped silently.
 */
export type CountryOptions = {
  readonly country: string;
  readonly filters?: FilterOptions;
} & { readonly [K in keyof Filters]?: never };

export interface AxisOption {
  /** 'described' (the default): the years the figure describes; 'published': its source's date. */
  readonly axis?: YearAxis;
}

/**
 * The columns of every figure row (FigureRow), read from the estimate_facts table: every column of
 * estimates as the schema lists them (as EstimateRow does), the source's, and `year`. Built from the
 * schema, so a new column reaches the rows and their type together.
 */
export const figureColumns = [
  ...fields(resource('estimates')).map((column) => column.name),
  ...figureSourceColumns,
  'year',
]
  .map((name) => `"${name.replaceAll('"', '""')}"`)
  .join(', ');

/** The figure's own value for ordering: a range by its low end, a lone bound by itself. */
export const figureValue = 'coalesce(low, point, high)';

/**
 * Every figure of one country (or WLD) under the filters, for a chart over time: those without a number
 * (qualitative: "tens of thousands") and those without a year included, for the chart to draw apart.
 * WLD's regional subtotals (rows with a region) are included: the chart draws them as partial figures.
 * Ordered by year (none last), then value (none last), then id. With `axis: 'published'`, `year` is the
 * source's publication date on the same axis (tick N is the middle of year N; NULL for an undated
 * source); the year span filter still applies to the years the figures describe.
 */
export function countryOverTime(options: CountryOptions & AxisOption): NamedQuery<FigureRow> {
  return overTime('countryOverTime', options);
}

/** Every worldwide figure: countryOverTime for WLD. */
export function worldwideOverTime(
  filters: FilterOptions = {},
  { axis }: AxisOption = {},
): NamedQuery<FigureRow> {
  return overTime('worldwideOverTime', { country: WORLDWIDE, axis, filters });
}

function overTime(
  name: string,
  { country, axis = 'described', filters = {} }: CountryOptions & AxisOption,
): NamedQuery<FigureRow> {
  const p = new Params();
  const sql = `
    WITH on_axis AS (
      SELECT * REPLACE (CASE ${p.bind(axis)} WHEN 'published' THEN published_year ELSE year END AS year)
      FROM estimate_facts
      WHERE ${filterConditions(filters, p, { acrossCountries: false })}
        AND country = ${p.bind(country)}
    )
    SELECT ${figureColumns}
    FROM on_axis
    ORDER BY year NULLS LAST, ${figureValue} NULLS LAST, id`;
  return namedQuery(name, sql, p.values);
}

/**
 * Every host country's figures, of any year or none, with a number or none, with per-country counts and
 * the country's largest number; ordered by that (largest country first, countries without any number
 * last), then country, value (none last), year, id.
 */
export function hostCountryFigures(filters: FilterOptions = {}): NamedQuery<HostCountryFigureRow> {
  const p = new Params();
  const sql = `
    WITH drawn AS (
      SELECT ${figureColumns}, greatest(low, high, point) AS figure_max
      FROM estimate_facts
      WHERE ${filterConditions(filters, p, { acrossCountries: true })}
        AND country <> ${p.bind(WORLDWIDE)}
    ),
    by_country AS (
      SELECT
        country,
        count(DISTINCT source_id)::INTEGER AS n_sources,
        count(*)::INTEGER AS n_figures,
        max(figure_max) AS country_max
      FROM drawn
      GROUP BY country
    )
    SELECT drawn.* EXCLUDE (figure_max), n_sources, n_figures, country_max
    FROM drawn
    JOIN by_country USING (country)
    ORDER BY country_max DESC NULLS LAST, country, ${figureValue} NULLS LAST, year NULLS LAST, id`;
  return namedQuery('hostCountryFigures', sql, p.values);
}
