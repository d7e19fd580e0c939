// The English messages of the "charts" area: the catalogue every other language is checked against.
import { formatCount, plural } from '../../format';
import { messages } from '../runtime.svelte';

const en = {
  // What a chart says in place of its marks.
  loadingFigures: 'Loading the figures…',
  noFiguresMatch: 'No figures match these filters.',
  /** `starting`: what the query engine's start says now (its download, say). */
  previousFiltersMeanwhile: (starting: string) =>
    `${starting} The chart shows the previous filters until then.`,

  // The keys to a chart.
  estimatorTypeKey: 'Estimator type',
  legendRangeBar: 'a bar is a range, low to high',
  legendLoneBound: 'an arrow is a lone bound: “more than”, “up to”',
  legendPartialWhole:
    'hollow or dashed: part of the whole only (an area, a sector, one company, a region)',
  mapKeyLabel: 'Map key',
  shadeReportedZero: 'none (reported as 0)',
  shadeAtLeast: (from: number) => `${formatCount(from)} or more`,
  shadeBetween: (from: number, to: number) => `${formatCount(from)}–${formatCount(to)}`,
  mapPresenceKey: 'workers reported, no figure',
  mapNoReportKey: 'no report in this dataset',

  // Axes and lanes.
  /** A number on a value axis. */
  axisTick: (value: number) => formatCount(value),
  figureYearAxis: 'Year the figure describes',
  noYearLane: 'No year',
  noNumberBand: 'No number',
  noNumberMark: 'no number',
  logScaleNote: ' (log scale)',
  rowSourceCount: (count: number) => plural(count, 'source'),

  // What the charts are called, for assistive technology.
  timeChartLabel: (valueLabel: string) => `Chart: ${valueLabel} by year`,
  countryChartLabel: (valueLabel: string) => `Chart: ${valueLabel} by host country`,
  worldMapLabel: 'World map',
  mapNoReport: (name: string) => `${name}: no report in this dataset`,
  mapPresence: (name: string, publisher: string) =>
    `${name}: workers reported, no figure; ${publisher}. Open ${name}`,
  mapFigure: (figure: string, name: string) => `${figure}. Open ${name}`,

  // The events a time chart numbers.
  eventsNotDrawn: (count: number, list: string) =>
    `${plural(count, 'event')} outside the years shown, not drawn: ${list}.`,

  // A bin: figures too many for their row's pixels.
  binWithoutNumber: 'without a number',
  binFromTo: (low: number, high: number) => `from ${formatCount(low)} to ${formatCount(high)}`,
  binMarkLabel: (count: number, extent: string) =>
    `${plural(count, 'figure')} ${extent}: open for the list`,

  // The comparison of estimates.
  envelopeBetween: (low: number, high: number, counts: string) =>
    `envelope: every figure with a number lies between ${formatCount(low)} and ${formatCount(high)} ${counts}`,
  envelopeNoNumber: (counts: string) => `no figure here gives a number ${counts}`,
  envelopeCounts: (estimates: number, reports: number) =>
    `(${plural(estimates, 'estimate')} from ${plural(reports, 'report')})`,
  rowOnePublication: '1 publication',
  rowReReported: (publications: number) =>
    `one estimate, re-reported by ${publications} publications`,
  primarySource: 'primary',
  secondarySource: 'secondary',
  estimateMarkLabel: (figure: string, period: string, estimator: string, publications: number) =>
    `${figure}, ${period}; ${estimator}, reported by ${publications === 1 ? 'one publication' : `${publications} publications`}`,
  aboutEstimate: 'About this estimate',
  cardOnePublication: 'Reported by one publication:',
  cardReReported: (publications: number) =>
    `One estimate, re-reported by ${publications} publications — not independent confirmation:`,
  /** A publication's date as recorded (YYYY, YYYY-MM or YYYY-MM-DD), or that it has none. */
  publishedOn: (date: string | null) => date ?? 'undated',

  // What a reader can do with a chart.
  skipChart: 'Skip the chart',
  citeChart: 'Cite this chart',
  citeChartTitle: (title: string) => `Cite this chart: ${title}`,
  openInSql: 'Open in SQL',
};

export default en;
/** The "charts" messages in the interface's language: `chartsText().someKey` in markup or $derived. */
export const chartsText = messages('charts', en);
