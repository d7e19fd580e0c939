/** A CSL-JSON date: its parts at the precision known (year; year and month; year, month and day). */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** A CSL-JSON name: a person's family and given names, or an organisation's `literal` name. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/**
 * The CSL-JSON item of a reference (the subset of CSL-JSON 1.0.2 the project writes): the one canonical
 * form every citation format is produced from.
 */
export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper' | 'report' | 'dataset';
  /** The BibTeX key reference managers keep. */
  'citation-key'?: string;
  author?: CslName[];
  /** A title, or a description in square brackets where the work has no title of its own. */
  title?: string;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  genre?: string;
  number?: string;
  version?: string;
  issued?: CslDate;
  URL?: string;
  note?: string;
}
