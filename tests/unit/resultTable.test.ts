// The SQL answer's table as the server renders it: types told apart (a null from the text 'NULL' and
// from ''), numbers right-aligned, the row count for assistive technology, and a cited row's source
// beside its citing column with its id as the button that opens the figure's card.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ResultTable from '../../src/lib/sql/ResultTable.svelte';
import type { RowCitation } from '../../src/lib/sql/citations';
import type { ConsoleColumn } from '../../src/lib/sql/types';
import type { FigureRow } from '../../src/lib/queries';

const columns: ConsoleColumn[] = [
  { name: 'id', type: 'VARCHAR', kind: 'string' },
  { name: 'note', type: 'VARCHAR', kind: 'string' },
  { name: 'low', type: 'INTEGER', kind: 'int32' },
];

function table(rows: Record<string, string | number | null>[], citations: RowCitation[] | null) {
  return render(ResultTable, {
    props: { answer: { columns, rows }, citations, caption: 'Query result' },
  }).body;
}

/** An element's classes but Svelte's scoping one. */
function classes(attributes: string): string {
  const value = /class="([^"]*)"/.exec(attributes)?.[1] ?? '';
  return value
    .split(/\s+/)
    .filter((name) => name && !name.startsWith('svelte-'))
    .join(' ');
}

/** The cells of each body row, as text with their classes. */
function cells(html: string): string[][] {
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr aria-rowindex[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map(
      ([, attributes, inner]) =>
        `${classes(attributes!)}:${inner!
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim()}`,
    ),
  );
}

describe('ResultTable', () => {
  it('tells a null from the text NULL and from an empty text; numbers are right-aligned', () => {
    const html = table(
      [
        { id: 'a', note: null, low: 20000 },
        { id: 'b', note: 'NULL', low: null },
        { id: 'c', note: '', low: 5 },
      ],
      null,
    );
    expect(html).toContain('aria-rowcount="4"');
    expect(cells(html)).toEqual([
      ['text:a', 'null:NULL', 'number number:20,000'],
      ['text:b', 'text:NULL', 'null number:NULL'],
      ['text:c', 'empty:', 'number number:5'],
    ]);
    expect(html).not.toContain('Source');
  });

  it('makes a long text a button that opens its whole, kept in the title too', () => {
    const long = `${'word '.repeat(60)}end`;
    const html = table([{ id: 'a', note: long, low: 1 }], null);
    const [[, note] = []] = cells(html);
    expect(note).toBe(`text:${long.slice(0, 200)}…`);
    expect(html).toContain(`title="${long}"`);
    expect(html).toMatch(/<button[^>]*class="long opens[^"]*"[^>]*aria-haspopup="dialog"/);
    // A short text is plain: no button.
    expect(cells(table([{ id: 'a', note: 'short', low: 1 }], null))[0]?.[1]).toBe('text:short');
    expect(table([{ id: 'a', note: 'short', low: 1 }], null)).not.toContain('class="long');
    // Nor is an id, however long: ids are read whole in their wide column.
    expect(table([{ id: 'x'.repeat(40), note: 'short', low: 1 }], null)).not.toContain(
      'class="long',
    );
  });

  it('puts each row’s source after its id, and its figure’s id opens the card', () => {
    const source = {
      source_id: 's1',
      title: 'A report',
      title_is_descriptive: false,
      publisher: 'A publisher',
      url: 'https://example.org/r',
      published: '2019',
    };
    const figure = { id: 'a', ...source } as unknown as FigureRow;
    const html = table(
      [
        { id: 'a', note: 'x', low: 1 },
        { id: 'zz', note: 'y', low: 2 },
      ],
      [
        { figure, source },
        { figure: null, source: null },
      ],
    );
    const [first, second] = cells(html);
    expect(first?.[1]).toBe('source-cell:“A report” — A publisher');
    expect(second?.[1]).toBe('source-cell:no source');
    expect(html).toMatch(/<button[^>]*class="[^"]*\bfigure-id\b[^"]*"[^>]*>a<\/button>/);
    expect(html).toContain('href="https://example.org/r"');
    expect(html).not.toMatch(/<button[^>]*>zz<\/button>/);
  });
});
