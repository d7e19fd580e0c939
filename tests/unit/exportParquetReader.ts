// A Parquet reader for the tests, written from the format specification apart from the writer
// (src/lib/export/parquet.ts): it decodes the Thrift footer generically and checks every field the
// writer sets. It reads what the writer writes (uncompressed PLAIN pages, flat optional columns) and
// refuses anything else. DuckDB-WASM's own read_parquet needs an extension fetched from the network.

/** One column as the footer describes it. */
export interface ParquetColumn {
  name: string;
  /** Physical type: 0 BOOLEAN, 1 INT32, 2 INT64, 5 DOUBLE, 6 BYTE_ARRAY. */
  type: number;
  convertedType: number | undefined;
  /** The LogicalType union's field id (1 STRING, 6 DATE, 8 TIMESTAMP, 12 JSON), if any. */
  logicalType: number | undefined;
  repetition: number;
}

export interface ParquetFile {
  columns: ParquetColumn[];
  rows: Record<string, unknown>[];
  metadata: Record<string, string>;
  createdBy: string | undefined;
}

type Thrift = Map<number, unknown>;

class ThriftReader {
  constructor(
    private readonly bytes: Uint8Array,
    public position = 0,
  ) {}

  byte(): number {
    const value = this.bytes[this.position++];
    if (value === undefined) throw new Error('thrift: unexpected end of data');
    return value;
  }

  varint(): bigint {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const byte = this.byte();
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
    }
  }

  zigzag(): bigint {
    const value = this.varint();
    return (value >> 1n) ^ -(value & 1n);
  }

  struct(): Thrift {
    const fields: Thrift = new Map();
    let id = 0;
    for (;;) {
      const header = this.byte();
      if (header === 0) return fields;
      const type = header & 0x0f;
      const delta = header >> 4;
      id = delta === 0 ? Number(this.zigzag()) : id + delta;
      fields.set(id, this.value(type));
    }
  }

  value(type: number): unknown {
    switch (type) {
      case 1:
        return true;
      case 2:
        return false;
      case 3:
        return this.byte();
      case 4:
      case 5:
        return Number(this.zigzag());
      case 6:
        return this.zigzag();
      case 7: {
        const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.position, 8);
        this.position += 8;
        return view.getFloat64(0, true);
      }
      case 8: {
        const length = Number(this.varint());
        const value = this.bytes.subarray(this.position, this.position + length);
        this.position += length;
        return value;
      }
      case 9: {
        const header = this.byte();
        const size = header >> 4 === 15 ? Number(this.varint()) : header >> 4;
        return Array.from({ length: size }, () => this.value(header & 0x0f));
      }
      case 12:
        return this.struct();
      default:
        throw new Error(`thrift: unsupported type ${type}`);
    }
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const text = (value: unknown) => decoder.decode(value as Uint8Array);
const get = <T>(struct: Thrift, id: number, what: string): T => {
  if (!struct.has(id)) throw new Error(`parquet: ${what} (field ${id}) is missing`);
  return struct.get(id) as T;
};

export function readParquet(bytes: Uint8Array): ParquetFile {
  const magic = (at: number) => text(bytes.subarray(at, at + 4));
  if (magic(0) !== 'PAR1' || magic(bytes.length - 4) !== 'PAR1')
    throw new Error('parquet: no PAR1');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const footerLength = view.getInt32(bytes.length - 8, true);
  const footerStart = bytes.length - 8 - footerLength;
  const reader = new ThriftReader(bytes, footerStart);
  const file = reader.struct();
  if (reader.position !== bytes.length - 8) throw new Error('parquet: footer length mismatch');
  if (get<number>(file, 1, 'version') !== 1) throw new Error('parquet: version is not 1');

  const [root, ...leaves] = get<Thrift[]>(file, 2, 'schema');
  if (!root || get<number>(root, 5, 'num_children') !== leaves.length)
    throw new Error('parquet: the root does not list every column');
  const columns: ParquetColumn[] = leaves.map((leaf) => {
    const logical = leaf.get(10) as Thrift | undefined;
    return {
      name: text(get(leaf, 4, 'name')),
      type: get<number>(leaf, 1, 'type'),
      convertedType: leaf.get(6) as number | undefined,
      logicalType: logical ? [...logical.keys()][0] : undefined,
      repetition: get<number>(leaf, 3, 'repetition_type'),
    };
  });

  const numRows = Number(get<bigint>(file, 3, 'num_rows'));
  const rows: Record<string, unknown>[] = Array.from({ length: numRows }, () => ({}));
  let rowOffset = 0;
  for (const group of get<Thrift[]>(file, 4, 'row_groups')) {
    const groupRows = Number(get<bigint>(group, 3, 'num_rows'));
    const chunks = get<Thrift[]>(group, 1, 'columns');
    if (chunks.length !== columns.length) throw new Error('parquet: a row group lacks columns');
    chunks.forEach((chunk, index) => {
      const column = columns[index]!;
      const meta = get<Thrift>(chunk, 3, 'meta_data');
      if (get<number>(meta, 1, 'type') !== column.type) throw new Error('parquet: type mismatch');
      if (text(get<Uint8Array[]>(meta, 3, 'path_in_schema')[0]) !== column.name)
        throw new Error('parquet: path mismatch');
      if (get<number>(meta, 4, 'codec') !== 0) throw new Error('parquet: compressed');
      if (Number(get<bigint>(meta, 5, 'num_values')) !== groupRows)
        throw new Error('parquet: num_values mismatch');
      const values = readPage(
        bytes,
        Number(get<bigint>(meta, 9, 'data_page_offset')),
        column,
        groupRows,
      );
      values.forEach((value, row) => (rows[rowOffset + row]![column.name] = value));
    });
    rowOffset += groupRows;
  }
  if (rowOffset !== numRows) throw new Error('parquet: row groups do not add up to num_rows');

  const metadata: Record<string, string> = {};
  for (const entry of (file.get(5) as Thrift[] | undefined) ?? []) {
    metadata[text(entry.get(1))] = text(entry.get(2));
  }
  const createdBy = file.get(6);
  return { columns, rows, metadata, createdBy: createdBy ? text(createdBy) : undefined };
}

