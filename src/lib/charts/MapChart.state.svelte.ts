import { geoEqualEarth, geoPath, geoCentroid } from 'd3-geo';
import { scaleThreshold } from 'd3-scale';
import type { MapFigureRow } from '../queries';
import type { CountryFeature } from './worldGeometry';
import { describeFigure } from '../format';
import { countryName } from '../countries';
import { chartsText } from '../i18n/en/charts';
import type { Token } from './theme';
import { shadeTokens, thresholds } from './mapShades';

export interface MapInput {
  world: CountryFeature[];
  rows: MapFigureRow[];
  width: number;
}

// Countries smaller than this on screen (square pixels) also get a dot, so that they can be seen and hit.
const smallArea = 40;

export interface MapCountry {
  code: string;
  name: string;
  path: string;
  row: MapFigureRow | null;
  /** The shade of its figure; null where workers are reported without one. */
  fill: Token | null;
  /** Where a small country's dot goes, if it needs one. */
  dot: [number, number] | null;
  /** The country's projected centroid: where its card points. */
  centre: [number, number];
  label: string;
}

/** Projection, outlines and shades of a world map of each country's most recent figure. */
export class MapLayout {
  #input: () => MapInput;

  constructor(input: () => MapInput) {
    this.#input = input;
  }

  readonly width = $derived.by(() => Math.max(280, this.#input().width));
  readonly height = $derived(Math.round(this.width * 0.5));
  readonly shade = scaleThreshold<number, Token>().domain(thresholds).range(shadeTokens);

  readonly countries: MapCountry[] = $derived.by(() => {
    const { world, rows } = this.#input();
    const t = chartsText();
    const byCode = Object.fromEntries(rows.map((row) => [row.country, row]));
    const projection = geoEqualEarth().fitExtent(
      [
        [4, 4],
        [this.width - 4, this.height - 4],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(projection);
    return world
      .filter((country) => country.code !== 'ATA')
      .map((country) => {
        const row = byCode[country.code] ?? null;
        const name = countryName(country.code);
        const small = row !== null && path.area(country) < smallArea;
        const centre = projection(geoCentroid(country)) ?? path.centroid(country);
        return {
          code: country.code,
          name,
          path: path(country) ?? '',
          row,
          fill: row?.status === 'figure' ? this.shade(row.value) : null,
          dot: small ? centre : null,
          centre,
          label:
            row === null
              ? t.mapNoReport(name)
              : row.status === 'presence'
                ? t.mapPresence(name, row.publisher)
                : t.mapFigure(describeFigure(row), name),
        };
      });
  });

  /** Countries with a report, drawn over the others so their outlines and focus rings show. */
  readonly reported = $derived(this.countries.filter((country) => country.row !== null));
  readonly unreported = $derived(this.countries.filter((country) => country.row === null));
}
