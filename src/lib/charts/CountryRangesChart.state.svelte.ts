import { scaleLinear, scaleSymlog } from 'd3-scale';
import { extent, max } from 'd3-array';
import type { FigureRow } from '../queries';
import type { PlacedFigure } from './types';
import { dodge } from './dodge';
import { figureShape, figureValues } from './figureShape';
import { countryName } from '../countries';

/** A country's figures, with the number of publications they come from. */
export interface CountryGroup {
  country: string;
  figures: FigureRow[];
  sourceCount: number;
}

export interface CountryRangesInput {
  groups: CountryGroup[];
  width: number;
}

// A spread wider than this (highest over lowest figure) is drawn on a log scale.
const logScaleSpread = 100;

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

  readonly isLog = $derived.by(() => {
    const positive = this.values.filter((value) => value > 0);
    const [lo = 1, hi = 1] = extent(positive);
    return hi / lo > logScaleSpread;
  });

  // A symmetric log scale: like a log scale above 1, linear near 0, so a reported zero still has a place.
  readonly x = $derived.by(() => {
    const hi = max(this.values) ?? 10;
    const range = [this.margin.left, this.width - this.margin.right];
    return this.isLog
      ? scaleSymlog()
          .domain([0, hi * 1.3])
          .range(range)
      : scaleLinear().domain([0, hi]).range(range).nice();
  });

  readonly xTicks = $derived.by(() => {
    if (!this.isLog) return this.x.ticks(Math.max(3, Math.floor(this.width / 110)));
    const top = this.x.domain()[1] ?? 10;
    const ticks = [0];
    for (let power = 1; 10 ** power <= top; power++) ticks.push(10 ** power);
    return ticks;
  });

  /** Centre line of a row's marks. */
  rowCentre(top: number): number {
    return top + (this.stacked ? 28 : this.rowHeight / 2);
  }

  readonly marks: PlacedFigure[] = $derived(
    this.rows.flatMap((row) => {
      const figures = row.figures.filter((f) => figureShape(f) !== null);
      const offsets = dodge(figures, () => 0, 4, this.stacked ? 12 : 14);
      return figures.map((figure, i) => {
        const { from, to, shape } = figureShape(figure)!;
        return {
          figure,
          along: this.rowCentre(row.top) + offsets[i]!,
          from: this.x(from),
          to: this.x(to),
          shape,
        };
      });
    }),
  );
}
