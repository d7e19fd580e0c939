import { namedQuery, type NamedQuery } from './named-query';
import { Params, filterConditions } from './filters';
import { figureColumns, figureValue, type CountryOptions } from './figures';
import type { CompareEnvelopeRow, CompareGroupRow, FigureRow } from './rows';

/**
 * The figures a comparison draws: every filtered figure of the country (or WLD), those without a number
 * and those for part of the country (an area note, a WLD region) included; the chart marks them apart.
 */
function comparedFigures(p: Params, { country, filters = {} }: CountryOptions): string {
  return `
      SELECT *
      FROM estimate_facts
      WHERE ${filterConditions(filters, p, { acrossCountries: false })}
        AND country = ${p.bind(country)}`;
}

/**
 * The compared figures grouped into estimates. Figures with the same estimator and the same numbers for
 * the same years, all for the whole country or all for a part of it, are one estimate re-reported, not
 * independent confirmation: each report words its area note, so the note's text does not split a group
 * (the group shows its first). Grouping is on the exact text of the estimator: two spellings of one
 * estimator stay two groups (a data fix, not a guess here).
 */
function estimateGroups(p: Params, options: CountryOptions): string {
  const reportOrder = `"primary" DESC, published_year NULLS LAST, id`;
  return `
    WITH compared AS (${comparedFigures(p, options)}
    )
    SELECT
      min(id) AS group_id,
      country,
      estimator, estimator_type, measure, low, high, point, qualifier, region,
      first(area_note ORDER BY id) AS area_note,
      first(ref_period ORDER BY id) AS ref_period,
      ref_year_start, ref_year_end,
      count(*)::INTEGER AS n_reports,
      bool_or("primary") AS any_primary,
      list(id ORDER BY ${reportOrder}) AS figure_ids,
      list({
        'id': id,
        'source_id': source_id,
        'title': title,
        'title_is_descriptive': title_is_descriptive,
        'publisher': publisher,
        'url': url,
        'published': published,
        'primary': "primary",
        'note': note
      } ORDER BY ${reportOrder}) AS reports
    FROM compared
    GROUP BY
      country, estimator, estimator_type, measure, low, high, point, qualifier, region,
      area_note IS NULL, ref_year_start, ref_year_end`;
}

/**
 * The figures compareFigures draws, one row per figure (not per estimate), ordered by value then id: for
 * the source line (`sourcesDrawn(compareReports(…))`) and the table alternative.
 */
export function compareReports(options: CountryOptions): NamedQuery<FigureRow> {
  const p = new Params();
  const sql = `
    SELECT ${figureColumns}
    FROM (${comparedFigures(p, options)}
    )
    ORDER BY ${figureValue} NULLS LAST, id`;
  return namedQuery('compareReports', sql, p.values);
}

/**
 * For one country (or WLD's totals) and the filters: one row per estimate, with every publication that
 * reported it (primary first, then by publication date); ordered by value, then group_id.
 */
export function compareFigures(options: CountryOptions): NamedQuery<CompareGroupRow> {
  const p = new Params();
  const sql = `
    SELECT *
    FROM (${estimateGroups(p, options)}
    )
    ORDER BY ${figureValue} NULLS LAST, group_id`;
  return namedQuery('compareFigures', sql, p.values);
}

/**
 * The envelope behind compareFigures: from the lowest number (low, point or high) to the highest, with the
 * number of estimates and of figures drawn. One row, with null bounds when nothing is drawn.
 */
export function compareEnvelope(options: CountryOptions): NamedQuery<CompareEnvelopeRow> {
  const p = new Params();
  const sql = `
    SELECT
      min(least(low, point, high)) AS low,
      max(greatest(low, point, high)) AS high,
      count(*)::INTEGER AS n_groups,
      coalesce(sum(n_reports), 0)::INTEGER AS n_figures
    FROM (${estimateGroups(p, options)}
    )`;
  return namedQuery('compareEnvelope', sql, p.values);
}
