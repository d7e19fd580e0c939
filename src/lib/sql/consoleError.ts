import { sqlText } from '../i18n/en/sql';
import { utf16Offset } from './statementCheck';
import { ConsoleQueryError, ConsoleRefusal } from './types';

/** DuckDB's error as JSON (its `errors_as_json` setting): what the console's connection reports. */
interface DuckError {
  exception_type?: string;
  exception_message?: string;
  /** A UTF-8 byte offset in the query, as text. */
  position?: string;
}

/**
 * DuckDB's error for the query `sql` as the console reports it: a refusal when the sandbox stopped it
 * (a file, a URL, an extension), else DuckDB's message with the place in `sql` it points at. Reads
 * DuckDB's JSON errors, and its plain ones (`LINE n:` and a caret) too.
 */
export function consoleError(error: unknown, sql: string): ConsoleQueryError | ConsoleRefusal {
  const raw = error instanceof Error ? error.message : String(error);
  const json = duckError(raw);
  if (!json) return new ConsoleQueryError(raw.split('\nLINE ')[0]!.trim(), caretPosition(raw, sql));
  const type = json.exception_type ?? 'Unknown';
  const message = json.exception_message ?? raw;
  const refusal = sandboxRefusal(type, message);
  if (refusal) return refusal;
  const position = json.position === undefined ? null : Number(json.position);
  return new ConsoleQueryError(
    `${type} Error: ${message}`,
    position === null || !Number.isInteger(position) ? null : utf16Offset(sql, position),
  );
}

function duckError(raw: string): DuckError | null {
  const start = raw.indexOf('{"exception_type"');
  if (start < 0) return null;
  let error: DuckError;
  try {
    error = JSON.parse(raw.slice(start)) as DuckError;
  } catch {
    return null;
  }
  // A parser error comes wrapped in another: its message is the JSON of the first.
  const inner = error.exception_message === undefined ? null : duckError(error.exception_message);
  return inner ? { ...inner, position: inner.position ?? error.position } : error;
}

/** What the sandbox settings make DuckDB say, in plain words. */
function sandboxRefusal(type: string, message: string): ConsoleRefusal | null {
  const file = /Cannot access file "(.*)" - file system operations are disabled/.exec(message)?.[1];
  if (file !== undefined) return new ConsoleRefusal(() => sqlText().cannotOpenFile(file));
  const extension =
    /with name "?([^"]+?)"? is not in the catalog, but it exists in the (\w+) extension/.exec(
      message,
    );
  if (extension) {
    const name = extension[1]!;
    const from = extension[2]!;
    return new ConsoleRefusal(() => sqlText().extensionNotLoaded(name, from));
  }
  if (/Expected a single SELECT statement/.test(message)) {
    return new ConsoleRefusal(() => sqlText().notSingleSelect);
  }
  if (type === 'Permission') {
    return new ConsoleRefusal(() => sqlText().permissionRefused(message));
  }
  return null;
}

/**
 * Where DuckDB's plain error text points: it prints the line (`LINE n: `, cut with `...` when long)
 * and a caret under the character, counted in rendered columns (a wide character takes two).
 */
export function caretPosition(raw: string, sql: string): number | null {
  const match = /\nLINE (\d+): (\.\.\.)?(.*)\n( *)\^/.exec(raw);
  if (!match) return null;
  const [, lineNumber, cutStart, shownLine, indent] = match;
  const prefix = `LINE ${lineNumber}: `.length + (cutStart ? 3 : 0);
  const shown = shownLine!.replace(/\.\.\.$/, '');
  const lines = sql.split(/(?<=\r\n|\n|\r)/);
  const line = lines[Number(lineNumber) - 1];
  if (line === undefined) return null;
  const lineStart = lines.slice(0, Number(lineNumber) - 1).join('').length;
  const shownAt = line.indexOf(shown);
  if (shownAt < 0) return null;
  let columns = indent!.length - prefix;
  let offset = shownAt;
  for (const character of shown) {
    if (columns <= 0) break;
    columns -= renderWidth(character.codePointAt(0)!);
    offset += character.length;
  }
  return lineStart + offset;
}

/** Columns a character takes in a terminal: two for East Asian wide ones (Hangul among them). */
function renderWidth(code: number): number {
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}
