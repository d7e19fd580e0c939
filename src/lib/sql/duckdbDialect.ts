import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

// DuckDB's grammar is PostgreSQL's (its parser is libpg_query's), so PostgreSQL's dialect is the base:
// its keywords, types, $$ strings and E'' escapes. These are the words DuckDB adds that PostgreSQL's
// lists lack, taken from DuckDB's keyword list (SELECT * FROM duckdb_keywords()) and type list
// (duckdb_types()): without them QUALIFY, PIVOT or HUGEINT would show as plain names.
const duckdbKeywords =
  'qualify pivot pivot_longer pivot_wider unpivot summarize describe asof positional anti semi ' +
  'macro lambda struct list map glob install load attach detach pragma export sample';
const duckdbTypes =
  'hugeint uhugeint ubigint uinteger usmallint utinyint tinyint list struct map union blob varint enum';
// PostgreSQL's geometric type POINT is not DuckDB's, and estimates.point is a column: not a type here.
const postgresTypes = (PostgreSQL.spec.types ?? '')
  .split(' ')
  .filter((type) => type !== 'point')
  .join(' ');
// Table functions a reader of our examples meets; highlighted as built-ins, not as table names.
const duckdbBuiltins = 'range generate_series unnest read_csv read_parquet read_json';

/** DuckDB's SQL for CodeMirror's SQL language: PostgreSQL's dialect with DuckDB's own words. */
export const DuckDB = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} ${duckdbKeywords}`,
  types: `${postgresTypes} ${duckdbTypes}`,
  builtin: `${PostgreSQL.spec.builtin ?? ''} ${duckdbBuiltins}`.trim(),
});
