// Reads a Parquet download back with hyparquet, a reader kept apart from the writer (hyparquet-writer).
import { parquetMetadata, parquetReadObjects, type SchemaElement } from 'hyparquet';
import type { ResultColumn } from '../../src/lib/db/engine';

/** A Parquet file read back: its rows, its columns' schema elements and its key-value metadata. */
export interface ParquetFile {
  rows: Record<string, unknown>[];
  columns: SchemaElement[];
  metadata: Record<string, string | undefined>;
  createdBy: string | undefined;
}

export async function readParquet(bytes: Uint8Array): Promise<ParquetFile> {
  // A copy: an ArrayBuffer that is exactly the file (a Node Buffer's may be shared and larger).
  const file = bytes.slice().buffer;
  const meta = parquetMetadata(file);
  const [root, ...columns] = meta.schema;
  if (root?.num_children !== columns.length) throw new Error('parquet: the schema is not flat');
  return {
    rows: await parquetReadObjects({ file }),
    columns,
    metadata: Object.fromEntries(
      (meta.key_value_metadata ?? []).map(({ key, value }) => [key, value]),
    ),
    createdBy: meta.created_by,
  };
}

/**
 * Rows as a Parquet reader gives them back: INT64 as BigInt, DATE and TIMESTAMP as Dates. Turning
 * the expected numbers into BigInts, not the read BigInts into numbers, keeps the comparison exact.
 */
export function asParquetRows(
  rows: readonly Record<string, unknown>[],
  columns: readonly ResultColumn[],
): Record<string, unknown>[] {
  return rows.map((row) =>
    Object.fromEntries(
      columns.map(({ name, kind }) => {
        const value = row[name] ?? null;
        if (value === null) return [name, null];
        if (kind === 'int64') return [name, BigInt(value as number)];
        if (kind === 'date' || kind === 'timestamp') return [name, new Date(value as string)];
        return [name, value];
      }),
    ),
  );
}
