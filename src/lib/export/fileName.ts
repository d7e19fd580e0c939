import type { DatasetVersion } from '../cite/version';

export type { DatasetVersion };

/** The project's name, the first part of every download's name. */
export const DOWNLOAD_PREFIX = 'nk-workers-abroad';

/** The version as it appears in file names: its date and the first 8 characters of its hash. */
export function versionSlug(version: DatasetVersion): string {
  return slug(`${version.date}-${version.hash.slice(0, 8)}`);
}

/**
 * A file base name from the parts that identify a view, e.g. ('compare', 'RUS', 2017, 2018) →
 * 'compare-RUS-2017-2018'. Empty parts are left out; anything but ASCII letters and digits becomes a
 * hyphen, so a hostile URL parameter cannot put a path or a quote into a file name.
 */
export function fileBaseName(...parts: readonly (string | number | null | undefined)[]): string {
  return slug(
    parts
      .filter((part) => part !== null && part !== undefined && part !== '')
      .map(String)
      .join('-'),
  );
}

/** e.g. nk-workers-abroad_compare-RUS-2017-2018_2026-11-27-1a2b3c4d.csv */
export function downloadFileName(
  baseName: string,
  version: DatasetVersion,
  extension: string,
): string {
  const view = slug(baseName) || 'data';
  return `${DOWNLOAD_PREFIX}_${view}_${versionSlug(version)}.${extension}`;
}

/** What the app knows of the data package's ZIP (`virtual:downloads`). */
export interface DataZipInfo {
  /** Where the page links to it (under the site's base). */
  url: string;
  fileName: string;
  /** Its size in bytes. */
  size: number;
}

/** The whole data package's ZIP, e.g. nk-workers-abroad-data-2026-11-27-1a2b3c4d.zip */
export function dataZipFileName(version: DatasetVersion): string {
  return `${DOWNLOAD_PREFIX}-data-${versionSlug(version)}.zip`;
}

function slug(text: string): string {
  return text
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
