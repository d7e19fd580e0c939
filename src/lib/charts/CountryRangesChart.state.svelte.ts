import type { FigureRow, HostCountryFigureRow } from '../queries';
import type { PlacedMark } from './types';
import { describeFigure } from '../format';
import { dodge } from './dodge';
import { valueScale } from './valueScale';
import { figureShape, figureValues } from './figureShape';
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
  readonly rowHeight = $derived(this.stacked ? 44 : 30);
  readonly labelWidth = $derived(this.stacked ? 0 : 160);
  readonly margin = $derived({ top: 24, right: 20, bottom: 44, left: this.labelWidth + 8 });

  readonly rows = $derived.by(() =>
    this.#input().groups.map((group, index) => ({
      ...group,
      name: countryName(group.country),
      top: this.margin.top + index * this.rowHeight,
    })),
  );

  readonly height = $derived(
    this.margin.top + this.rows.length * this.rowHeight + this.margin.bottom,
  );

  readonly values = $derived.by(() =>
    this.#input().groups.flatMap((g) => g.figures.flatMap(figureValues)),
  );

  readonly axis = $derived(
    valueScale(this.values, [this.margin.left, this.width - this.margin.right]),
  );
  readonly x = $derived(this.axis.scale);
  readonly isLog = $derived(this.axis.isLog);
  readonly xTicks = $derived(this.axis.ticks);

  /** Centre line of a row's marks. */
  rowCentre(top: number): number {
    return top + (this.stacked ? 28 : this.rowHeight / 2);
  }

  readonly marks: PlacedMark<FigureRow>[] = $derived(
    this.rows.flatMap((row) => {
      const figures = row.figures.filter((f) => figureShape(f) !== null);
      const offsets = dodge(figures, () => 0, 4, this.stacked ? 12 : 14);
      return figures.map((figure, i) => {
        const { from, to, shape } = figureShape(figure)!;
        return {
          datum: figure,
          id: figure.id,
          estimatorType: figure.estimator_type,
          label: describeFigure(figure),
          along: this.rowCentre(row.top) + offsets[i]!,
          from: this.x(from),
          to: this.x(to),
          shape,
        };
      });
    }),
  );
}
