// The English messages of the "sources" area: the catalogue every other language is checked against.
import { inSentence } from '../../inSentence';
import { formatCount, plural } from '../../numbers';
import { messages } from '../runtime.svelte';

const en = {
  sourcesHeading: 'Sources: every publication in the dataset',
  sourcesDescription:
    'Each publication a figure was read in, newest first, with the figures taken from it. “Primary” means the publication is the estimator’s own; “secondary”, that it reports someone else’s figure. Titles in italics are our descriptions of pages whose own title was not visible.',
  searchSourcesLabel:
    'Search titles, publishers, estimators, countries or years (each word narrows)',
  searchSourcesExample: 'e.g. Daily NK, Russia, 2017',
  noPublicationMatches: (search: string) => `No publication matches “${search}”.`,
  /** How many publications the list holds, and the search that chose them ('' for none). */
  publicationCount: (count: number, search: string) =>
    `${plural(count, 'publication')}${search ? ` matching “${search}”` : ''}`,
  noFiguresTaken: 'no figures',
  primaryPublication: 'primary',
  secondaryPublication: 'secondary',
  /** A figure's measure after its number, as it reads in a line: "workers present". */
  measureInLine: (label: string) => inSentence(label),
  /** Before the titles of the events a publication reports (data, in English). */
  eventsReported: 'Reports:',
  showAllPublications: (count: number) => `Show all ${formatCount(count)} publications`,
};

export default en;
/** The "sources" messages in the interface's language: `sourcesText().someKey` in markup or $derived. */
export const sourcesText = messages('sources', en);
