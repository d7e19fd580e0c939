// Citations of figures, views and the dataset. Nothing here imports citation-js: formatting is loaded on
// demand by loadCiteFormatter.
export { CONTRIBUTORS, citeDataset, citeFigure, citeView, cslDate, type CitedFigure } from './cite';
export type { CslDate, CslItem, CslName } from './csl';
export {
  citationFormats,
  type CitationFormat,
  type CitationFormatInfo,
  type FormatCitation,
} from './formats';
export { loadCiteFormatter } from './loadCiteFormatter';
export { versionLabel, type DatasetVersion } from './version';
