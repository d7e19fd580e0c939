import { shareText } from '../i18n/en/share';
import type { CslItem } from './csl';

/** The formats a reference can be written in. */
export type CitationFormat = 'apa' | 'chicago' | 'bibtex' | 'ris' | 'csl-json';

/** A citation format as the cite panel offers it. */
export interface CitationFormatInfo {
  id: CitationFormat;
  /** For the formats reference managers import: the file extension and media type of a download. */
  file?: { extension: string; mediaType: string };
}

/** Formatted references first, then the files reference managers import. */
export const citationFormats: readonly CitationFormatInfo[] = [
  { id: 'apa' },
  { id: 'chicago' },
  { id: 'bibtex', file: { extension: 'bib', mediaType: 'application/x-bibtex' } },
  { id: 'ris', file: { extension: 'ris', mediaType: 'application/x-research-info-systems' } },
  {
    id: 'csl-json',
    file: { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
  },
];

/** A format's name as the cite panel shows it, in the interface's language: "APA (7th edition)". */
export function citationFormatLabel(id: CitationFormat): string {
  return shareText().citationFormatNames[id];
}

/** Formats a CSL item: what loadCiteFormatter resolves to. */
export type FormatCitation = (item: CslItem, format: CitationFormat) => string;
