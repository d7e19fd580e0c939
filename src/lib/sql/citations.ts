import type { ResultColumn, SqlValue, TypedRows } from '../db/engine';
import type { DrawnSourceRow, FigureRow } from '../queries';
import type { ConsoleAnswer } from './types';

/** What an answer's rows can cite: the values of its `id` and `source_id` columns, when it has them. */
export interface CitedIds {
  /** Values of a text `id` column: figure ids (estimates.id), or source ids for an answer over sources. */
  ids: string[];
  /** Values of a text `source_id` column, and `id` values, which may be source ids. */
  sourceIds: string[];
}

/** The text columns named `id` and `source_id`, if the answer has them. */
function citingColumns(answer: Pick<ConsoleAnswer, 'columns'>) {
  const text = (name: string) =>
    answer.columns.some((column) => column.name === name && column.kind === 'string');
  return { id: text('id'), sourceId: text('source_id') };
}

/** The ids an answer cites, distinct and sorted; empty lists when it has neither column. */
export function citedIds(answer: Pick<ConsoleAnswer, 'columns' | 'rows'>): CitedIds {
  const { id, sourceId } = citingColumns(answer);
  const ids = new Set<string>();
  const sourceIds = new Set<string>();
  for (const row of answer.rows) {
    if (id && typeof row.id === 'string') ids.add(row.id);
    if (sourceId && typeof row.source_id === 'string') sourceIds.add(row.source_id);
  }
  return { ids: [...ids].sort(), sourceIds: [...new Set([...sourceIds, ...ids])].sort() };
}

/** One answer row's citation: the figure its `id` names and the source it comes from, when known. */
export interface RowCitation {
  figure: FigureRow | null;
  source: DrawnSourceRow | null;
}

/**
 * Each row's figure and source. A row's source is its `source_id`'s; lacking one, its figure's;
 * lacking a figure, the source its `id` names (an answer over sources). Rows citing nothing get nulls.
 */
export function citeRows(
  answer: Pick<ConsoleAnswer, 'columns' | 'rows'>,
  figures: readonly FigureRow[],
  sources: readonly DrawnSourceRow[],
): RowCitation[] {
  const { id, sourceId } = citingColumns(answer);
  const figureById = new Map(figures.map((figure) => [figure.id, figure]));
  const sourceById = new Map(sources.map((source) => [source.source_id, source]));
  return answer.rows.map((row) => {
    const figure = (id && typeof row.id === 'string' && figureById.get(row.id)) || null;
    const ownSource = sourceId && typeof row.source_id === 'string' ? row.source_id : null;
    const source =
      (ownSource !== null
        ? sourceById.get(ownSource)
        : figure
          ? (sourceById.get(figure.source_id) ?? sourceOf(figure))
          : id && typeof row.id === 'string'
            ? sourceById.get(row.id)
            : undefined) ?? null;
    return { figure, source };
  });
}

function sourceOf(figure: FigureRow): DrawnSourceRow {
  const { source_id, title, title_is_descriptive, publisher, url, published } = figure;
  return { source_id, title, title_is_descriptive, publisher, url, published };
}

/** The source columns a download adds to an answer's rows, each with the source field it holds. */
const sourceFields = [
  ['source_title', 'title', 'string'],
  ['source_publisher', 'publisher', 'string'],
  ['source_url', 'url', 'string'],
  ['source_published', 'published', 'string'],
] as const satisfies readonly (readonly [string, keyof DrawnSourceRow, ResultColumn['kind']])[];

/**
 * The answer as a download writes it: its own columns, then each row's source (title, publisher, url,
 * published; null for a row citing nothing), and `source_id` too when the answer cites through `id`
 * alone; an answer with neither column is written as it is. An added name the answer already uses gets a suffix (`source_title_2`), so no column is lost.
 */
export function withSources(
  answer: Pick<ConsoleAnswer, 'columns' | 'rows'>,
  citations: readonly RowCitation[],
): TypedRows {
  const citing = citingColumns(answer);
  const own = answer.columns.map(({ name, kind }) => ({ name, kind }));
  if (!citing.id && !citing.sourceId) return { columns: own, rows: answer.rows };
  const taken = new Set(answer.columns.map((column) => column.name));
  const free = (name: string) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
    taken.add(candidate);
    return candidate;
  };
  const added: { name: string; field: keyof DrawnSourceRow }[] = [];
  if (!citing.sourceId) added.push({ name: free('source_id'), field: 'source_id' });
  for (const [name, field] of sourceFields) added.push({ name: free(name), field });
  const columns: ResultColumn[] = [
    ...own,
    ...added.map(({ name }) => ({ name, kind: 'string' as const })),
  ];
  const rows = answer.rows.map((row, i) => {
    const source = citations[i]?.source ?? null;
    const extra: Record<string, SqlValue> = {};
    for (const { name, field } of added) extra[name] = source ? source[field] : null;
    return { ...row, ...extra };
  });
  return { columns, rows };
}
