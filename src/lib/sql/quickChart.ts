import type { EstimatorType, Measure } from '../data/rows.generated';
import { estimatorTypes, measures } from '../codebook';
import type { FigureRow } from '../queries';
import { sqlText } from '../i18n/en/sql';
import { isNumericType } from './answerCells';
import type { ConsoleAnswer, ConsoleColumn } from './types';

/** Which answer columns give a mark its value: a range (low, high, an optional point) or one number. */
export type ValueColumns =
  | { kind: 'range'; low: string; high: string; point: string | null }
  | { kind: 'single'; value: string };

/** The chart an answer fits, and the columns it draws from; or why it fits none. */
export type ChartChoice =
  | { kind: 'time'; year: string; values: ValueColumns; country: string | null }
  | { kind: 'country'; country: string; values: ValueColumns }
  | { kind: 'none'; reason: string };

/** Year columns, in the order one is picked. */
const yearNames = ['year', 'ref_year_start', 'ref_year', 'published_year', 'ref_year_end'];
/** Numeric columns that are not values to draw. */
const notValues = new Set([...yearNames, 'n_sources', 'n_figures', 'id']);

/** The chart an answer's columns fit, decided from its columns alone; a reason in the interface's language. */
export function chooseChart(columns: readonly Pick<ConsoleColumn, 'name' | 'type'>[]): ChartChoice {
  const numeric = (name: string) =>
    columns.some((column) => column.name === name && isNumericType(column.type));
  const year = yearNames.find(numeric) ?? null;
  const country = columns.some(
    (column) => column.name === 'country' && column.type.toUpperCase() === 'VARCHAR',
  )
    ? 'country'
    : null;
  if (year === null && country === null) return { kind: 'none', reason: sqlText().noYearOrCountry };
  const values = valueColumns(
    columns.filter((column) => isNumericType(column.type)).map((column) => column.name),
    numeric,
  );
  if (typeof values === 'string') return { kind: 'none', reason: values };
  if (year !== null) return { kind: 'time', year, values, country };
  return { kind: 'country', country: country!, values };
}

function valueColumns(
  numericNames: readonly string[],
  numeric: (name: string) => boolean,
): ValueColumns | string {
  if (numeric('low') && numeric('high'))
    return { kind: 'range', low: 'low', high: 'high', point: numeric('point') ? 'point' : null };
  if (numeric('point')) return { kind: 'single', value: 'point' };
  if (numeric('value')) return { kind: 'single', value: 'value' };
  const others = numericNames.filter((name) => !notValues.has(name));
  if (others.length === 1) return { kind: 'single', value: others[0]! };
  if (others.length === 0) return sqlText().noNumericColumn;
  return sqlText().severalNumericColumns(others.join(', '));
}

/**
 * The chart an answer fits (chooseChart), unless its rows are of several measures: headcounts and
 * dollars on one axis would read as one series. A row's measure is its `measure` column's, else that of
 * the figure its `id` names (`citedFigures`).
 */
export function chartForAnswer(
  answer: Pick<ConsoleAnswer, 'columns' | 'rows'>,
  citedFigures: readonly FigureRow[],
): ChartChoice {
  const choice = chooseChart(answer.columns);
  if (choice.kind === 'none') return choice;
  const cited = new Map(citedFigures.map((figure) => [figure.id, figure.measure]));
  const found = new Set<Measure>();
  for (const row of answer.rows) {
    const measure = rowMeasure(row) ?? (typeof row.id === 'string' ? cited.get(row.id) : undefined);
    if (measure) found.add(measure);
  }
  if (found.size <= 1) return choice;
  const named = [...found].map((measure) => `${measures.label(measure)} (${measure})`).join(', ');
  return {
    kind: 'none',
    reason: sqlText().mixedMeasures(found.size, named, [...found][0]!),
  };
}

/** A row's own `measure` column, when it holds a measure of the codebook. */
function rowMeasure(row: ConsoleAnswer['rows'][number]): Measure | null {
  const value = row.measure;
  return (measures.values as readonly string[]).includes(value as string)
    ? (value as Measure)
    : null;
}

