import type { ColumnKind, ResultColumn, SqlValue, TypedRows } from '../db/engine';
import {
  ByteWriter,
  binary,
  bool,
  encodeStruct,
  i32,
  i32List,
  i64,
  list,
  struct,
  structList,
  type ThriftStruct,
} from './thrift';

// DuckDB-WASM cannot write Parquet here: its parquet extension is loaded from extensions.duckdb.org,
// and the app makes no request to another origin. So DuckDB runs the query and this writes the file:
// one row group, one uncompressed PLAIN data page per column, every column OPTIONAL (nullable).

/** Parquet's physical types, repetition, encodings and page types (parquet.thrift). */
const Type = { BOOLEAN: 0, INT32: 1, INT64: 2, DOUBLE: 5, BYTE_ARRAY: 6 } as const;
const OPTIONAL = 1;
const Encoding = { PLAIN: 0, RLE: 3 } as const;
const DATA_PAGE = 0;
const UNCOMPRESSED = 0;
const ConvertedType = { UTF8: 0, DATE: 6, TIMESTAMP_MICROS: 10, JSON: 19 } as const;

const MAGIC = new TextEncoder().encode('PAR1');
const MS_PER_DAY = 86_400_000;

interface KindLayout {
  type: number;
  convertedType?: number;
  /** The LogicalType union, as [field id, its struct]. */
  logicalType?: readonly [number, ThriftStruct];
}

