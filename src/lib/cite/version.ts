/** Which data a view, citation, export or image shows: computed at build time from data/. */
export interface DatasetVersion {
  /** The first 8 hex digits of a SHA-256 over the files of data/datapackage.json (see CHANGELOG). */
  hash: string;
  /** YYYY-MM-DD: the last commit that changed those files, or their newest modification date. */
  date: string;
  /** How the version is shown and cited: `2026-11-27 · 1a2b3c4d`. */
  label: string;
}

/** The label of a version: its date, a middle dot, its hash. */
export function versionLabel(date: string, hash: string): string {
  return `${date} · ${hash}`;
}
