import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { MAX_SQL_BYTES, SHORT_SQL_LENGTH, sqlFromUrl, sqlToUrl } from '../../src/lib/sql/sqlInUrl';
import { linkNoticeText } from '../../src/lib/sql/linkNotice';
import {
  defaultViewState,
  MAX_SQL_PARAM_LENGTH,
  parseViewState,
  serializeViewState,
  type SqlInUrl,
} from '../../src/lib/state/viewState';
import { figureSpecs } from '../../src/lib/figures/specs';

/** The URL the app writes for the SQL view showing `text`, or the notice why it cannot. */
async function urlOf(text: string): Promise<string> {
  const written = await sqlToUrl(text);
  if ('notice' in written) throw new Error(linkNoticeText(written.notice));
  return serializeViewState({ ...defaultViewState, view: 'sql', sql: written.sql });
}

/** What the SQL view reads back from a URL: its query text, or the notices. */
async function textOf(search: string): Promise<string | string[]> {
  const { state, notices } = parseViewState(search);
  if (notices.length > 0) return notices;
  const read = await sqlFromUrl(state.sql);
  return 'text' in read ? read.text : [linkNoticeText(read.notice)];
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

const chartQueries = figureSpecs.map(
  (spec) => spec.rows({ country: 'RUS', axis: 'described', filters: defaultViewState.filters }).sql,
);
// Some 20,000 characters of SQL, as varied as the site's own queries are.
const longQuery = chartQueries
  .flatMap((sql, index) => [`-- query ${index}: ${sql.length} characters`, sql])
  .join(';\n')
  .repeat(3)
  .slice(0, 20_000);

describe('a query through its URL', () => {
  it.each([
    ['short', 'SELECT count(*) FROM estimates'],
    ['with reserved characters', "SELECT 'a&b=c' || '+%#?' AS \"x y\", 1+1 -- done"],
    ['unicode', "SELECT * FROM sources WHERE title LIKE '%노동자%' -- 北朝鮮 😀"],
    ['layout', 'SELECT\n\t1,\r\n  2   '],
    ['a chart’s query', chartQueries[0]!],
    ['the longest chart’s query', chartQueries.reduce((a, b) => (a.length > b.length ? a : b))],
    ['20,000 characters', longQuery],
  ])('%s: comes back as written', async (_, text) => {
    expect(await textOf(await urlOf(text))).toBe(text);
  });

  it('is plain text while short, compressed when long', async () => {
    expect(await urlOf('SELECT 1')).toBe('?view=sql&sql=SELECT+1');
    const short = 'SELECT ' + 'x,'.repeat(150) + '1';
    expect(await sqlToUrl(short)).toEqual({ sql: { text: short } });
    const url = await urlOf(chartQueries[0]!);
    expect(url).toMatch(/^\?view=sql&sqlz=[\w-]+$/);
    expect(url.length).toBeLessThan(encodeURIComponent(chartQueries[0]!).length / 2);
    expect(url.length).toBeGreaterThan(SHORT_SQL_LENGTH);
  });

  it('keeps 20,000 characters of SQL within a link’s room', async () => {
    const url = await urlOf(longQuery);
    expect(url.length).toBeLessThan(MAX_SQL_PARAM_LENGTH);
  });

  it('gives nothing to keep for an empty editor', async () => {
    expect(await sqlToUrl(' \n')).toEqual({ sql: { text: '' } });
  });

  it.each([
    [
      'control characters',
      'SELECT 1\u0000',
      'The link cannot keep this query: it has control characters.',
    ],
    [
      'more than 64 KB',
      'x'.repeat(MAX_SQL_BYTES + 1),
      'The link cannot keep this query: it is longer than 64 KB.',
    ],
  ])('refuses %s with a notice', async (_, text, notice) => {
    const written = await sqlToUrl(text);
    expect('notice' in written && linkNoticeText(written.notice)).toBe(notice);
  });

  it('refuses what does not compress into a link’s room', async () => {
    // Random bytes as hex: 64 KB does not shrink to 5.6 KB.
    const random = Array.from({ length: 30_000 }, (_, i) =>
      ((i * 2654435761) >>> 16).toString(16),
    ).join('');
    const written = await sqlToUrl(random.slice(0, 60_000));
    expect(written).toHaveProperty('notice');
    expect('notice' in written && linkNoticeText(written.notice)).toMatch(
      /^The link cannot keep this query: compressed, it takes [\d,]+ characters of the 7,680 /,
    );
  });
});

describe('a compressed query that cannot be read', () => {
  const deflated = (text: string | Uint8Array) => base64url(deflateRawSync(text));
  const good = deflated('SELECT 1');

  it.each<[string, SqlInUrl, string]>([
    ['not deflate', { deflated: 'AAAAAAAA' }, 'Ignored sqlz: not a compressed query'],
    ['cut short', { deflated: good.slice(0, -3) }, 'Ignored sqlz: not a compressed query'],
    ['not base64url', { deflated: 'abc+/' }, 'Ignored sqlz: not base64url.'],
    ['a base64 length no bytes have', { deflated: 'abcde' }, 'Ignored sqlz: not base64url.'],
    [
      'a deflate bomb',
      { deflated: deflated(new Uint8Array(50_000_000).fill(32)) },
      'Ignored sqlz: the query it holds is longer than 64 KB.',
    ],
    [
      'not UTF-8',
      { deflated: deflated(new Uint8Array([0x53, 0xff, 0xfe])) },
      'Ignored sqlz: the query it holds is not UTF-8 text.',
    ],
    [
      'control characters',
      { deflated: deflated('SELECT\u001b[2J 1') },
      'Ignored sqlz: the query it holds has control characters.',
    ],
    ['empty', { deflated: deflated('  ') }, 'Ignored sqlz: the query it holds is empty.'],
  ])('%s: a notice naming sqlz', async (_, sql, notice) => {
    const read = await sqlFromUrl(sql);
    expect(read).toHaveProperty('notice');
    expect('notice' in read && linkNoticeText(read.notice).startsWith(notice)).toBe(true);
  });

  it('reads what another deflater wrote', async () => {
    expect(await sqlFromUrl({ deflated: good })).toEqual({ text: 'SELECT 1' });
  });

  it('gives a notice from the URL itself for junk and for too long a value', async () => {
    expect(await textOf('?view=sql&sqlz=%3Cb%3E')).toEqual([
      'Ignored sqlz “<b>”: not a compressed query (base64url).',
    ]);
    expect(await textOf(`?view=sql&sqlz=${'A'.repeat(MAX_SQL_PARAM_LENGTH + 1)}`)).toEqual([
      `Ignored sqlz: too long (${MAX_SQL_PARAM_LENGTH + 1} characters).`,
    ]);
    expect(await textOf('?view=sql&sqlz=AAAAAAAA')).toEqual([
      'Ignored sqlz: not a compressed query (the link may have been cut short).',
    ]);
  });
});
