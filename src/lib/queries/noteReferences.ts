import { namedQuery, type NamedQuery } from './named-query';
import { Params } from './filters';
import type { FigureRow } from './rows';

/** A figure another figure's note refers to by its id: enough to name it and link to it. */
export type NoteReference = Pick<
  FigureRow,
  | 'id'
  | 'country'
  | 'measure'
  | 'low'
  | 'high'
  | 'point'
  | 'qualifier'
  | 'ref_period'
  | 'ref_year_start'
  | 'ref_year_end'
  | 'estimator'
>;

/** One figure with a note, and every figure whose id its note contains. */
export type NoteReferencesRow = { id: string; references: NoteReference[] };

/**
 * For each of `figureIds` that has a note: the figures whose ids appear in it (as text; noteParts
 * decides which of them stand as words), ordered by id.
 */
export function noteReferences(figureIds: readonly string[]): NamedQuery<NoteReferencesRow> {
  const p = new Params();
  const sql = `
    SELECT
      e.id,
      list({
        'id': r.id,
        'country': r.country,
        'measure': r.measure,
        'low': r.low,
        'high': r.high,
        'point': r.point,
        'qualifier': r.qualifier,
        'ref_period': r.ref_period,
        'ref_year_start': r.ref_year_start,
        'ref_year_end': r.ref_year_end,
        'estimator': r.estimator
      } ORDER BY r.id) FILTER (WHERE r.id IS NOT NULL) AS "references"
    FROM estimates AS e
    LEFT JOIN estimates AS r ON r.id <> e.id AND contains(e.note, r.id)
    WHERE list_contains(string_split(${p.bindList(figureIds)}, ','), e.id)
      AND e.note IS NOT NULL
    GROUP BY e.id
    ORDER BY e.id`;
  return namedQuery('noteReferences', sql, p.values);
}