function readPage(bytes: Uint8Array, offset: number, column: ParquetColumn, count: number) {
  const reader = new ThriftReader(bytes, offset);
  const header = reader.struct();
  if (get<number>(header, 1, 'page type') !== 0) throw new Error('parquet: not a v1 data page');
  const size = get<number>(header, 3, 'compressed_page_size');
  if (size !== get<number>(header, 2, 'uncompressed_page_size'))
    throw new Error('parquet: page sizes differ');
  const dataPage = get<Thrift>(header, 5, 'data_page_header');
  if (get<number>(dataPage, 1, 'num_values') !== count) throw new Error('parquet: page count');
  if (get<number>(dataPage, 2, 'encoding') !== 0) throw new Error('parquet: not PLAIN');
  if (get<number>(dataPage, 3, 'definition_level_encoding') !== 3)
    throw new Error('parquet: definition levels not RLE');
  const body = bytes.subarray(reader.position, reader.position + size);
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const levelsLength = view.getInt32(0, true);
  const levels = readLevels(body.subarray(4, 4 + levelsLength), count);
  let position = 4 + levelsLength;
  const nonNull = levels.filter((level) => level === 1).length;
  const values: unknown[] = [];
  if (column.type === 0) {
    for (let index = 0; index < nonNull; index++)
      values.push(((body[position + (index >> 3)] ?? 0) >> (index & 7)) & 1 ? true : false);
    position += Math.ceil(nonNull / 8);
  } else {
    for (let index = 0; index < nonNull; index++) {
      switch (column.type) {
        case 1:
          values.push(view.getInt32(position, true));
          position += 4;
          break;
        case 2:
          values.push(view.getBigInt64(position, true));
          position += 8;
          break;
        case 5:
          values.push(view.getFloat64(position, true));
          position += 8;
          break;
        case 6: {
          const length = view.getInt32(position, true);
          values.push(body.subarray(position + 4, position + 4 + length));
          position += 4 + length;
          break;
        }
        default:
          throw new Error(`parquet: physical type ${column.type} not supported`);
      }
    }
  }
  if (position !== body.length) throw new Error(`parquet: ${column.name}: page has trailing bytes`);
  let next = 0;
  return levels.map((level) => (level === 1 ? logicalValue(values[next++], column) : null));
}

/** RLE/bit-packing hybrid, bit width 1. */
function readLevels(bytes: Uint8Array, count: number): number[] {
  const reader = new ThriftReader(bytes);
  const levels: number[] = [];
  while (levels.length < count) {
    const header = Number(reader.varint());
    if (header & 1) {
      const groups = header >> 1;
      for (let group = 0; group < groups; group++) {
        const byte = reader.byte();
        for (let bit = 0; bit < 8; bit++) levels.push((byte >> bit) & 1);
      }
    } else {
      const level = reader.byte();
      for (let run = 0; run < header >> 1; run++) levels.push(level);
    }
  }
  if (reader.position !== bytes.length) throw new Error('parquet: levels have trailing bytes');
  return levels.slice(0, count);
}

function logicalValue(value: unknown, column: ParquetColumn): unknown {
  if (column.type === 6) {
    const string = text(value);
    return column.logicalType === 12 ? JSON.parse(string) : string;
  }
  if (column.type === 1 && column.logicalType === 6)
    return new Date((value as number) * 86_400_000).toISOString().slice(0, 10);
  if (column.type === 2) {
    const big = value as bigint;
    if (column.logicalType === 8) return new Date(Number(big / 1000n)).toISOString();
    return Number(big);
  }
  return value;
}
