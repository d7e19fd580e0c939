import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
// Natural Earth 1:50m: the 1:110m file leaves out Malta, Singapore, Bahrain and Mauritius, which host
// or hosted workers. Served from this origin and fetched only when a map is shown.
import atlasUrl from 'world-atlas/countries-50m.json?url';

/** A country's outline, keyed by its ISO 3166-1 alpha-3 code. */
export type CountryFeature = Feature<Geometry, { name: string }> & { code: string };

let loading: Promise<CountryFeature[]> | undefined;

/** The world's countries, loaded once. */
export function loadWorld(): Promise<CountryFeature[]> {
  loading ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`map geometry: HTTP ${response.status}`);
      return response.json() as Promise<
        Topology<{ countries: GeometryCollection<{ name: string }> }>
      >;
    })
    .then((topology) => {
      const collection = feature(topology, topology.objects.countries) as FeatureCollection<
        Geometry,
        { name: string }
      >;
      // Natural Earth gives Australia's Ashmore and Cartier Islands its own feature with Australia's
      // code; one outline per code keeps one focusable shape per country.
      const seen = new Set<string>();
      return collection.features.flatMap((country) => {
        const code =
          country.id === undefined ? undefined : countries.numericToAlpha3(String(country.id));
        if (!code || seen.has(code)) return [];
        seen.add(code);
        return [{ ...country, code }];
      });
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
