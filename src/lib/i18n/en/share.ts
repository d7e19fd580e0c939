// The English messages of the "share" area: the catalogue every other language is checked against.
// Downloads, image export, embeds and citations: what a reader takes away from the site.
import { field, resource } from '../../data/schema';
import { plural } from '../../format';
import { messages } from '../runtime.svelte';

// A download's column descriptions are data/datapackage.json's own words, their one source: the
// estimates' fields, then the source columns a figure row carries (sources.csv's).
const estimates = resource('estimates');
const sources = resource('sources');
const fieldDescription = (table: typeof estimates, name: string) =>
  field(table, name).description ?? '';

const en = {
  // Downloads of a view's rows (DownloadMenu).
  downloadGroupLabel: 'Download the data of this chart',
  downloadTheData: 'Download the data:',
  preparingDownload: (format: string) => `Preparing the ${format} file…`,
  downloadFailed: (format: string, reason: string) => `The ${format} download failed: ${reason}`,
  /**
   * What the columns of a download hold, by column name (JSON `fields[].description`, Parquet
   * metadata): a figure row's columns. Column names stay as they are: they are the data's schema.
   */
  exportColumnDescriptions: {
    id: fieldDescription(estimates, 'id'),
    source_id: fieldDescription(estimates, 'source_id'),
    country: fieldDescription(estimates, 'country'),
    area_note: fieldDescription(estimates, 'area_note'),
    region: fieldDescription(estimates, 'region'),
    measure: fieldDescription(estimates, 'measure'),
    measure_detail: fieldDescription(estimates, 'measure_detail'),
    low: fieldDescription(estimates, 'low'),
    high: fieldDescription(estimates, 'high'),
    point: fieldDescription(estimates, 'point'),
    qualifier: fieldDescription(estimates, 'qualifier'),
    ref_period: fieldDescription(estimates, 'ref_period'),
    ref_year_start: fieldDescription(estimates, 'ref_year_start'),
    ref_year_end: fieldDescription(estimates, 'ref_year_end'),
    estimator: fieldDescription(estimates, 'estimator'),
    estimator_type: fieldDescription(estimates, 'estimator_type'),
    primary: fieldDescription(estimates, 'primary'),
    note: fieldDescription(estimates, 'note'),
    title: fieldDescription(sources, 'title'),
    title_is_descriptive: fieldDescription(sources, 'title_is_descriptive'),
    publisher: fieldDescription(sources, 'publisher'),
    url: fieldDescription(sources, 'url'),
    published: fieldDescription(sources, 'published'),
    year: 'Where the chart places the figure on its year axis: the middle of the years it describes, or on the publication-year axis the date it was published.',
    n_sources: 'How many publications the country’s drawn figures come from.',
    n_figures: 'How many figures the chart draws for the country.',
    country_max:
      'The country’s largest figure (high, point or low), by which the chart orders countries.',
    status:
      'figure when the map shades the country by its most recent figure; presence when it has only a report of workers present, without a number.',
    value:
      'The number the map shades the country by: the middle of a range, else the single figure or lone bound; empty for a presence.',
  },

  // Image export (ImageExport).
  imageGroupLabel: 'Download the chart as an image',
  imageLabel: 'Image',
  downloadImageAs: (format: string) => `Download image as ${format}`,
  makingImage: (format: string) => `Making the ${format}…`,
  imageFailed: (format: string, reason: string) => `Could not make the ${format}: ${reason}`,
  chartNotDrawnYet: 'the chart has not been drawn yet.',
  /** The lines an exported image prints under the chart. */
  imageSourceLead: { one: 'Source:', other: 'Sources:' },
  imageDataLine: (version: string, link: string) =>
    `Data: nk-workers-abroad, version ${version} · ${link}`,

  // The Embed button and its dialog (EmbedDialog).
  embedButton: 'Embed',
  embedDialogTitle: 'Embed this chart',
  noStaticFigure: 'This build has no static figure to embed.',
  embedLedeBefore: 'Paste this code into a page: it shows ',
  embedLedeAfter:
    ' as a static figure (no query engine; it reads without JavaScript too) with its sources, the data version and a link back to the full view. The script sizes the frame to the figure.',
  embedShowsOther: (title: string) =>
    `The embed shows the figure named above and links to its own full view, not to this one (“${title}”).`,
  codeToPaste: 'Code to paste',
  copyButton: 'Copy',
  copiedStatus: 'Copied',
  copyCodeFailed: 'Could not copy: select the code and copy it by hand',
  staticFigureHeading: 'The static figure',
  asPageLink: 'As a page',
  asSvgLink: 'As an SVG image',
  inLightTheme: ', in the light theme',
  embedPageLink: 'The embed page of this view',
  embedPageExplained: ', which shows the closest static figure for any link',
  citeThisChartHeading: 'Cite this chart',

  // Why an embed shows only the closest static figure (src/lib/embed/presets.ts).
  embedFiltersNotApplied: 'Filters are not applied in embeds: this is the closest static figure.',
  /** The country's ISO code and its name in the interface's language: English says the code. */
  embedNoCountryFigure: (country: { code: string; name: string }) =>
    `There is no static figure for ${country.code} over time: this is the worldwide one.`,
  embedDescribedYearOnly:
    'Embeds place figures on the year they describe: this is the closest static figure.',
  embedNoComparison: (country: { code: string; name: string }) =>
    `There is no static comparison for ${country.code}: this is the worldwide one.`,
  embedNoViewFigure: (view: string) =>
    `The ${view} view has no static figure: this is the worldwide chart.`,
  embedFigureNotLoaded: 'The figure asked for could not be loaded: this is the worldwide one.',
  embedOpenFullViewFiltered: 'Open the full view with its filters ↗',

  // A static figure (src/embed/StaticFigure.svelte).
  compactCountriesDrawn: (count: number) =>
    `Drawn here: the ${count} countries with the highest figures.`,
  compactCountriesLeft: (countries: number, figures: number) =>
    `${plural(countries, 'more country', 'more countries')} (${plural(figures, 'figure')})`,
  compactEstimatesDrawn: (shown: number, all: number) =>
    `Drawn here: ${shown} of the ${plural(all, 'estimate')}, lowest to highest.`,
  compactEstimatesLeft: (count: number) => plural(count, 'more estimate'),
  seeFullChart: 'see the full chart ↗',
  everyFigureInTable: '; every figure is in the table below.',
  staticSourcesLead: (count: number) => `Sources (${plural(count, 'publication')}):`,
  morePublishers: (count: number) => `and ${plural(count, 'more publisher')}`,
  staticVersionLine: (version: string) => `Data: nk-workers-abroad, version ${version}`,
  openFullView: 'Open the full view ↗',
  getTheData: 'Get the data (CSV)',
  staticPageTitle: (title: string) => `${title} · nk-workers-abroad`,

  // Citations (CitePanel, CiteDatasetButton, cite.ts).
  citeTheDataset: 'Cite the dataset',
  loadingCitationFormats: 'Loading the citation formats…',
  downloadCitationFile: (extension: string) => `Download .${extension}`,
  copyTextFailed: 'Could not copy: select the text and copy it by hand',
  citationFailed: (format: string, reason: string) => `Could not write ${format}: ${reason}`,
  citationFormatsNotLoaded: (reason: string) =>
    `The citation formats could not be loaded (${reason}).`,
  tryAgainButton: 'Try again',
  citationFormatNames: {
    apa: 'APA (7th edition)',
    chicago: 'Chicago (author-date)',
    bibtex: 'BibTeX',
    ris: 'RIS',
    'csl-json': 'CSL-JSON',
  },
  /**
   * Where a figure was found, after its publication's reference: the figure's id, the dataset and
   * version, the view. `amount` is the figure as the page writes it; English leaves it out (the id
   * names the figure).
   */
  figureFoundIn: (id: string, _amount: string, version: string, view: string | null) =>
    `Figure ${id} in the nk-workers-abroad dataset, version ${version}` +
    (view ? `, view ${view}` : ''),
  /** The version in a BibTeX note, which has no version field. */
  citationVersion: (version: string) => `Version ${version}`,
  /** What APA calls a dataset, in square brackets after its title. */
  citationDatasetKind: 'Dataset',
};

export default en;
/** The "share" messages in the interface's language: `shareText().someKey` in markup or $derived. */
export const shareText = messages('share', en);
