// A query in a link and back: the SQL console writes its query here, "Open in SQL" a chart's. The first
// view never imports this file before a chart's actions ask for it; the browser's own CompressionStream
// does the compressing, so no compressor ships with the page.
import { encodeSqlText, isSqlText, MAX_SQL_PARAM_LENGTH, type SqlInUrl } from '../state/viewState';

/** Up to this many characters in the URL a query stays plain text, which a reader can read in the link. */
export const SHORT_SQL_LENGTH = 500;
/** The longest query a link carries, in UTF-8 bytes: reading stops here, so no deflate bomb can grow. */
export const MAX_SQL_BYTES = 65_536;

const FORMAT = 'deflate-raw';

/**
 * Why a link cannot carry a query, or why the one in a link was ignored; the SQL view says it in the
 * interface's language (linkNotice.ts), so that the words stay out of the chunk charts load this in.
 */
export type LinkNotice =
  | { kind: 'linkControlCharacters' }
  | { kind: 'linkTooLong'; bytes: number }
  | { kind: 'linkTooLongCompressed'; length: number; room: number }
  | { kind: 'sqlzNotBase64' }
  | { kind: 'sqlzNotCompressed' }
  | { kind: 'sqlzTooLong'; bytes: number }
  | { kind: 'sqlzNotUtf8' }
  | { kind: 'sqlzEmpty' }
  | { kind: 'sqlzControlCharacters' };

/**
 * How the URL carries `text`: as text when short, else compressed (sqlz) when that is shorter. A notice
 * instead when a link cannot carry it (too long even compressed, or control characters).
 */
export async function sqlToUrl(text: string): Promise<{ sql: SqlInUrl } | { notice: LinkNotice }> {
  if (text.trim() === '') return { sql: { text: '' } };
  if (!isSqlText(text)) {
    return { notice: { kind: 'linkControlCharacters' } };
  }
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_SQL_BYTES) {
    return { notice: { kind: 'linkTooLong', bytes: MAX_SQL_BYTES } };
  }
  const plain = encodeSqlText(text);
  if (plain.length <= SHORT_SQL_LENGTH) return { sql: { text } };
  const deflated = toBase64Url(await deflate(bytes));
  const shorter: SqlInUrl = deflated.length < plain.length ? { deflated } : { text };
  const length = 'deflated' in shorter ? deflated.length : plain.length;
  if (length > MAX_SQL_PARAM_LENGTH) {
    return { notice: { kind: 'linkTooLongCompressed', length, room: MAX_SQL_PARAM_LENGTH } };
  }
  return { sql: shorter };
}

/** The query text a URL carries, or a notice (naming the parameter) when it cannot be read. */
export async function sqlFromUrl(
  sql: SqlInUrl,
): Promise<{ text: string } | { notice: LinkNotice }> {
  if ('text' in sql) return { text: sql.text };
  const bytes = fromBase64Url(sql.deflated);
  if (bytes === null) return { notice: { kind: 'sqlzNotBase64' } };
  let inflated: Uint8Array | 'too long';
  try {
    inflated = await inflate(bytes, MAX_SQL_BYTES);
  } catch {
    return { notice: { kind: 'sqlzNotCompressed' } };
  }
  if (inflated === 'too long') {
    return { notice: { kind: 'sqlzTooLong', bytes: MAX_SQL_BYTES } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { notice: { kind: 'sqlzNotUtf8' } };
  }
  if (text.trim() === '') return { notice: { kind: 'sqlzEmpty' } };
  if (!isSqlText(text)) {
    return { notice: { kind: 'sqlzControlCharacters' } };
  }
  return { text };
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream(FORMAT));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated bytes, 'too long' past `limit` (read no further); throws on a broken stream. */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number) {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream(FORMAT))
    .getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return 'too long';
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
