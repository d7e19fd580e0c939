import { createHash } from 'node:crypto';
import type { EvidenceRow } from './evidence.ts';

/** One row of data/sources.csv. */
export interface Source {
  id: string;
  title: string;
  title_is_descriptive: 'yes' | 'no';
  publisher: string;
  url: string;
  published: string;
  note: string;
}

// Korean section tags and Yonhap's (LEAD) are part of the real headlines; other leading
// (...) or [...] tags are the researchers' labels for a publisher.
const headlineTags = new Set(['LEAD', 'VOA 뉴스', '경제와 우리 생활', '연해주 리포트 ①']);
const secondLevel = new Set(['co', 'com', 'or', 'go', 'ne', 'ac', 'org', 'net', 'gov', 'edu']);

function wrapped(title: string): boolean {
  const close = { '[': ']', '(': ')' }[title[0] ?? ''];
  if (!close || !title.endsWith(close)) return false;
  let depth = 0;
  for (let i = 0; i < title.length; i++) {
    if (title[i] === title[0]) depth++;
    else if (title[i] === close && --depth === 0) return i === title.length - 1;
  }
  return false;
}

function labelledByResearchers(title: string): boolean {
  const tag = /^[([]([^)\]]+)[)\]] /.exec(title);
  return tag !== null && !headlineTags.has(tag[1] ?? '');
}

function hostName(url: string): string {
  const labels = new URL(url).hostname.toLowerCase().split('.');
  const tld = labels.length - 1;
  const suffix = (labels[tld] ?? '').length === 2 && secondLevel.has(labels[tld - 1] ?? '') ? 2 : 1;
  return labels[labels.length - 1 - suffix] ?? labels[0] ?? 'source';
}

/** A readable, stable slug: host name, publication date, and a short hash of the URL. */
export function sourceId(url: string, published: string): string {
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 6);
  const name = hostName(url)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${name}-${published || 'undated'}-${hash}`;
}

function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Picks deterministically: by each key in turn (higher first), then by code point. */
function pick<T extends string>(values: Iterable<T>, ...keys: ((value: T) => number)[]): T {
  const sorted = [...values].sort((a, b) => {
    for (const key of keys) if (key(a) !== key(b)) return key(b) - key(a);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  if (sorted[0] === undefined) throw new Error('nothing to pick from');
  return sorted[0];
}

const inferredDate = /pub_date(?: year)?(?: is)? (?:inferred|approximate)|pub_date =/i;

/** One source per distinct URL, with a note on any real disagreement between its rows. */
export function buildSource(url: string, rows: readonly EvidenceRow[]): Source {
  if (!/^https?:\/\//.test(url)) throw new Error(`not an http(s) URL: ${url}`);
  const titles = tally(rows.map((row) => row.title));
  const title = pick(
    titles.keys(),
    (t) => (wrapped(t) ? 0 : 1),
    (t) => titles.get(t) ?? 0,
    (t) => t.length,
  );
  const descriptive =
    wrapped(title) ||
    labelledByResearchers(title) ||
    rows.some((row) => row.title === title && row.title_is_descriptive === 'yes');

  const publishers = tally(rows.map((row) => row.publisher));
  const publisher = pick(
    publishers.keys(),
    (p) => p.length,
    (p) => publishers.get(p) ?? 0,
  );

  const dates = tally(rows.map((row) => row.pub_date).filter((date) => date !== ''));
  const published =
    dates.size === 0
      ? ''
      : pick(
          dates.keys(),
          (d) => dates.get(d) ?? 0,
          (d) => d.length,
        );

  const note: string[] = [];
  const others = [...dates.keys()].filter(
    (date) => !published.startsWith(date) && date !== published,
  );
  if (others.length > 0) {
    note.push(
      `The evidence rows for this page disagree on its date (also ${others.join(', ')}); ${published} is the date most rows give.`,
    );
  }
  if (rows.some((row) => inferredDate.test(row.notes))) {
    note.push(
      'The publication date was inferred by the researchers; see the notes of the rows that cite it.',
    );
  }

  return {
    id: sourceId(url, published),
    title: wrapped(title) ? title.slice(1, -1).trim() : title,
    title_is_descriptive: descriptive ? 'yes' : 'no',
    publisher,
    url,
    published,
    note: note.join(' '),
  };
}
