import type { FigureRow, HostCountryFigureRow } from '../queries';
import { isFigureBin, type FigureBin, type PlacedMark } from './types';
import { describeFigure } from '../format';
import { chartsText } from '../i18n/en/charts';
import { BIN_CELL_PX, binByCentre, markCapacity } from './aggregate';
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

  /**
   * Where each mark of a row sits along the value axis, and its offset across the row: a mark per figure,
   * or, where a row has more figures than its pixels can show side by side (aggregate.ts), bins that
   * each say how many figures they stand for.
   */
  readonly #placed = $derived.by(() => {
    const column = this.noNumberColumn;
    const [axisFrom, axisTo] = this.x.range() as [number, number];
    const capacity = markCapacity(axisTo - axisFrom);
    const columnCapacity = column ? markCapacity(column.to - column.from) : 0;
    return this.#input().groups.map((group) => {
      const withNumber: { figure: FigureRow; ends: readonly [number, number] }[] = [];
      const withoutNumber: FigureRow[] = [];
      for (const figure of group.figures) {
        const shape = figureShape(figure);
        if (shape) withNumber.push({ figure, ends: [this.x(shape.from), this.x(shape.to)] });
        else withoutNumber.push(figure);
      }
      const placed: Placed[] = [];
      if (withNumber.length > capacity) {
        for (const bin of binByCentre(withNumber, ({ ends }) => ends, BIN_CELL_PX, axisFrom)) {
          placed.push(
            binPlaced(
              bin.items.map(({ figure }) => figure),
              false,
              [bin.cellFrom, bin.cellTo],
              [bin.from, bin.to],
            ),
          );
        }
      } else {
        for (const { figure, ends } of withNumber) placed.push({ datum: figure, ends });
      }
      if (column && withoutNumber.length > columnCapacity) {
        placed.push(binPlaced(withoutNumber, true, [column.from, column.to]));
      } else if (column) {
        // Figures without a number share their row's column, spread evenly across it.
        const step = (column.to - column.from) / withoutNumber.length;
        withoutNumber.forEach((figure, i) => {
          const x = column.from + step * (i + 0.5);
          placed.push({ datum: figure, ends: [x, x] });
        });
      }
      // Bins sit side by side in cells of their own, on the row's centre line.
      const offsets = dodge(
        placed,
        ({ bin }) => (bin ? 1 : 0),
        ({ ends }) => [ends[0] - 6, ends[1] + 6],
        4,
        Infinity,
      ).map((offset, i) => (placed[i]!.bin ? 0 : offset));
      const spread = Math.max(0, ...offsets) - Math.min(0, ...offsets);
      return { group, placed, offsets, height: Math.max(this.rowHeight, spread + 20) };
    });
  });

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

  readonly marks: PlacedMark<FigureRow | FigureBin>[] = $derived(
    this.#placed.flatMap(({ placed, offsets }, rowIndex) => {
      const centre = this.rowCentre(this.rows[rowIndex]!);
      return placed.map(({ datum, ends, bin }, i): PlacedMark<FigureRow | FigureBin> => {
        const at = { along: centre + offsets[i]!, from: ends[0], to: ends[1], slot: rowIndex };
        if (isFigureBin(datum))
          return {
            ...at,
            datum,
            id: `bin:${datum.figures[0]!.id}`,
            estimatorType: datum.figures[0]!.estimator_type,
            label: describeBin(datum),
            shape: 'bin',
            partial: false,
            bin,
          };
        return {
          ...at,
          datum,
          id: datum.id,
          estimatorType: datum.estimator_type,
          // Read only for the marks drawn: a tall chart draws those near the screen's view.
          get label() {
            return describeFigure(datum);
          },
          shape: figureShape(datum)?.shape ?? 'no-number',
          partial: isPartial(datum),
        };
      });
    }),
  );
}

interface Placed {
  datum: FigureRow | FigureBin;
  /** Where the mark reaches along the value axis, in pixels: for a bin, its cell. */
  ends: readonly [number, number];
  bin?: { count: number; from: number; to: number };
}

function binPlaced(
  figures: FigureRow[],
  withoutNumber: boolean,
  cell: readonly [number, number],
  reach: readonly [number, number] = cell,
): Placed {
  return {
    datum: { kind: 'bin', figures, withoutNumber },
    // A hair inside its cell, so that neighbouring bins' marks do not touch.
    ends: [cell[0] + 1, cell[1] - 1],
    bin: { count: figures.length, from: reach[0], to: reach[1] },
  };
}

/** Where a bin's figures lie: from how low to how high, or that they have no number. */
export function binExtent({ figures, withoutNumber }: FigureBin): string {
  const t = chartsText();
  if (withoutNumber) return t.binWithoutNumber;
  const values = figures.flatMap(figureValues);
  return t.binFromTo(Math.min(...values), Math.max(...values));
}

/** What a screen reader announces for a bin: how many figures, and where they lie. */
export function describeBin(bin: FigureBin): string {
  return chartsText().binMarkLabel(bin.figures.length, binExtent(bin));
}