/** How each column kind is stored; nested values are JSON text (Parquet's JSON logical type). */
const layouts: Record<ColumnKind, KindLayout> = {
  string: { type: Type.BYTE_ARRAY, convertedType: ConvertedType.UTF8, logicalType: [1, []] },
  nested: { type: Type.BYTE_ARRAY, convertedType: ConvertedType.JSON, logicalType: [12, []] },
  boolean: { type: Type.BOOLEAN },
  int32: { type: Type.INT32 },
  int64: { type: Type.INT64 },
  double: { type: Type.DOUBLE },
  date: { type: Type.INT32, convertedType: ConvertedType.DATE, logicalType: [6, []] },
  timestamp: {
    type: Type.INT64,
    convertedType: ConvertedType.TIMESTAMP_MICROS,
    // Rows give timestamps as UTC instants: isAdjustedToUTC, unit MICROS.
    logicalType: [
      8,
      [
        [1, bool(true)],
        [2, struct([[2, struct([])]])],
      ],
    ],
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
  const out = new ByteWriter();
  out.bytes(MAGIC);
  const chunks: ThriftStruct[] = [];
  if (rows.length > 0) {
    for (const column of columns) chunks.push(writeColumnChunk(out, column, rows));
  }
  const rowGroupBytes = out.length - MAGIC.length;
  const footer = encodeStruct([
    [1, i32(1)],
    [
      2,
      structList([
        [
          [4, binary('schema')],
          [5, i32(columns.length)],
        ],
        ...columns.map(schemaElement),
      ]),
    ],
    [3, i64(rows.length)],
    [
      4,
      rows.length > 0
        ? structList([
            [
              [1, structList(chunks)],
              [2, i64(rowGroupBytes)],
              [3, i64(rows.length)],
              [5, i64(MAGIC.length)],
              [6, i64(rowGroupBytes)],
            ],
          ])
        : structList([]),
    ],
    [
      5,
      Object.keys(metadata).length > 0
        ? structList(
            Object.entries(metadata).map(([key, value]) => [
              [1, binary(key)],
              [2, binary(value)],
            ]),
          )
        : undefined,
    ],
    [6, binary('nk-workers-abroad')],
  ]);
  out.bytes(footer);
  out.int32LE(footer.length);
  out.bytes(MAGIC);
  return out.toBytes();
}

function schemaElement({ name, kind }: ResultColumn): ThriftStruct {
  const { type, convertedType, logicalType } = layouts[kind];
  return [
    [1, i32(type)],
    [3, i32(OPTIONAL)],
    [4, binary(name)],
    [6, convertedType === undefined ? undefined : i32(convertedType)],
    [10, logicalType ? struct([[logicalType[0], struct(logicalType[1])]]) : undefined],
  ];
}

/** Writes one column's page at the end of `out`; returns its ColumnChunk for the footer. */
function writeColumnChunk(
  out: ByteWriter,
  column: ResultColumn,
  rows: TypedRows['rows'],
): ThriftStruct {
  const cells = rows.map((row) => row[column.name] ?? null);
  const page = new ByteWriter();
  const levels = definitionLevels(cells);
  page.int32LE(levels.length);
  page.bytes(levels);
  writeValues(page, column, cells);
  const body = page.toBytes();
  const header = encodeStruct([
    [1, i32(DATA_PAGE)],
    [2, i32(body.length)],
    [3, i32(body.length)],
    [
      5,
      struct([
        [1, i32(cells.length)],
        [2, i32(Encoding.PLAIN)],
        [3, i32(Encoding.RLE)],
        [4, i32(Encoding.RLE)],
      ]),
    ],
  ]);
  const offset = out.length;
  out.bytes(header);
  out.bytes(body);
  const size = header.length + body.length;
  return [
    [2, i64(offset)],
    [
      3,
      struct([
        [1, i32(layouts[column.kind].type)],
        [2, i32List([Encoding.PLAIN, Encoding.RLE])],
        [3, list([binary(column.name)])],
        [4, i32(UNCOMPRESSED)],
        [5, i64(cells.length)],
        [6, i64(size)],
        [7, i64(size)],
        [9, i64(offset)],
      ]),
    ],
  ];
}

/** Definition levels (1 = a value, 0 = null) in the RLE/bit-packing hybrid, as runs of one level. */
function definitionLevels(cells: readonly SqlValue[]): Uint8Array {
  const out = new ByteWriter();
  let index = 0;
  while (index < cells.length) {
    const level = cells[index] === null ? 0 : 1;
    let end = index + 1;
    while (end < cells.length && (cells[end] === null ? 0 : 1) === level) end++;
    out.varint(BigInt(end - index) << 1n);
    out.byte(level);
    index = end;
  }
  return out.toBytes();
}

const encoder = new TextEncoder();

function writeValues(out: ByteWriter, { name, kind }: ResultColumn, cells: readonly SqlValue[]) {
  const values = cells.filter((cell) => cell !== null);
  const where = (value: SqlValue) =>
    `Parquet column ${name}: cannot write ${JSON.stringify(value)} as ${kind}`;
  if (kind === 'boolean') {
    // PLAIN booleans are bit-packed, least significant bit first.
    for (let start = 0; start < values.length; start += 8) {
      let byte = 0;
      values.slice(start, start + 8).forEach((value, bit) => {
        if (typeof value !== 'boolean') throw new TypeError(where(value));
        if (value) byte |= 1 << bit;
      });
      out.byte(byte);
    }
    return;
  }
  for (const value of values) {
    switch (kind) {
      case 'string':
      case 'nested': {
        if (kind === 'string' && typeof value !== 'string') throw new TypeError(where(value));
        const bytes = encoder.encode(kind === 'nested' ? JSON.stringify(value) : (value as string));
        out.int32LE(bytes.length);
        out.bytes(bytes);
        break;
      }
      case 'int32':
        if (!Number.isInteger(value) || (value as number) !== ((value as number) | 0))
          throw new TypeError(where(value));
        out.int32LE(value as number);
        break;
      case 'int64':
        if (!Number.isSafeInteger(value)) throw new TypeError(where(value));
        out.int64LE(BigInt(value as number));
        break;
      case 'double':
        if (typeof value !== 'number') throw new TypeError(where(value));
        out.float64LE(value);
        break;
      case 'date': {
        const time =
          typeof value === 'string' ? Date.parse(`${value.slice(0, 10)}T00:00:00Z`) : NaN;
        if (Number.isNaN(time)) throw new TypeError(where(value));
        out.int32LE(Math.round(time / MS_PER_DAY));
        break;
      }
      case 'timestamp': {
        const time = typeof value === 'string' ? Date.parse(value) : NaN;
        if (Number.isNaN(time)) throw new TypeError(where(value));
        out.int64LE(BigInt(time) * 1000n);
        break;
      }
    }
  }
}
