// What each static figure draws, read with the same named queries as the main page's charts.
import type { QueryEngine, TypedQueryEngine } from '../lib/db/engine';
import type { DatasetVersion } from '../lib/cite/version';
import { exportQuery, type ExportableQuery } from '../lib/export/exportQuery';
import {
  WORLDWIDE,
  countryList,
  run,
  sourcesDrawn,
  type CompareEnvelopeRow,
  type CompareGroupRow,
  type DrawnSourceRow,
  type EventGroupRow,
  type FigureRow,
  type HostCountryFigureRow,
} from '../lib/queries';
import {
  byCountryFigure,
  compareFigure,
  countryOverTimeFigure,
  worldwideFigure,
  type FigureParams,
  type FigureSpec,
} from '../lib/figures/specs';
import { defaultViewState } from '../lib/state/viewState';
import { countryGroups } from '../lib/charts/CountryRangesChart.state.svelte';
import { chartsText } from '../lib/i18n/en/charts';
import type { Drawing } from '../lib/charts/drawing.svelte';
import { measures } from '../lib/codebook';
import { presetName, presetQuery, type PresetKind } from '../lib/embed/presets';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locale';

interface PresetBase {
  /** worldwide, by-country, country-RUS, compare-RUS: the file name of the static figure. */
  name: string;
  kind: PresetKind;
  country: string;
  /** As the main page titles the chart. */
  title: string;
  description: string;
  /** The query string of the chart's view on the main page. */
  query: string;
  valueLabel: string;
  /** Every source the chart draws. */
  sources: DrawnSourceRow[];
  /** The table alternative: every figure drawn, with its source. */
  table: FigureRow[];
  tableSummary: string;
  tableCaption: string;
  /** The table's rows as CSV, written by the page's own CSV download of the same query. */
  csv: Uint8Array;
}

export interface OverTimePreset extends PresetBase {
  kind: 'worldwide' | 'country';
  figures: FigureRow[];
  events: EventGroupRow[];
}

export interface ByCountryPreset extends PresetBase {
  kind: 'by-country';
  rows: HostCountryFigureRow[];
}

export interface ComparePreset extends PresetBase {
  kind: 'compare';
  groups: CompareGroupRow[];
  envelope: CompareEnvelopeRow;
}

/** One static figure's data. */
export type PresetFigure = OverTimePreset | ByCountryPreset | ComparePreset;

/**
 * Every preset's figure, at the default view state (unfiltered, workers present): the worldwide
 * figures over time, every host country side by side, each country with figures over time, and each
 * country's comparison (WLD's too, the compare view's default) where it has figures with a number.
 * Titles, descriptions and queries are the figure specs' (src/lib/figures/specs.ts), as on the page, in
 * the interface's language when called: the build calls it once per language. The full views' links
 * name `lang`.
 */
export async function presetFigures(
  engine: QueryEngine & TypedQueryEngine,
  version: DatasetVersion,
  lang: Locale = DEFAULT_LOCALE,
): Promise<PresetFigure[]> {
  const valueLabel = measures.label(defaultViewState.filters.measure);
  const csv = async (query: ExportableQuery) =>
    (await exportQuery(engine, query, 'csv', version)).bytes;
  const events = await run(engine, worldwideFigure.events());
  const countries = (await run(engine, countryList()))
    .filter((row) => row.has_number)
    .map((row) => row.country);

  /** What every preset of `spec` shares, read at the preset's view state. */
  async function described<Row extends FigureRow>(
    kind: PresetKind,
    country: string,
    spec: FigureSpec<Row>,
  ) {
    const params: FigureParams = { ...defaultViewState, country };
    const ref = { kind, country };
    const rows = await run(engine, spec.rows(params));
    return {
      rows,
      base: {
        name: presetName(ref),
        country,
        query: presetQuery(ref, lang),
        valueLabel,
        title: spec.title(params),
        description: spec.description(params),
        sources: sourcesDrawn(rows),
        table: rows,
        tableSummary: spec.tableSummary(rows),
        tableCaption: spec.tableCaption(params),
        csv: await csv(spec.rows(params)),
      },
    };
  }

  const presets: PresetFigure[] = [];
  const worldwide = await described('worldwide', WORLDWIDE, worldwideFigure);
  if (worldwide.rows.length > 0) {
    presets.push({ ...worldwide.base, kind: 'worldwide', figures: worldwide.rows, events });
  }

  const byCountry = await described('by-country', WORLDWIDE, byCountryFigure);
  if (byCountry.rows.length > 0) {
    presets.push({ ...byCountry.base, kind: 'by-country', rows: byCountry.rows });
  }

  for (const country of countries.filter((code) => code !== WORLDWIDE)) {
    const overTime = await described('country', country, countryOverTimeFigure);
    if (overTime.rows.length === 0) continue;
    presets.push({ ...overTime.base, kind: 'country', figures: overTime.rows, events });
  }

  for (const country of countries) {
    const params: FigureParams = { ...defaultViewState, country };
    const groups = await run(engine, compareFigure.groups(params));
    const [envelope] = await run(engine, compareFigure.envelope(params));
    if (groups.length === 0 || !envelope) continue;
    const compared = await described('compare', country, compareFigure);
    presets.push({ ...compared.base, kind: 'compare', groups, envelope });
  }
  return presets;
}

/** What a preset's chart draws, as the page's chart of its view draws it. */
export function presetDrawing(preset: PresetFigure): Drawing {
  switch (preset.kind) {
    case 'worldwide':
    case 'country':
      return {
        kind: 'time',
        figures: preset.figures,
        events: preset.events,
        valueLabel: preset.valueLabel,
        yearLabel: chartsText().figureYearAxis,
        undatedLabel: chartsText().noYearLane,
      };
    case 'by-country':
      return {
        kind: 'by-country',
        groups: countryGroups(preset.rows),
        valueLabel: preset.valueLabel,
      };
    case 'compare':
      return {
        kind: 'compare',
        groups: preset.groups,
        envelope: preset.envelope,
        valueLabel: preset.valueLabel,
      };
  }
}

export { countryGroups };
