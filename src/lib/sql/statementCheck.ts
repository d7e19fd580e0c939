import { sqlText } from '../i18n/en/sql';
import { ConsoleRefusal } from './types';

/** DuckDB's tokenizer output for a text: where each token starts (a UTF-8 byte offset) and its kind. */
export interface ScriptTokens {
  offsets: ArrayLike<number>;
  types: ArrayLike<number>;
}

/** DuckDB-WASM's token kinds (TokenType in its bindings); comments are not tokens. */
const OPERATOR = 3;
const KEYWORD = 4;

/** A token of the text: its kind, its text (keywords upper-cased) and where it starts (UTF-16 offset). */
export interface Token {
  type: number;
  text: string;
  start: number;
}

/** The keywords a query may start with: each begins a SELECT statement in DuckDB's grammar. */
const queryStarts = new Set([
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'PIVOT',
  'PIVOT_WIDER',
  'PIVOT_LONGER',
  'UNPIVOT',
  'DESCRIBE',
  'SHOW',
  'SUMMARIZE',
]);

type Reason = keyof ReturnType<typeof sqlText>['statementReasons'];
/** Why a statement of this keyword is refused (sqlText().statementReasons says it in words). */
const refusalReasons: Record<string, Reason> = {
  INSERT: 'changesData',
  UPDATE: 'changesData',
  DELETE: 'changesData',
  MERGE: 'changesData',
  TRUNCATE: 'changesData',
  CREATE: 'changesData',
  DROP: 'changesData',
  ALTER: 'changesData',
  COMMENT: 'changesData',
  COPY: 'writesOrReadsFiles',
  EXPORT: 'writesFiles',
  IMPORT: 'readsFiles',
  ATTACH: 'opensDatabase',
  DETACH: 'closesDatabase',
  USE: 'switchesDatabase',
  INSTALL: 'installsExtension',
  LOAD: 'loadsExtension',
  FORCE: 'installsExtension',
  SET: 'changesSettings',
  RESET: 'changesSettings',
  PRAGMA: 'runsEngineCommand',
  CALL: 'callsProcedure',
  CHECKPOINT: 'rewritesStorage',
  VACUUM: 'rewritesStorage',
  ANALYZE: 'rewritesStatistics',
  BEGIN: 'controlsTransactions',
  START: 'controlsTransactions',
  COMMIT: 'controlsTransactions',
  ROLLBACK: 'controlsTransactions',
  ABORT: 'controlsTransactions',
  END: 'controlsTransactions',
  PREPARE: 'managesPrepared',
  EXECUTE: 'runsPrepared',
  DEALLOCATE: 'managesPrepared',
  EXPLAIN: 'explainsPlan',
};

/**
 * Keywords refused anywhere in a query, not only first: `WITH … INSERT …` is a write that starts like a
 * query. None of them has a place in a SELECT (a column so named is written in double quotes, which
 * makes it an identifier, not a keyword).
 */
const refusedAnywhere = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'TRUNCATE',
  'CREATE',
  'DROP',
  'ALTER',
  'COPY',
  'EXPORT',
  'IMPORT',
  'ATTACH',
  'DETACH',
  'INSTALL',
  'LOAD',
  'SET',
  'RESET',
  'PRAGMA',
  'CALL',
  'CHECKPOINT',
  'VACUUM',
]);

/**
 * Refuses (ConsoleRefusal) any text but exactly one query, from DuckDB's own tokenizing of it: the
 * console runs SELECT statements only. A text DuckDB cannot tokenize to its end (an open quote) is
 * let through: DuckDB parses every statement of a text before it runs any, so it fails as a whole.
 */
export function checkStatement(sql: string, scriptTokens: ScriptTokens): void {
  const statements = splitStatements(tokensOf(sql, scriptTokens));
  if (statements.length === 0) throw new ConsoleRefusal(() => sqlText().noQueryToRun);
  if (statements.length > 1) {
    const count = statements.length;
    throw new ConsoleRefusal(() => sqlText().oneQueryAtATime(count));
  }
  const tokens = statements[0]!;
  const first = tokens.find((token) => !(token.type === OPERATOR && token.text === '('));
  if (first?.type === KEYWORD && !queryStarts.has(first.text)) {
    const keyword = first.text;
    throw new ConsoleRefusal(() => sqlText().onlySelectStatement(keyword, reason(keyword)));
  }
  const write = tokens.find((token) => token.type === KEYWORD && refusedAnywhere.has(token.text));
  if (write) {
    const keyword = write.text;
    throw new ConsoleRefusal(() =>
      sqlText().onlySelectContains(keyword, reason(keyword), `"${keyword.toLowerCase()}"`),
    );
  }
}

/** Why `keyword` is refused, in the interface's language; null when no reason is written for it. */
function reason(keyword: string): string | null {
  const why = refusalReasons[keyword];
  return why ? sqlText().statementReasons[why] : null;
}

/** The statements of a token list: the runs between `;` operators that hold a token. */
function splitStatements(tokens: Token[]): Token[][] {
  const statements: Token[][] = [[]];
  for (const token of tokens) {
    if (token.type === OPERATOR && token.text === ';') statements.push([]);
    else statements[statements.length - 1]!.push(token);
  }
  return statements.filter((statement) => statement.length > 0);
}

/** DuckDB's tokens of `sql` with their text and UTF-16 starts (DuckDB counts UTF-8 bytes). */
export function tokensOf(sql: string, { offsets, types }: ScriptTokens): Token[] {
  const bytes = new TextEncoder().encode(sql);
  const decoder = new TextDecoder();
  const tokens: Token[] = [];
  for (let index = 0; index < offsets.length; index++) {
    const from = offsets[index]!;
    const to = index + 1 < offsets.length ? offsets[index + 1]! : bytes.length;
    const span = decoder.decode(bytes.subarray(from, to));
    const type = types[index]!;
    const text =
      type === KEYWORD
        ? (/^[A-Za-z_][A-Za-z_0-9]*/.exec(span)?.[0] ?? span.trim()).toUpperCase()
        : type === OPERATOR
          ? span.trim().charAt(0)
          : span.trim();
    tokens.push({ type, text, start: utf16Offset(sql, from) });
  }
  return tokens;
}

/** The UTF-16 offset in `text` of the character at UTF-8 byte offset `byteOffset`. */
export function utf16Offset(text: string, byteOffset: number): number {
  let bytes = 0;
  let index = 0;
  while (index < text.length && bytes < byteOffset) {
    const code = text.codePointAt(index)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    index += code >= 0x10000 ? 2 : 1;
  }
  return index;
}
