import type { FigureRow, HostCountryFigureRow } from '../queries';
import type { PlacedMark } from './types';
import { describeFigure } from '../format';
import { dodge } from './dodge';
import { valueScale } from './valueScale';
import { figureShape, figureValues, isPartial } from './figureShape';
import { countryName } from '../countries';

/** A country's figures, with the number of publications they come from. */
export interface CountryGroup {
  country: string;
  figures: FigureRow[];
  sourceCount: number;
}

/** The chart's rows from hostCountryFigures: one country's rows are consecutive in the query's order. */
export function countryGroups(rows: readonly HostCountryFigureRow[]): CountryGroup[] {
  const groups: CountryGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.country === row.country) last.figures.push(row);
    else groups.push({ country: row.country, figures: [row], sourceCount: row.n_sources });
  }
  return groups;
}

export interface CountryRangesInput {
  groups: CountryGroup[];
  width: number;
}

/** Scales and positions of a chart with one row per country and its figures along one value axis. */
export class CountryRangesLayout {
  #input: () => CountryRangesInput;

  constructor(input: () => CountryRangesInput) {
    this.#input = input;
  }

  readonly width = $derived.by(() => Math.max(280, this.#input().width));
  /** Narrow screens put the country's name above its row instead of beside it. */
  readonly stacked = $derived(this.width < 560);
  /** The height of a row with few figures; a crowded row grows so that its marks stay apart. */
  readonly rowHeight = $derived(this.stacked ? 44 : 30);
  readonly labelWidth = $derived(this.stacked ? 0 : 160);
  readonly margin = $derived({ top: 24, right: 20, bottom: 44, left: this.labelWidth + 8 });

  readonly nWithoutNumber = $derived.by(() =>
    this.#input().groups.reduce(
      (n, group) => n + group.figures.filter((f) => figureShape(f) === null).length,
      0,
    ),
  );

  /** The column, right of the values, of the figures without a number. */
  readonly noNumberColumn = $derived.by(() => {
    if (this.nWithoutNumber === 0) return null;
    const to = this.width - this.margin.right;
    const from = to - (this.stacked ? 56 : 72);
    return { from, to, centre: (from + to) / 2 };
  });

  readonly values = $derived.by(() =>
    this.#input().groups.flatMap((g) => g.figures.flatMap(figureValues)),
  );

  readonly axis = $derived(
    valueScale(this.values, [
      this.margin.left,
      this.noNumberColumn ? this.noNumberColumn.from - 16 : this.width - this.margin.right,
    ]),
  );
  readonly x = $derived(this.axis.scale);
  readonly isLog = $derived(this.axis.isLog);
  readonly xTicks = $derived(this.axis.ticks);

  /** Where each figure of a row sits along the value axis, and its offset across the row. */
  readonly #placed = $derived.by(() =>
    this.#input().groups.map((group) => {
      const column = this.noNumberColumn;
      const withoutNumber = group.figures.filter((f) => figureShape(f) === null);
      const ends = (figure: FigureRow): readonly [number, number] => {
        const shape = figureShape(figure);
        if (shape) return [this.x(shape.from), this.x(shape.to)];
        // Figures without a number share their row's column, spread evenly across it.
        const step = (column!.to - column!.from) / withoutNumber.length;
        const x = column!.from + step * (withoutNumber.indexOf(figure) + 0.5);
        return [x, x];
      };
      const placed = group.figures.map((figure) => ({ figure, ends: ends(figure) }));
      const offsets = dodge(
        placed,
        () => 0,
        ({ ends }) => [ends[0] - 6, ends[1] + 6],
        4,
        Infinity,
      );
      const spread = Math.max(0, ...offsets) - Math.min(0, ...offsets);
      return { group, placed, offsets, height: Math.max(this.rowHeight, spread + 20) };
    }),
  );

  readonly rows = $derived.by(() => {
    let top = this.margin.top;
    return this.#placed.map(({ group, height }) => {
      const row = { ...group, name: countryName(group.country), top, height };
      top += height;
      return row;
    });
  });

  readonly height = $derived(
    this.margin.top + this.rows.reduce((sum, row) => sum + row.height, 0) + this.margin.bottom,
  );

  /** Centre line of a row's marks: below the name where names sit above their rows. */
  rowCentre(row: { top: number; height: number }): number {
    return this.stacked ? row.top + 16 + (row.height - 16) / 2 : row.top + row.height / 2;
  }

  readonly marks: PlacedMark<FigureRow>[] = $derived(
    this.#placed.flatMap(({ placed, offsets }, rowIndex) => {
      const centre = this.rowCentre(this.rows[rowIndex]!);
      return placed.map(({ figure, ends }, i) => ({
        datum: figure,
        id: figure.id,
        estimatorType: figure.estimator_type,
        label: describeFigure(figure),
        along: centre + offsets[i]!,
        from: ends[0],
        to: ends[1],
        shape: figureShape(figure)?.shape ?? ('no-number' as const),
        partial: isPartial(figure),
        slot: rowIndex,
      }));
    }),
  );
}
