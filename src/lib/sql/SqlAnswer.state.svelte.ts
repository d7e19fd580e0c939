import type { TypedRows } from '../db/engine';
import { sqlText } from '../i18n/en/sql';
import type { DrawnSourceRow, FigureRow } from '../queries';
import { figuresByIds, sourcesByIds } from '../queries/citations';
import { QueryResult, type QuerySource } from '../state/queryResult.svelte';
import { citedIds, citeRows, withSources, type RowCitation } from './citations';
import { chartFigures, chartForAnswer, countryGroupsOf, type ChartChoice } from './quickChart';
import type { ConsoleAnswer } from './types';

/**
 * What the SQL console shows of an answer: each row's citation (the figures and sources its `id` and
 * `source_id` name, asked of the page's own engine through named queries, never the console's), the
 * quick chart it fits, and its rows with their sources for a download. Must be created while a
 * component initialises.
 */
export class AnswerState {
  readonly #source: QuerySource;
  readonly #answer: () => ConsoleAnswer;
  readonly #figures: QueryResult<FigureRow>;
  readonly #sources: QueryResult<DrawnSourceRow>;

  /** The ids the answer cites; empty lists when it has no `id` or `source_id` column. */
  readonly cited = $derived.by(() => citedIds(this.#answer()));
  /** Whether the answer has anything to cite. */
  readonly citing = $derived(this.cited.ids.length > 0 || this.cited.sourceIds.length > 0);
  /** The citations are on their way (the page's engine may still be starting). */
  readonly loading: boolean;
  /** Why the citations could not be read. */
  readonly error: string | null;
  /** Each row's figure and source, by the answer's row order; null while they are on their way. */
  readonly citations: RowCitation[] | null;
  /** How many rows cite a source. */
  readonly citedRows: number;
  /** The chart the answer fits, or why none. */
  readonly chart: ChartChoice;
  /** The rows the chart draws, as the chart components take them (empty when no chart fits). */
  readonly chartFigures: FigureRow[];

  constructor(source: QuerySource, answer: () => ConsoleAnswer) {
    this.#source = source;
    this.#answer = answer;
    this.#figures = new QueryResult(source, () => figuresByIds(this.cited.ids));
    this.#sources = new QueryResult(source, () => sourcesByIds(this.cited.sourceIds));
    this.error = $derived(this.#figures.error ?? this.#sources.error);
    this.loading = $derived(
      this.citing &&
        this.error === null &&
        [this.#figures, this.#sources].some(
          (result) => result.waiting || result.pending || result.rows === null,
        ),
    );
    this.citations = $derived(
      this.citing && this.loading
        ? null
        : citeRows(this.#answer(), this.#figures.rows ?? [], this.#sources.rows ?? []),
    );
    this.citedRows = $derived(this.citations?.filter((row) => row.source).length ?? 0);
    this.chart = $derived(chartForAnswer(this.#answer(), this.#figures.rows ?? []));
    this.chartFigures = $derived.by(() => {
      const chart = this.chart;
      if (chart.kind === 'none') return [];
      return chartFigures(this.#answer(), chart, this.#figures.rows ?? []);
    });
  }

  /** The country chart's rows: one per country, in the answer's order. */
  get countryGroups() {
    return countryGroupsOf(this.chartFigures);
  }

  /**
   * The answer with each row's source columns, for a download: the citations asked again of the page's
   * engine (answered from its cache when the table has them), so a download never lacks them.
   */
  async rowsWithSources(): Promise<TypedRows> {
    const answer = this.#answer();
    const { ids, sourceIds } = citedIds(answer);
    if (ids.length === 0 && sourceIds.length === 0) return withSources(answer, []);
    const queries = this.#source.queries;
    if (!queries) throw new Error(sqlText().sourcesStillLoading);
    const [figures, sources] = await Promise.all([
      queries.run(figuresByIds(ids)),
      queries.run(sourcesByIds(sourceIds)),
    ]);
    return withSources(answer, citeRows(answer, figures, sources));
  }
}
