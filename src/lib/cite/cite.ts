import { dataPackage } from '../data/schema';
import type { FigureRow } from '../queries/rows';
import type { CslDate, CslItem, CslName } from './csl';
import type { DatasetVersion } from './version';
import { neutraliseCell } from '../export/safeText';
import { formatFigureExact } from '../format';
import { shareText } from '../i18n/en/share';

/** Who the dataset and its views are credited to. */
export const CONTRIBUTORS = 'nk-workers-abroad contributors';
const DATASET = 'nk-workers-abroad';

/**
 * The source columns a figure's citation needs (FigureRow and CompareReport have them), and the
 * figure's numbers where known (a FigureRow's), which a Korean citation writes out.
 */
export type CitedFigure = Pick<
  FigureRow,
  'id' | 'source_id' | 'title' | 'title_is_descriptive' | 'publisher' | 'url' | 'published'
> &
  Partial<Pick<FigureRow, 'low' | 'high' | 'point' | 'qualifier' | 'measure'>>;

/**
 * The CSL item of the publication a figure was read in: a web page (every source is the page that was
 * read) by its publisher, as an organisation's name; the title, or for a descriptive title our
 * description in square brackets; the date at the precision the source gives, none when undated; the URL
 * when it is http(s). The note names the figure, the dataset version and the view (an absolute URL) it
 * was found in, in the interface's language (the Korean note writes the figure out too: "2만~8만 명
 * (20,000–80,000)"). No access date: the dataset does not record one per source.
 */
export function citeFigure(
  figure: CitedFigure,
  { viewUrl, version }: { viewUrl: string; version: DatasetVersion },
): CslItem {
  const view = httpUrl(viewUrl);
  const title = plain(figure.title);
  const key = citationKey(figure.source_id);
  return withoutEmpty({
    id: key,
    type: 'webpage',
    'citation-key': key,
    author: organisation(figure.publisher),
    title: figure.title_is_descriptive ? bracketed(title) : title,
    issued: cslDate(figure.published),
    URL: httpUrl(figure.url),
    note: shareText().figureFoundIn(
      citationKey(figure.id),
      plain(citedAmount(figure)),
      version.label,
      view ?? null,
    ),
  });
}

/** The CSL item of a chart view: a dataset by the contributors, titled as the chart, at its permalink. */
export function citeView({
  title,
  url,
  version,
}: {
  title: string;
  /** The view's permalink, absolute; left out unless http(s). */
  url: string;
  version: DatasetVersion;
}): CslItem {
  const key = `${DATASET}-${version.hash}-view-${shortHash(url)}`;
  return withoutEmpty({
    id: key,
    type: 'dataset',
    'citation-key': key,
    author: organisation(CONTRIBUTORS),
    title: plain(title),
    version: version.label,
    issued: cslDate(version.date),
    URL: httpUrl(url),
  });
}

/** The CSL item of the whole dataset at `version`, with the address it is published at, if given. */
export function citeDataset(version: DatasetVersion, url?: string): CslItem {
  const key = `${DATASET}-${version.hash}`;
  return withoutEmpty({
    id: key,
    type: 'dataset',
    'citation-key': key,
    author: organisation(CONTRIBUTORS),
    title: plain(dataPackage.title ?? DATASET),
    version: version.label,
    issued: cslDate(version.date),
    URL: url === undefined ? undefined : httpUrl(url),
  });
}

/** The figure as the page writes it with its exact numbers; '' when the row has no numbers. */
function citedAmount(figure: CitedFigure): string {
  const { low, high, point, qualifier, measure } = figure;
  if (measure === undefined) return '';
  return formatFigureExact({
    low: low ?? null,
    high: high ?? null,
    point: point ?? null,
    qualifier: qualifier ?? null,
    measure,
  });
}

/** A CSL date from YYYY, YYYY-MM or YYYY-MM-DD; undefined for anything else or a day that does not exist. */
export function cslDate(text: string | null | undefined): CslDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map((part) => (part ? Number(part) : undefined));
  if (year === undefined) return undefined;
  if (month === undefined) return { 'date-parts': [[year]] };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { 'date-parts': [[year, month]] };
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? { 'date-parts': [[year, month, day]] }
    : undefined;
}

/** The URL, normalised, when it is an absolute http(s) URL; else undefined. */
function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function organisation(name: string): CslName[] | undefined {
  const literal = plain(name);
  return literal ? [{ literal }] : undefined;
}

/**
 * Text on one line: line breaks and other control characters made spaces, invisible format characters
 * (bidirectional overrides among them), lone surrogates and U+FFFE/U+FFFF dropped, runs of white space
 * made one space. A field that then begins like a spreadsheet formula (= + - @) gets a leading quote,
 * as a CSV download's cell does: trimming must not turn " =cmd" into a formula.
 */
function plain(text: string): string {
  return neutraliseCell(
    text
      .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
      .replace(/[\p{Cf}\p{Cs}\uFFFE\uFFFF]/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** An id as a key: ids are [a-z0-9-] by the schema; anything else that gets through becomes a hyphen. */
function citationKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_.:-]/g, '-');
}

function bracketed(description: string): string {
  return /^\[.*\]$/.test(description) ? description : `[${description}]`;
}

/** Eight hex digits of FNV-1a over the text's UTF-16 code units: a key suffix, not a security hash. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function withoutEmpty(item: CslItem): CslItem {
  return Object.fromEntries(
    Object.entries(item).filter(([, value]) => value !== undefined && value !== ''),
  ) as CslItem;
}