/** The columns a chart was drawn from, in words: "year (across), low–high (bars)". */
export function describeChoice(choice: Exclude<ChartChoice, { kind: 'none' }>): string {
  const t = sqlText();
  const values =
    choice.values.kind === 'range'
      ? t.drawnRanges(choice.values.low, choice.values.high, choice.values.point)
      : t.drawnPoints(choice.values.value);
  return choice.kind === 'time'
    ? t.drawnOverYears(choice.year, values, choice.country)
    : t.drawnByCountry(choice.country, values);
}

/** The id of a mark for a row that cites no figure: the row's place in the answer. */
const uncitedId = (index: number) => `row-${index + 1}`;

/**
 * The answer's rows as the chart components take them: a row whose `id` names a figure is that figure
 * (its card cites its source) drawn at the answer's numbers; any other row is drawn as a figure with no
 * source (`source_id` ''), which its card says. `citedFigures` are those the answer's ids name. Rows without a number or year are kept: the charts
 * draw those apart, as they do a view's.
 */
export function chartFigures(
  answer: Pick<ConsoleAnswer, 'rows'>,
  choice: Exclude<ChartChoice, { kind: 'none' }>,
  citedFigures: readonly FigureRow[],
): FigureRow[] {
  const cited = new Map(citedFigures.map((figure) => [figure.id, figure]));
  return answer.rows.map((row, index) => {
    const number = (name: string | null) =>
      name !== null && typeof row[name] === 'number' ? row[name] : null;
    const text = (name: string | null) =>
      name !== null && typeof row[name] === 'string' ? row[name] : null;
    const figure = (typeof row.id === 'string' && cited.get(row.id)) || uncited(index, row);
    const values =
      choice.values.kind === 'range'
        ? {
            low: number(choice.values.low),
            high: number(choice.values.high),
            point: number(choice.values.point),
          }
        : { low: null, high: null, point: number(choice.values.value) };
    const year = choice.kind === 'time' ? number(choice.year) : figure.year;
    const country = text(choice.country);
    const placed: FigureRow = { ...figure, ...values, year, country: country ?? figure.country };
    if (figure.source_id !== '') return placed;
    const whole = year === null ? null : Math.floor(year);
    return {
      ...placed,
      // A mark's card states its numbers; an uncited row's are the answer's alone.
      qualifier: values.low !== null && values.high !== null ? 'range' : null,
      ref_year_start: whole,
      ref_year_end: whole,
    };
  });
}

/** The estimator type an uncited row is drawn with: its `estimator_type` column's, if it has one. */
function rowEstimatorType(row: ConsoleAnswer['rows'][number]): EstimatorType {
  const value = row.estimator_type;
  return (estimatorTypes.values as readonly string[]).includes(value as string)
    ? (value as EstimatorType)
    : UNCITED_TYPE;
}

/**
 * The estimator type whose colour and symbol an uncited row takes when it names none; the chart's key
 * says such marks are computed by the query, not an estimator of that type.
 */
export const UNCITED_TYPE: EstimatorType = 'academic';

function uncited(index: number, row: ConsoleAnswer['rows'][number]): FigureRow {
  return {
    id: uncitedId(index),
    source_id: '',
    // No country unless the answer names one: a computed row is not a worldwide figure.
    country: '',
    area_note: null,
    region: null,
    // Its unit (US$ or none) in the card follows the answer's measure column, when it has one.
    measure: rowMeasure(row) ?? 'workers_present',
    measure_detail: null,
    low: null,
    high: null,
    point: null,
    qualifier: null,
    ref_period: null,
    ref_year_start: null,
    ref_year_end: null,
    estimator: typeof row.estimator === 'string' ? row.estimator : sqlText().computedEstimator,
    estimator_type: rowEstimatorType(row),
    primary: false,
    note: null,
    title: sqlText().answerRowTitle,
    title_is_descriptive: true,
    publisher: sqlText().noSource,
    url: '',
    published: null,
    year: null,
  };
}

/** A country chart's rows: one per country, in the order the answer first names each. */
export function countryGroupsOf(
  figures: readonly FigureRow[],
): { country: string; figures: FigureRow[]; sourceCount: number }[] {
  const groups = new Map<string, FigureRow[]>();
  for (const figure of figures) {
    const group = groups.get(figure.country);
    if (group) group.push(figure);
    else groups.set(figure.country, [figure]);
  }
  return [...groups].map(([country, rows]) => ({
    country,
    figures: rows,
    sourceCount: new Set(rows.map((row) => row.source_id).filter((id) => id !== '')).size,
  }));
}
