import { namedQuery, type NamedQuery } from './named-query';
import { Params, filterConditions } from './filters';
import type { CountryOptions } from './figures';
import type { BibliographyRow, CountrySourceRow, DrawnSourceRow } from './rows';

/**
 * The distinct sources of a chart's rows, for its source line: ordered by publisher, publication date
 * (undated last), id. A projection of the rows drawn, not a second query: every figure row carries its
 * source's columns, so the line names exactly the sources drawn, at no cost to a filter change.
 */
export function sourcesDrawn(
  rows: readonly (DrawnSourceRow & Record<string, unknown>)[],
): DrawnSourceRow[] {
  const bySource = new Map<string, DrawnSourceRow>();
  for (const { source_id, title, title_is_descriptive, publisher, url, published } of rows) {
    if (!bySource.has(source_id)) {
      bySource.set(source_id, {
        source_id,
        title,
        title_is_descriptive,
        publisher,
        url,
        published,
      });
    }
  }
  return [...bySource.values()].sort(
    (a, b) =>
      compareText(a.publisher, b.publisher) ||
      compareNullsLast(a.published, b.published) ||
      compareText(a.source_id, b.source_id),
  );
}

/** Code-unit order, as DuckDB orders VARCHAR (bytes of UTF-8) for every character below U+D800. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/**
 * The publications of one country's figures (WLD's regional subtotals included, as its chart draws them)
 * that pass the filters, with or without a number: newest first (undated last), then id. `primary` is
 * true when any of those figures is the publication's own estimate.
 */
export function countrySources({
  country,
  filters = {},
}: CountryOptions): NamedQuery<CountrySourceRow> {
  const p = new Params();
  const sql = `
    SELECT
      source_id AS id, title, title_is_descriptive, publisher, url, published,
      bool_or("primary") AS "primary",
      count(*)::INTEGER AS n_figures
    FROM estimate_facts
    WHERE ${filterConditions(filters, p, { acrossCountries: false })}
      AND country = ${p.bind(country)}
    GROUP BY source_id, title, title_is_descriptive, publisher, url, published, published_year
    ORDER BY published_year DESC NULLS LAST, source_id`;
  return namedQuery('countrySources', sql, p.values);
}

/**
 * One word of a search: `text` matches the title, publisher or an estimator (case-insensitive, as
 * plain text: no wildcards); `countries` (codes the word names, worked out by the caller from country
 * names) and `year` (a publication year, or a year a figure describes) widen what the word matches.
 */
export interface SearchTerm {
  text?: string;
  countries?: readonly string[];
  year?: number | null;
}

/**
 * The bibliography: every publication with its figures and the events it reports, newest first. Each
 * term narrows the list (a source must match every term); no term, or only empty ones: every source.
 */
export function bibliography(...terms: SearchTerm[]): NamedQuery<BibliographyRow> {
  const p = new Params();
  const conditions = terms.map(({ text = '', countries = [], year = null }) => {
    const needle = p.bind(text.toLowerCase());
    const codes = p.bindList(countries);
    const yearParam = p.bind(year);
    return `((${needle} = '' AND ${codes} = '' AND ${yearParam} IS NULL)
      OR (${needle} <> '' AND (
        contains(lower(title), ${needle})
        OR contains(lower(publisher), ${needle})
        OR contains(lower(array_to_string(estimators, ' | ')), ${needle})))
      OR (${codes} <> '' AND list_has_any(countries, string_split(${codes}, ',')))
      OR (${yearParam} IS NOT NULL AND (
        starts_with(published, CAST(CAST(${yearParam} AS INTEGER) AS VARCHAR))
        OR ${yearParam} BETWEEN first_year AND last_year)))`;
  });
  return namedQuery(
    'bibliography',
    `
    WITH figures AS (
      SELECT
        source_id,
        count(*)::INTEGER AS n_figures,
        list(DISTINCT country ORDER BY country) AS countries,
        list(DISTINCT estimator ORDER BY estimator) AS estimators,
        bool_or("primary") AS any_primary,
        min(ref_year_start) AS first_year,
        max(ref_year_end) AS last_year,
        list({
          'id': id, 'country': country, 'measure': measure, 'low': low, 'high': high, 'point': point,
          'qualifier': qualifier, 'ref_period': ref_period, 'ref_year_start': ref_year_start,
          'ref_year_end': ref_year_end, 'estimator': estimator, 'primary': "primary"
        } ORDER BY country, ref_year_start NULLS LAST, id) AS figures
      FROM estimates
      GROUP BY source_id
    ),
    reported_events AS (
      SELECT source_id, list(title ORDER BY date) AS events
      FROM events
      GROUP BY source_id
    ),
    catalogue AS (
      SELECT
        s.id, s.title, s.title_is_descriptive, s.publisher, s.url, s.published,
        coalesce(f.n_figures, 0) AS n_figures,
        coalesce(f.countries, []) AS countries,
        coalesce(f.estimators, []) AS estimators,
        coalesce(f.any_primary, false) AS any_primary,
        f.first_year, f.last_year,
        coalesce(f.figures, []) AS figures,
        coalesce(ev.events, []) AS events
      FROM sources AS s
      LEFT JOIN figures AS f ON f.source_id = s.id
      LEFT JOIN reported_events AS ev ON ev.source_id = s.id
    )
    SELECT *
    FROM catalogue
    WHERE ${conditions.length > 0 ? conditions.join('\n      AND ') : 'true'}
    ORDER BY published DESC NULLS LAST, id`,
    p.values,
  );
}
