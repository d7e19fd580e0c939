import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { noteParts, referenceText, type NotePart } from '../../src/lib/notes/noteParts';
import type { NoteReference } from '../../src/lib/queries/noteReferences';

const ids = new Set([
  'ru-wsj-nis-2025-15000',
  'wld-usstate-2016-23-countries',
  'wld-rev-un-docs-kinu-2016-2.3bn',
  'ru-farEast-2007',
  'blr-minskbud-plan',
]);
const isId = (token: string) => ids.has(token);

describe('noteParts', () => {
  it.each<[string, string, NotePart[]]>([
    ['no reference', 'Sakhalin only.', [{ text: 'Sakhalin only.' }]],
    [
      'an id in parentheses',
      'Same figure as WSJ (ru-wsj-nis-2025-15000).',
      [{ text: 'Same figure as WSJ (' }, { figureId: 'ru-wsj-nis-2025-15000' }, { text: ').' }],
    ],
    [
      'an id ending a sentence keeps its full stop as text',
      'The count is recorded as wld-usstate-2016-23-countries. Next.',
      [
        { text: 'The count is recorded as ' },
        { figureId: 'wld-usstate-2016-23-countries' },
        { text: '. Next.' },
      ],
    ],
    [
      'an id with a decimal point and one with capitals',
      'to the UN ($2.3bn; wld-rev-un-docs-kinu-2016-2.3bn) and ru-farEast-2007',
      [
        { text: 'to the UN ($2.3bn; ' },
        { figureId: 'wld-rev-un-docs-kinu-2016-2.3bn' },
        { text: ') and ' },
        { figureId: 'ru-farEast-2007' },
      ],
    ],
    [
      'two ids in a row, one without a digit',
      'blr-minskbud-plan, ru-farEast-2007',
      [{ figureId: 'blr-minskbud-plan' }, { text: ', ' }, { figureId: 'ru-farEast-2007' }],
    ],
    [
      'hyphenated words, ranges and a longer token holding an id stay text',
      'A short-term, state-run 2015-2016 count; not ru-farEast-2007-b nor x/ru-farEast-2007x.',
      [
        {
          text: 'A short-term, state-run 2015-2016 count; not ru-farEast-2007-b nor x/ru-farEast-2007x.',
        },
      ],
    ],
  ])('%s', (_, note, parts) => {
    expect(noteParts(note, isId)).toEqual(parts);
  });
});

const reference: NoteReference = {
  id: 'au-gov-2020-0',
  country: 'AUS',
  measure: 'workers_present',
  low: null,
  high: null,
  point: 0,
  qualifier: 'exactly',
  ref_period: '2019',
  ref_year_start: 2019,
  ref_year_end: 2019,
  estimator: 'Government of Australia (final report on UNSCR 2397)',
};

describe('referenceText', () => {
  it.each<[string, NoteReference, string, string]>([
    ['same country', reference, 'AUS', '0 (Government of Australia, 2019)'],
    ['another country', reference, 'BLR', 'Australia: 0 (Government of Australia, 2019)'],
    [
      'a range, an estimator with an apposition, a span',
      {
        ...reference,
        country: 'RUS',
        low: 20000,
        high: 30000,
        point: null,
        qualifier: 'range',
        ref_year_start: 2017,
        ref_year_end: 2018,
        estimator: 'Daily NK, citing a source in Russia',
      },
      'RUS',
      '20,000–30,000 (Daily NK, 2017–2018)',
    ],
  ])('%s', (_, ref, noteCountry, text) => {
    expect(referenceText(ref, noteCountry)).toBe(text);
  });
});

describe('the notes of data/estimates.csv', () => {
  const rows = Papa.parse<{ id: string; note: string }>(
    readFileSync('data/estimates.csv', 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
  const allIds = new Set(rows.map((row) => row.id));
  const withIds = rows.filter((row) => [...allIds].some((id) => row.note.includes(id)));

  it('some notes name other figures by id', () => {
    expect(withIds.length).toBeGreaterThan(0);
  });

  it.each(withIds.map((row) => [row.id, row.note]))(
    '%s: no figure id is left in the text',
    (_, note) => {
      const parts = noteParts(note, (token) => allIds.has(token));
      const text = parts.map((part) => ('text' in part ? part.text : '')).join('\u0000');
      expect([...allIds].filter((id) => text.includes(id))).toEqual([]);
      expect(parts.some((part) => 'figureId' in part)).toBe(true);
    },
  );
});
