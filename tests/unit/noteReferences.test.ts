import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDataset } from '../../src/lib/db/node';
import type { DuckEngine } from '../../src/lib/db/engine';
import { run } from '../../src/lib/queries';
import { noteReferences } from '../../src/lib/queries/noteReferences';
import { noteParts } from '../../src/lib/notes/noteParts';

let engine: DuckEngine;

beforeAll(async () => {
  engine = (await openNodeDataset('data')).engine;
}, 120_000);

afterAll(async () => {
  await engine.close();
});

describe('noteReferences on data/', () => {
  it('gives every figure with a note the figures its note names, each with what names it', async () => {
    const notes = await engine.query<{ id: string; note: string }>(
      'SELECT id, note FROM estimates WHERE note IS NOT NULL ORDER BY id',
    );
    const allIds = new Set(
      (await engine.query<{ id: string }>('SELECT id FROM estimates')).map((row) => row.id),
    );
    const rows = await run(engine, noteReferences([...notes.map((row) => row.id), 'no-such-id']));
    expect(rows.map((row) => row.id)).toEqual(notes.map((row) => row.id));

    const byId = new Map(rows.map((row) => [row.id, row.references ?? []]));
    let named = 0;
    for (const { id, note } of notes) {
      const references = new Set(byId.get(id)?.map((reference) => reference.id));
      for (const part of noteParts(note, (token) => allIds.has(token))) {
        if (!('figureId' in part)) continue;
        named += 1;
        expect(references, `${id} names ${part.figureId}`).toContain(part.figureId);
      }
    }
    expect(named).toBeGreaterThan(0);
    for (const reference of rows.flatMap((row) => row.references ?? [])) {
      expect(typeof reference.estimator).toBe('string');
      expect(reference.country).toMatch(/^[A-Z]{3}$/);
    }
  });
});
