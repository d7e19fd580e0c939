// The Arrow columns the validator's rows are sent to DuckDB as (columnVector in load-tables.ts), written
// buffer by buffer rather than by Arrow's builders, which compile code with `new Function` (refused by
// the Content-Security-Policy): each reads back as the cells it was given, nulls included, and an IPC
// stream of them reads back the same.
import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { Field, FieldType } from '../../src/lib/data/schema';
import { columnVector } from '../../src/lib/db/load-tables';

const column = (type: FieldType, cells: unknown[]) =>
  columnVector(
    't',
    { name: 'c', type } as Field,
    cells.map((c) => ({ c })),
  );

describe('columnVector', () => {
  it.each<[FieldType, unknown[], unknown[]]>([
    ['string', ['a', null, '', '북한 노동자', 'emoji 🙂', 'x'.repeat(1000)], []],
    ['date', ['2020-01-31', null, '1999'], []],
    ['integer', [0, null, -5, Number.MAX_SAFE_INTEGER], [0n, null, -5n, 9007199254740991n]],
    ['number', [0.5, null, -1e300, 3], []],
    ['boolean', [true, false, null, true, true, false, false, true, false, true], []],
    ['string', [null, null], []],
    ['string', [], []],
  ])('%s %j reads back as given', (type, cells, expected) => {
    const want = expected.length > 0 ? expected : cells;
    const vector = column(type, cells);
    expect(vector.length).toBe(cells.length);
    expect(vector.nullCount).toBe(cells.filter((cell) => cell === null).length);
    expect([...vector]).toEqual(want);
    const table = tableFromIPC(tableToIPC(new Table({ c: vector }), 'stream'));
    expect(table.numRows).toBe(cells.length);
    if (cells.length > 0) expect([...table.getChild('c')!]).toEqual(want);
  });

  it('refuses a cell of the wrong type, naming its row and field', () => {
    expect(() => column('integer', [1, '2'])).toThrow('t row 2, field c: expected number');
    expect(() => column('integer', [1.5])).toThrow('1.5 is not a safe integer');
  });
});
