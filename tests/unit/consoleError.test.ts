// DuckDB's errors as the SQL console reports them: the place in the query (DuckDB counts UTF-8 bytes and
// terminal columns, the editor UTF-16 code units) and the sandbox's refusals in plain words. The messages
// are DuckDB-WASM 1.32's own, copied from its answers.
import { describe, expect, it } from 'vitest';
import { caretPosition, consoleError } from '../../src/lib/sql/consoleError';
import { utf16Offset } from '../../src/lib/sql/statementCheck';
import { ConsoleQueryError, ConsoleRefusal } from '../../src/lib/sql/types';

describe('utf16Offset', () => {
  it.each([
    ['SELECT nocol', 7, 7],
    ["SELECT 'é', nocol", 13, 12],
    ["SELECT '북한', nocol", 16, 12],
    ["SELECT '😀', nocol", 14, 12],
    ['SELECT', 99, 6],
  ])('%s: byte %i is code unit %i', (text, byte, unit) => {
    expect(utf16Offset(text, byte)).toBe(unit);
  });
});

describe('consoleError', () => {
  it('reads a JSON error and turns its byte position into a character offset', () => {
    const sql = "SELECT 'é', nocol FROM estimates";
    const error = consoleError(
      new Error(
        '{"exception_type":"Binder","exception_message":"Referenced column \\"nocol\\" not found in FROM clause!","name":"nocol","position":"13","error_subtype":"COLUMN_NOT_FOUND"}',
      ),
      sql,
    );
    expect(error).toEqual(
      new ConsoleQueryError(
        'Binder Error: Referenced column "nocol" not found in FROM clause!',
        12,
      ),
    );
    expect((error as ConsoleQueryError).position).toBe(sql.indexOf('nocol'));
  });

  it('unwraps a parser error, whose message is the JSON of another', () => {
    const error = consoleError(
      new Error(
        'Parser Error: {"exception_type":"Parser","exception_message":"syntax error at or near \\"FROM\\"","error_subtype":"SYNTAX_ERROR","position":"14"}',
      ),
      'SELECT * FROM FROM',
    );
    expect(error).toBeInstanceOf(ConsoleQueryError);
    expect(error.message).toBe('Parser Error: syntax error at or near "FROM"');
    expect((error as ConsoleQueryError).position).toBe(14);
  });

  it('gives null when DuckDB names no place', () => {
    const error = consoleError(
      new Error('{"exception_type":"Conversion","exception_message":"Could not convert string"}'),
      "SELECT 'x'::INTEGER",
    );
    expect(error).toEqual(
      new ConsoleQueryError('Conversion Error: Could not convert string', null),
    );
    expect((error as ConsoleQueryError).position).toBeNull();
  });

  it.each([
    [
      '{"exception_type":"Permission","exception_message":"Cannot access file \\"http://example.org/x.csv\\" - file system operations are disabled by configuration","position":"14"}',
      'The console reads only the tables loaded on this page: it cannot open the file or address "http://example.org/x.csv".',
    ],
    [
      '{"exception_type":"Permission","exception_message":"Loading external extensions is disabled through configuration"}',
      'The console reads only the tables loaded on this page: DuckDB refused this (Loading external extensions is disabled through configuration).',
    ],
    [
      '{"exception_type":"Catalog","exception_message":"Table Function with name \\"read_parquet\\" is not in the catalog, but it exists in the parquet extension.\\n\\nPlease try installing and loading the parquet extension by running:\\nINSTALL parquet;"}',
      "read_parquet comes from DuckDB's parquet extension, which this page does not load: the console reads only the tables loaded here.",
    ],
    [
      'Parser Error: {"exception_type":"Parser","exception_message":"Expected a single SELECT statement","position":"14"}',
      'The console runs only SELECT queries: the text given to query() is not a single SELECT statement.',
    ],
  ])('refuses what the sandbox stopped: %s', (message, refusal) => {
    const error = consoleError(new Error(message), 'SELECT 1');
    expect(error).toBeInstanceOf(ConsoleRefusal);
    expect(error.message).toBe(refusal);
  });

  it('reads a plain error: its message without the line, its place from the caret', () => {
    const sql = 'SELECT 1,\n  2,\n  nocol\nFROM range(1)';
    const error = consoleError(
      new Error(
        'Binder Error: Referenced column "nocol" not found in FROM clause!\nCandidate bindings: "range"\n\nLINE 3:   nocol\n          ^',
      ),
      sql,
    );
    expect(error.message).toBe(
      'Binder Error: Referenced column "nocol" not found in FROM clause!\nCandidate bindings: "range"',
    );
    expect((error as ConsoleQueryError).position).toBe(sql.indexOf('nocol'));
  });
});

describe('caretPosition', () => {
  const missing =
    'Binder Error: Referenced column "nocol" was not found because the FROM clause is missing\n';

  it('counts a wide character as two columns', () => {
    const sql = "SELECT '북한 노동자' AS label, nocol";
    const raw = `${missing}\nLINE 1: SELECT '북한 노동자' AS label, nocol\n${' '.repeat(39)}^`;
    expect(caretPosition(raw, sql)).toBe(sql.indexOf('nocol'));
  });

  it('finds the place on a long line DuckDB cut at both ends', () => {
    const columns = (prefix: string) =>
      Array.from({ length: 30 }, (_, i) => `${i} AS ${prefix}${i}`).join(', ');
    const sql = `SELECT ${columns('c')}, nocol, ${columns('d')}`;
    const raw = `${missing}\nLINE 1: ... c24, 25 AS c25, 26 AS c26, 27 AS c27, 28 AS c28, 29 AS c29, nocol, 0 AS d0, 1 AS d1, 2 AS d2, 3 AS d3, 4 AS d4, 5 AS...\n${' '.repeat(72)}^`;
    expect(caretPosition(raw, sql)).toBe(sql.indexOf('nocol'));
  });

  it('is null without a caret, or when the line is not in the query', () => {
    expect(caretPosition('Parser Error: syntax error at end of input', 'SELECT 1 +')).toBeNull();
    expect(caretPosition(`${missing}\nLINE 2: nocol\n        ^`, 'SELECT nocol')).toBeNull();
  });
});
