/**
 * Thrift's compact protocol, the subset Parquet's page headers and footer need: structs of bool, i32,
 * i64, binary, struct and list fields (no bool lists). A struct is a list of [field id, value] pairs; an undefined value is
 * an absent optional field.
 */

/** Compact protocol type codes. */
const CompactType = { TRUE: 1, FALSE: 2, I32: 5, I64: 6, BINARY: 8, LIST: 9, STRUCT: 12 } as const;
type CompactType = (typeof CompactType)[keyof typeof CompactType];

export type ThriftValue =
  | { type: typeof CompactType.TRUE | typeof CompactType.FALSE }
  | { type: typeof CompactType.I32; value: number }
  | { type: typeof CompactType.I64; value: bigint }
  | { type: typeof CompactType.BINARY; value: Uint8Array }
  | { type: typeof CompactType.STRUCT; value: ThriftStruct }
  | { type: typeof CompactType.LIST; element: CompactType; value: ThriftValue[] };

export type ThriftStruct = readonly (readonly [id: number, value: ThriftValue | undefined])[];

const encoder = new TextEncoder();

/** A bool field: its value is in the field header, so it cannot be a list element here. */
export const bool = (value: boolean): ThriftValue => ({
  type: value ? CompactType.TRUE : CompactType.FALSE,
});
export const i32 = (value: number): ThriftValue => ({ type: CompactType.I32, value });
export const i64 = (value: number | bigint): ThriftValue => ({
  type: CompactType.I64,
  value: BigInt(value),
});
export const binary = (value: string | Uint8Array): ThriftValue => ({
  type: CompactType.BINARY,
  value: typeof value === 'string' ? encoder.encode(value) : value,
});
export const struct = (value: ThriftStruct): ThriftValue => ({ type: CompactType.STRUCT, value });
/** A list of values of one type (at least one value, or pass `element`). */
export const list = (value: ThriftValue[], element = value[0]?.type): ThriftValue => {
  if (element === undefined) throw new Error('thrift: the element type of an empty list is needed');
  return { type: CompactType.LIST, element, value };
};
export const i32List = (values: readonly number[]) => list(values.map(i32), CompactType.I32);
export const structList = (values: readonly ThriftStruct[]) =>
  list(values.map(struct), CompactType.STRUCT);

/** Appends bytes to a growing buffer. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value & 0xff;
  }

  bytes(values: Uint8Array): void {
    this.reserve(values.length);
    this.buffer.set(values, this.length);
    this.length += values.length;
  }

  /** Unsigned LEB128. */
  varint(value: bigint): void {
    let rest = value;
    while (rest >= 0x80n) {
      this.byte(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    this.byte(Number(rest));
  }

  int32LE(value: number): void {
    this.reserve(4);
    new DataView(this.buffer.buffer).setInt32(this.length, value, true);
    this.length += 4;
  }

  int64LE(value: bigint): void {
    this.reserve(8);
    new DataView(this.buffer.buffer).setBigInt64(this.length, value, true);
    this.length += 8;
  }

  float64LE(value: number): void {
    this.reserve(8);
    new DataView(this.buffer.buffer).setFloat64(this.length, value, true);
    this.length += 8;
  }

  /** A copy of what was written. */
  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

const zigzag = (value: bigint) => (value << 1n) ^ (value >> 63n);

/** Writes one struct in the compact protocol. */
export function writeStruct(out: ByteWriter, fields: ThriftStruct): void {
  let lastId = 0;
  for (const [id, value] of fields) {
    if (value === undefined) continue;
    const delta = id - lastId;
    if (delta > 0 && delta <= 15) {
      out.byte((delta << 4) | value.type);
    } else {
      out.byte(value.type);
      out.varint(zigzag(BigInt(id)));
    }
    writeValue(out, value);
    lastId = id;
  }
  out.byte(0);
}

function writeValue(out: ByteWriter, value: ThriftValue): void {
  switch (value.type) {
    case CompactType.TRUE:
    case CompactType.FALSE:
      return;
    case CompactType.I32:
    case CompactType.I64:
      out.varint(zigzag(BigInt(value.value)));
      return;
    case CompactType.BINARY:
      out.varint(BigInt(value.value.length));
      out.bytes(value.value);
      return;
    case CompactType.STRUCT:
      writeStruct(out, value.value);
      return;
    case CompactType.LIST:
      if (value.value.length < 15) {
        out.byte((value.value.length << 4) | value.element);
      } else {
        out.byte(0xf0 | value.element);
        out.varint(BigInt(value.value.length));
      }
      for (const element of value.value) {
        if (element.type === CompactType.TRUE || element.type === CompactType.FALSE)
          throw new Error('thrift: bool lists are not supported');
        writeValue(out, element);
      }
  }
}

/** A struct's compact encoding. */
export function encodeStruct(fields: ThriftStruct): Uint8Array {
  const out = new ByteWriter();
  writeStruct(out, fields);
  return out.toBytes();
}
