import type { CslItem } from './csl';

/** The formats a reference can be written in. */
export type CitationFormat = 'apa' | 'chicago' | 'bibtex' | 'ris' | 'csl-json';

/** A citation format as the cite panel offers it. */
export interface CitationFormatInfo {
  id: CitationFormat;
  label: string;
  /** For the formats reference managers import: the file extension and media type of a download. */
  file?: { extension: string; mediaType: string };
}

/** Formatted references first, then the files reference managers import. */
export const citationFormats: readonly CitationFormatInfo[] = [
  { id: 'apa', label: 'APA (7th edition)' },
  { id: 'chicago', label: 'Chicago (author-date)' },
  { id: 'bibtex', label: 'BibTeX', file: { extension: 'bib', mediaType: 'application/x-bibtex' } },
  {
    id: 'ris',
    label: 'RIS',
    file: { extension: 'ris', mediaType: 'application/x-research-info-systems' },
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    file: { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
  },
];

/** Formats a CSL item: what loadCiteFormatter resolves to. */
export type FormatCitation = (item: CslItem, format: CitationFormat) => string;
