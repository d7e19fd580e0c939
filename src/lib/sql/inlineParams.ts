import type { SqlParam } from '../db/engine';

/** A query with placeholders ($1, $2… or ?) and their values: a NamedQuery or an ExportableQuery. */
export interface ParameterisedQuery {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

type SegmentKind = 'code' | 'string' | 'identifier' | 'comment';
interface Segment {
  kind: SegmentKind;
  text: string;
}

/**
 * The query as one SQL text, each placeholder replaced by its value written as a literal: what a reader
 * can run and change. Placeholders inside string literals, quoted identifiers and comments are left
 * alone. Throws when a placeholder has no value.
 */
export function inlineParams({ sql, params }: ParameterisedQuery): string {
  let nextPositional = 0;
  const value = (index: number, placeholder: string) => {
    if (index < 0 || index >= params.length) {
      throw new RangeError(`${placeholder} has no value: the query has ${params.length}.`);
    }
    return sqlLiteral(params[index]!);
  };
  return scanSql(sql)
    .map(({ kind, text }) =>
      kind !== 'code'
        ? text
        : text.replace(/(?<![\w$])\$(\d+)|\?/g, (placeholder, number: string | undefined) =>
            number === undefined
              ? value(nextPositional++, placeholder)
              : value(Number(number) - 1, placeholder),
          ),
    )
    .join('');
}

/** A value as a DuckDB literal: 'text' (quotes doubled), NULL, TRUE, FALSE or a number. */
export function sqlLiteral(value: SqlParam): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `'${value}'::DOUBLE`;
    // In parentheses, a negative number cannot join a minus before it into a comment (`x--1`).
    return value < 0 ? `(${value})` : String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The query with the indentation its lines share taken away (a query written inside a template string
 * is indented like the code around it), and without blank lines at its ends. Lines that begin inside a
 * string or a comment are left as they are.
 */
export function dedentSql(sql: string): string {
  const lineStarts = [0];
  let offset = 0;
  for (const { kind, text } of scanSql(sql)) {
    if (kind === 'code') {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
        lineStarts.push(offset + at + 1);
      }
    }
    offset += text.length;
  }
  const indents = lineStarts.map((start) => {
    let end = start;
    while (sql[end] === ' ' || sql[end] === '\t') end += 1;
    return { start, length: end - start, blank: end === sql.length || /[\r\n]/.test(sql[end]!) };
  });
  const shared = Math.min(...indents.filter((line) => !line.blank).map((line) => line.length));
  let dedented = '';
  let copied = 0;
  for (const { start, length, blank } of indents) {
    dedented += sql.slice(copied, start);
    copied = start + (blank ? length : Math.min(length, shared));
  }
  dedented += sql.slice(copied);
  return dedented.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/**
 * The query cut into code and what is not code (string literals, quoted identifiers, comments), in
 * DuckDB's syntax: '' and "" escape their quote, E'' strings take backslash escapes, $tag$ strings run
 * to the same tag, block comments nest. An unterminated one runs to the end.
 */
function scanSql(sql: string): Segment[] {
  const segments: Segment[] = [];
  let code = 0;
  let at = 0;
  const push = (kind: SegmentKind, end: number) => {
    if (code < at) segments.push({ kind: 'code', text: sql.slice(code, at) });
    segments.push({ kind, text: sql.slice(at, end) });
    at = end;
    code = end;
  };
  while (at < sql.length) {
    const char = sql[at]!;
    const next = sql[at + 1];
    const afterWord = at > 0 && /[\w$]/.test(sql[at - 1]!);
    if (char === "'") {
      const escapes =
        at > 0 && /[eE]/.test(sql[at - 1]!) && !(at > 1 && /[\w$]/.test(sql[at - 2]!));
      push('string', quotedEnd(sql, at, "'", escapes));
    } else if (char === '"') {
      push('identifier', quotedEnd(sql, at, '"', false));
    } else if (char === '-' && next === '-') {
      const newline = sql.indexOf('\n', at);
      push('comment', newline === -1 ? sql.length : newline);
    } else if (char === '/' && next === '*') {
      push('comment', blockCommentEnd(sql, at));
    } else if (char === '$' && !afterWord) {
      const tag = /^\$(?:[A-Za-z_][\w]*)?\$/.exec(sql.slice(at));
      if (tag) {
        const close = sql.indexOf(tag[0], at + tag[0].length);
        push('string', close === -1 ? sql.length : close + tag[0].length);
      } else {
        at += 1;
      }
    } else {
      at += 1;
    }
  }
  if (code < sql.length) segments.push({ kind: 'code', text: sql.slice(code) });
  return segments;
}

/** Where a quoted run starting at `start` ends: after its closing quote (a doubled quote is inside). */
function quotedEnd(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  let at = start + 1;
  while (at < sql.length) {
    const char = sql[at]!;
    if (backslashEscapes && char === '\\') {
      at += 2;
    } else if (char === quote) {
      if (sql[at + 1] !== quote) return at + 1;
      at += 2;
    } else {
      at += 1;
    }
  }
  return sql.length;
}

function blockCommentEnd(sql: string, start: number): number {
  let depth = 0;
  let at = start;
  while (at < sql.length) {
    if (sql.startsWith('/*', at)) {
      depth += 1;
      at += 2;
    } else if (sql.startsWith('*/', at)) {
      depth -= 1;
      at += 2;
      if (depth === 0) return at;
    } else {
      at += 1;
    }
  }
  return sql.length;
}
