// The English messages of the "about" area: the catalogue every other language is checked against.
// A sentence with a link, a code name or an emphasised word in it is split into the text around them
// (…Before, …After), so that each language orders its own words around the same elements.
import { messages } from '../runtime.svelte';

const en = {
  aboutHeading: 'About the data',
  aboutLede:
    'This site collects the figures that have been published on North Koreans working outside their country: how many work in each host country, how many permits were issued to them, how much money their work brings the North Korean state, and more. The figures disagree, often by a factor of several. The site shows that disagreement and the source of each figure; it does not settle it.',

  figureHeading: 'What counts as a figure',
  figureDefinition:
    'A figure is what one publication states about one host country (or the whole world), for one measure and the year or years the figure describes. Besides numbers, this includes statements in words, such as “tens of thousands”, and reports that workers are present with no number at all.',
  figureRanges:
    'Ranges stay ranges, and words such as “about”, “more than” or “up to” are kept with the number they qualify.',
  figureYears:
    'The year a figure describes is often earlier than the year it was published; the Country view can show either. Where a publication does not say which year it means, the figure is kept and marked as having no stated year.',
  figurePartial:
    'Some figures cover only part of a country (one region, one city, one company) or several countries at once. Each says so in its note, and none of them is a national total.',

  measuresHeading: 'Measures',
  measuresIntro:
    'Every figure counts one kind of thing, its measure. Figures of different measures are never drawn on the same scale: a permit is a document, not a person, and the arrivals of one year are not the workers present on one day.',
  estimatorKinds: (labels: string[]) =>
    `Each figure also records who produced it, as one of these kinds of estimator: ${labels.join('; ')}.`,

  primaryHeading: 'Primary and secondary figures',
  primaryBefore: 'A figure is ',
  primaryTerm: 'primary',
  primaryBetween:
    ' when the publication is the estimator’s own document: a government report, a United Nations panel’s report, a researcher’s paper. It is ',
  secondaryTerm: 'secondary',
  secondaryAfter:
    ' when the publication reports a figure someone else produced, as a news article does when it cites an intelligence agency.',
  reReportsExplained:
    'An estimate repeated by several publications is still one estimate. Each re-report is listed with the estimator it names, so that you can see when many articles go back to one source. Being repeated does not confirm a figure.',
  primaryFilterExplained:
    'The filter “Primary sources only” keeps the estimators’ own documents and hides re-reports.',

  chosenHeading: 'How figures are chosen',
  chosenWhereRead:
    'Every figure was read in the publication it is listed with, which is linked from its card. A figure found second hand is recorded with the publication where we read it, and its original estimator is named.',
  chosenAsPublished:
    'Figures are kept exactly as published: never averaged, rounded, adjusted or filled in. Where sources disagree, every figure is shown.',
  excludedBefore:
    'When it is unclear what a figure counts, it is kept with a note that says what is unclear. Rows that were left out, such as duplicates and entries with no figure, are listed with the reason in ',
  excludedAfter: '.',
  chosenOwnWords:
    'The data hold figures, bibliographic details and notes in our own words, never quotations from the sources.',

  correctionsHeading: 'Corrections and versions',
  correctionsBeforeFolder: 'The data are CSV files in the repository’s ',
  correctionsBeforeCheck: ' folder. A correction is a pull request that edits them: ',
  correctionsBeforeChangelog:
    ' checks every row against the schema, a corrected row keeps its id, and each new version of the data gets an entry in ',
  correctionsAfter: ' saying what changed and why.',

  citeHeading: 'How to cite',
  citeDatasetLead: 'The dataset:',
  citeDatasetAfter: ' gives a reference with its version in several formats.',
  citeFigureLead: 'A figure:',
  citeFigureHow:
    'open its card by pointing at, tapping or focusing its mark, then use the card’s Cite button. Please cite the publication the figure comes from as well.',
  citeChartLead: 'A chart:',
  citeChartHow: 'each chart has its own Cite button, whose reference links back to the exact view.',

  licencesHeading: 'Licences',
  codeLicenceBefore: 'The code is under the MIT licence (the ',
  codeLicenceAfter: ' file in the repository).',
  dataLicenceBefore: 'The data (tables, codebook and notes) are under ',
  licenceSeparator: ' and ',
  dataLicenceAfter:
    '. The figures themselves belong to the publications cited, which should be credited too.',

  contributingHeading: 'Contributing',
  contributingBefore: 'Missing a figure, or found a mistake? ',
  contributingBetween: ' in ',
  contributingRepository: 'the repository',
  contributingAfter:
    ' explains each step: read the figure in its publication, add or correct its row, run the checks and open a pull request.',

  versionHeading: 'Data version',
  versionBefore: 'This site shows data version ',
  versionAfter:
    ': the date of the data’s last change and a short fingerprint of its files. Every citation, download and image carries it.',
  versionDownload: 'Download this version (ZIP)',
  versionDownloadAfter: '.',
};

export default en;
/** The "about" messages in the interface's language: `aboutText().someKey` in markup or $derived. */
export const aboutText = messages('about', en);
