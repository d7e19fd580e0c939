import { DataType, type Data, type Field, type Table, type Utf8 } from 'apache-arrow';
import type { ColumnKind, SqlValue, TypedRows } from './engine';

/**
 * Converts a DuckDB result table to plain objects keyed by column name. Column by column: each column's
 * conversion is chosen once from its type, and its cells are read by iterating the vector, which is
 * several times faster than reading them one by one (views read thousands of rows per filter change).
 */
export function arrowToRows<T>(table: Table): T[] {
  const rows: Record<string, SqlValue>[] = Array.from({ length: table.numRows }, () => ({}));
  table.schema.fields.forEach((field, columnIndex) => {
    const column = table.getChildAt(columnIndex);
    if (!column) return;
    let rowIndex = 0;
    if (DataType.isUtf8(field.type)) {
      for (const data of column.data) {
        for (const value of utf8Cells(data as Data<Utf8>)) rows[rowIndex++]![field.name] = value;
      }
      return;
    }
    const convert = cellConverter(field.type, field.name);
    for (const value of column) rows[rowIndex++]![field.name] = convert(value);
  });
  return rows as T[];
}

const utf8 = new TextDecoder();

/**
 * The strings of one chunk of a VARCHAR column, decoded in one call and sliced per cell: decoding cell by
 * cell, as Arrow does, was most of the cost of turning a large answer into rows.
 */
function utf8Cells(data: Data<Utf8>): (string | null)[] {
  // A sliced chunk's offsets are sliced with it: cell i's bytes run from valueOffsets[i] to [i + 1].
  const { length, valueOffsets, values } = data;
  const from = valueOffsets[0] ?? 0;
  const bytes = values.subarray(from, valueOffsets[length] ?? from);
  const text = utf8.decode(bytes);
  const offsets =
    text.length === bytes.length
      ? Array.from({ length: length + 1 }, (_, i) => valueOffsets[i]! - from)
      : charOffsets(bytes, valueOffsets, from, length);
  const cells: (string | null)[] = new Array(length);
  // The validity bitmap read directly: Data.getValid checks the column's type on every call.
  const valid = data.nullCount > 0 ? data.nullBitmap : null;
  for (let i = 0; i < length; i++) {
    const bit = data.offset + i;
    cells[i] =
      valid && !((valid[bit >> 3]! >> (bit & 7)) & 1)
        ? null
        : text.slice(offsets[i], offsets[i + 1]);
  }
  return cells;
}

/**
 * Where each cell starts in the decoded text (UTF-16 code units) from where it starts in the UTF-8
 * bytes: a character of four bytes is two code units, of fewer one; continuation bytes are none.
 */
function charOffsets(
  bytes: Uint8Array,
  byteOffsets: ArrayLike<number>,
  from: number,
  length: number,
): Uint32Array {
  const offsets = new Uint32Array(length + 1);
  let units = 0;
  let byte = 0;
  for (let i = 0; i <= length; i++) {
    const end = byteOffsets[i]! - from;
    for (; byte < end; byte++) {
      const lead = bytes[byte]!;
      if ((lead & 0xc0) !== 0x80) units += lead >= 0xf0 ? 2 : 1;
    }
    offsets[i] = units;
  }
  return offsets;
}

/** How a column's cells become plain values: as toPlainValue, with the type's branch chosen once. */
function cellConverter(type: DataType, path: string): (value: unknown) => SqlValue {
  if (DataType.isFloat(type) || DataType.isBool(type)) {
    return (value) => (value ?? null) as SqlValue;
  }
  if (DataType.isInt(type) && type.bitWidth <= 32) return (value) => (value ?? null) as SqlValue;
  return (value) => toPlainValue(value, type, path);
}

/** A DuckDB result table as plain rows with the kind of each column (see ColumnKind). */
export function arrowToTypedRows(table: Table): TypedRows {
  return {
    columns: table.schema.fields.map((field) => ({
      name: field.name,
      kind: columnKind(field.type),
    })),
    rows: arrowToRows(table),
  };
}

