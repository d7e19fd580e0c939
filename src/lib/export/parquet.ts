import { parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';
import type { ColumnKind, SqlValue, TypedRows } from '../db/engine';

// DuckDB-WASM cannot write Parquet here: its parquet extension is loaded from extensions.duckdb.org,
// and the app makes no request to another origin. So DuckDB runs the query and hyparquet-writer
// writes the file. The schema is given explicitly, from the result's columns, so that an empty
// result keeps its column types and no type is guessed from the values.

/** How each column kind is stored: every column is OPTIONAL, so nulls stay null. */
const elements: Record<ColumnKind, Omit<SchemaElement, 'name' | 'repetition_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
  // hyparquet-writer can write LIST and struct groups, but only from a schema that names every
  // element type, and a nested column's kind does not: lists and structs are JSON text instead.
  nested: { type: 'BYTE_ARRAY', converted_type: 'JSON', logical_type: { type: 'JSON' } },
  boolean: { type: 'BOOLEAN' },
  int32: { type: 'INT32' },
  int64: { type: 'INT64' },
  double: { type: 'DOUBLE' },
  date: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
  // Rows give timestamps as UTC instants.
  timestamp: {
    type: 'INT64',
    converted_type: 'TIMESTAMP_MICROS',
    logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' },
  },
};

/**
 * A query result as a Parquet file. `metadata` goes into the footer's key-value metadata, where a
 * reader finds the dataset version and the query.
 */
export function toParquet(
  { columns, rows }: TypedRows,
  metadata: Record<string, string>,
): Uint8Array {
  const schema: SchemaElement[] = [
    { name: 'schema', num_children: columns.length },
    ...columns.map(({ name, kind }) => ({
      name,
      repetition_type: 'OPTIONAL' as const,
      ...elements[kind],
    })),
  ];
  const buffer = parquetWriteBuffer({
    schema,
    columnData: columns.map(({ name, kind }) => ({
      name,
      data: rows.map((row) => writable(row[name] ?? null, kind)),
    })),
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: 'nk-workers-abroad',
  });
  return new Uint8Array(buffer);
}

/**
 * A cell as hyparquet-writer takes it: INT64 as a BigInt, dates and timestamps (ISO text in rows) as
 * Dates. The library checks each value against its column's physical type and throws on a mismatch.
 */
function writable(value: SqlValue, kind: ColumnKind): unknown {
  if (kind === 'int64' && typeof value === 'number') return BigInt(value);
  if ((kind === 'date' || kind === 'timestamp') && typeof value === 'string')
    return new Date(value);
  return value;
}
