// What each static figure draws, read with the same named queries as the main page's charts.
import type { QueryEngine, TypedQueryEngine } from '../lib/db/engine';
import type { DatasetVersion } from '../lib/cite/version';
import { exportQuery, type ExportableQuery } from '../lib/export/exportQuery';
import {
  WORLDWIDE,
  compareEnvelope,
  compareFigures,
  compareReports,
  countryList,
  countryOverTime,
  eventGroups,
  hostCountryFigures,
  run,
  sourcesDrawn,
  worldwideOverTime,
  type CompareEnvelopeRow,
  type CompareGroupRow,
  type DrawnSourceRow,
  type EventGroupRow,
  type FigureRow,
  type HostCountryFigureRow,
} from '../lib/queries';
import { countryGroups } from '../lib/charts/CountryRangesChart.state.svelte';
import { measures } from '../lib/codebook';
import { countryName } from '../lib/countries';
import { DEFAULT_MEASURE } from '../lib/queries/filters';
import { presetName, presetQuery, type PresetKind } from '../lib/embed/presets';

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

const valueLabel = measures.label(DEFAULT_MEASURE);
const lowerLabel = valueLabel.toLowerCase();

/**
 * Every preset's figure, unfiltered and for workers present: the worldwide figures over time, every
 * host country side by side, each country with figures over time (a number and a year), and each
 * country's comparison (WLD's too, the compare view's default) where it has figures with a number.
 */
export async function presetFigures(
  engine: QueryEngine & TypedQueryEngine,
  version: DatasetVersion,
): Promise<PresetFigure[]> {
  const csv = async (query: ExportableQuery) =>
    (await exportQuery(engine, query, 'csv', version)).bytes;
  const events = await run(engine, eventGroups({ majorOnly: true }));
  const countries = (await run(engine, countryList()))
    .filter((row) => row.has_number)
    .map((row) => row.country);

  const presets: PresetFigure[] = [];
  const worldwide = worldwideOverTime();
  const figures = await run(engine, worldwide);
  if (figures.length > 0) {
    presets.push({
      ...base('worldwide', WORLDWIDE),
      title:
        'North Koreans working abroad worldwide: every published estimate, by the year it describes',
      description:
        'Each worldwide figure of North Korean workers abroad that a publication gave, on the year it describes. Sources disagree widely; no figure is averaged away. Numbered lines mark events.',
      sources: await run(engine, sourcesDrawn(worldwide)),
      table: figures,
      tableSummary: `Table: the ${figures.length} worldwide figures and their sources`,
      tableCaption: 'Worldwide figures of North Korean workers abroad',
      csv: await csv(worldwide),
      kind: 'worldwide',
      figures,
      events,
    });
  }

  const byCountry = hostCountryFigures();
  const rows = await run(engine, byCountry);
  if (rows.length > 0) {
    presets.push({
      ...base('by-country', WORLDWIDE),
      title: 'North Korean workers by host country: every published figure',
      description:
        "Each figure of North Korean workers present in a country, any year, one row per country, sorted by the country's highest figure. Bars are ranges; symbols are single figures.",
      sources: await run(engine, sourcesDrawn(byCountry)),
      table: rows,
      tableSummary: `Table: the ${rows.length} country figures and their sources`,
      tableCaption: 'Figures of North Korean workers by host country',
      csv: await csv(byCountry),
      kind: 'by-country',
      rows,
    });
  }

  for (const country of countries.filter((code) => code !== WORLDWIDE)) {
    const query = countryOverTime({ country });
    const figures = await run(engine, query);
    if (figures.length === 0) continue;
    const name = countryName(country);
    presets.push({
      ...base('country', country),
      title: `${name}: every published figure of ${lowerLabel}, by the year it describes`,
      description: `${measures.description(DEFAULT_MEASURE)} Each figure a publication gave for ${name}, as published; ranges as bars, single figures as symbols.`,
      sources: await run(engine, sourcesDrawn(query)),
      table: figures,
      tableSummary: `Table: the ${figures.length} figures and their sources`,
      tableCaption: `Figures for ${name}`,
      csv: await csv(query),
      kind: 'country',
      figures,
      events,
    });
  }

  for (const country of countries) {
    const options = { country };
    const groups = await run(engine, compareFigures(options));
    const [envelope] = await run(engine, compareEnvelope(options));
    if (groups.length === 0 || !envelope) continue;
    const reportsQuery = compareReports(options);
    const reports = await run(engine, reportsQuery);
    const name = countryName(country);
    presets.push({
      ...base('compare', country),
      title: `${name}, all years: every figure of ${lowerLabel} side by side`,
      description: `Each estimate for ${name} in all years, sorted by value, over the envelope from the lowest to the highest figure. An estimate that several publications repeat is one row: repetition is not independent confirmation.`,
      sources: await run(engine, sourcesDrawn(reportsQuery)),
      table: reports,
      tableSummary: `Table: the ${reports.length} reports and their sources`,
      tableCaption: `Figures compared for ${name}, all years`,
      csv: await csv(reportsQuery),
      kind: 'compare',
      groups,
      envelope,
    });
  }
  return presets;
}

function base(kind: PresetKind, country: string) {
  const ref = { kind, country };
  return { name: presetName(ref), country, query: presetQuery(ref), valueLabel };
}

export { countryGroups };