/** How an export writes a column of this Arrow type; it follows what toPlainValue makes of a cell. */
export function columnKind(type: DataType): ColumnKind {
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) return 'nested';
  if (DataType.isStruct(type) || DataType.isMap(type)) return 'nested';
  if (DataType.isDecimal(type) || DataType.isFloat(type)) return 'double';
  if (DataType.isInt(type)) return type.bitWidth === 64 || !type.isSigned ? 'int64' : 'int32';
  if (DataType.isBool(type)) return 'boolean';
  if (DataType.isDate(type)) return 'date';
  if (DataType.isTimestamp(type)) return 'timestamp';
  return 'string';
}

/** One Arrow cell as a plain JS value; `path` names the column in errors. */
export function toPlainValue(value: unknown, type: DataType, path: string): SqlValue {
  if (value === null || value === undefined) return null;
  if (DataType.isDecimal(type)) return decimalToNumber(value as Uint32Array, type.scale, path);
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    return listToArray(value as Iterable<unknown>, childFields(type)[0], path);
  }
  if (DataType.isStruct(type)) return structToObject(value as Record<string, unknown>, type, path);
  if (DataType.isMap(type)) return mapToObject(value as Iterable<[unknown, unknown]>, type, path);
  if (DataType.isDate(type) || DataType.isTimestamp(type)) return dateToIso(value, type);
  if (typeof value === 'bigint') return toSafeNumber(value, path);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

function childFields(type: DataType): Field[] {
  return (type.children ?? []) as Field[];
}

function listToArray(values: Iterable<unknown>, item: Field | undefined, path: string): SqlValue[] {
  if (!item) throw new Error(`Column ${path}: list type without an item type`);
  return Array.from(values, (value, index) => toPlainValue(value, item.type, `${path}[${index}]`));
}

function structToObject(value: Record<string, unknown>, type: DataType, path: string) {
  const object: Record<string, SqlValue> = {};
  for (const field of childFields(type)) {
    object[field.name] = toPlainValue(value[field.name], field.type, `${path}.${field.name}`);
  }
  return object;
}

function mapToObject(entries: Iterable<[unknown, unknown]>, type: DataType, path: string) {
  // Arrow maps hold one struct child of (key, value) fields.
  const valueField = childFields(childFields(type)[0]?.type ?? type)[1];
  const object: Record<string, SqlValue> = {};
  for (const [key, value] of entries) {
    object[String(key)] = valueField
      ? toPlainValue(value, valueField.type, `${path}.${String(key)}`)
      : null;
  }
  return object;
}

function dateToIso(value: unknown, type: DataType): string {
  const time = typeof value === 'bigint' ? Number(value) : (value as number | Date).valueOf();
  const iso = new Date(time).toISOString();
  return DataType.isDate(type) ? iso.slice(0, 10) : iso;
}

/** BIGINT, UBIGINT and friends: exact when safe, an error otherwise (never a silently rounded count). */
export function toSafeNumber(value: bigint, path: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Column ${path}: ${value} is not a safe integer; cast it in SQL`);
  }
  return Number(value);
}

/**
 * DECIMAL and HUGEINT (DuckDB sends HUGEINT as DECIMAL(38,0)). Arrow hands them over as little-endian
 * 32-bit words of a two's-complement integer; apache-arrow 17's bigNumToBigInt returns a string for
 * 128-bit values, so the words are read here.
 */
export function decimalToNumber(words: Uint32Array, scale: number, path: string): number {
  let unscaled = 0n;
  for (let index = words.length - 1; index >= 0; index--) {
    unscaled = (unscaled << 32n) | BigInt(words[index] ?? 0);
  }
  const bitWidth = BigInt(words.length * 32);
  if (unscaled >> (bitWidth - 1n)) unscaled -= 1n << bitWidth;
  if (scale === 0) return toSafeNumber(unscaled, path);
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const sign = unscaled < 0n ? '-' : '';
  return Number(`${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
}
