// The SQL console's session over a console double: each way a run ends is the state the view shows,
// with the page's limits and a signal passed on; a new run or Cancel stops the one running. And the
// editor's completion schema: names quoted as SQL needs them, each column's type and description.
import { describe, expect, it } from 'vitest';
import { SqlSession, limits } from '../../src/lib/sql/SqlSession.svelte';
import { completionSchema, sqlName } from '../../src/lib/sql/sqlEditor';
import {
  ConsoleQueryError,
  ConsoleRefusal,
  ConsoleStopped,
  type ConsoleAnswer,
  type RunOptions,
  type SqlConsole,
} from '../../src/lib/sql/types';

const answer: ConsoleAnswer = {
  columns: [{ name: 'n', type: 'INTEGER', kind: 'int32' }],
  rows: [{ n: 1 }],
  total: 1,
  cut: null,
  ms: 3,
};

/** A console whose run answers with `outcome` (or throws it), recording the options it was given. */
function fakeConsole(outcome: (options: RunOptions) => Promise<ConsoleAnswer>) {
  const calls: RunOptions[] = [];
  const console: SqlConsole = {
    tables: () => Promise.resolve([]),
    run: (_sql, options) => {
      calls.push(options);
      return outcome(options);
    },
  };
  return { console, calls };
}

describe('SqlSession', () => {
  it.each([
    ['an answer', () => Promise.resolve(answer), { kind: 'answer', answer }],
    [
      'a refusal',
      () => Promise.reject(new ConsoleRefusal(() => 'Only SELECT.')),
      { kind: 'refused' },
    ],
    [
      'DuckDB’s error with a position',
      () => Promise.reject(new ConsoleQueryError('Binder Error: x', 7)),
      { kind: 'error', message: 'Binder Error: x', position: 7 },
    ],
    [
      'the time limit',
      () => Promise.reject(new ConsoleStopped('time limit')),
      { kind: 'stopped', reason: 'time limit' },
    ],
    [
      'any other failure',
      () => Promise.reject(new Error('worker gone')),
      { kind: 'error', message: 'worker gone', position: null },
    ],
  ] as const)('ends %s as the state the view shows', async (_name, outcome, expected) => {
    const { console, calls } = fakeConsole(outcome);
    const session = new SqlSession(() => Promise.resolve(console));
    await session.execute('SELECT 1');
    expect(session.run).toMatchObject({ ...expected, sql: 'SELECT 1' });
    // A refusal is said again in the page's language whenever it is shown.
    if (session.run.kind === 'refused') expect(session.run.message()).toBe('Only SELECT.');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject(limits);
    expect(calls[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  it('is running until the answer comes; Cancel aborts the signal and ends it stopped', async () => {
    const { console, calls } = fakeConsole(
      ({ signal }) =>
        new Promise((_, reject) =>
          signal?.addEventListener('abort', () => reject(new ConsoleStopped('cancelled'))),
        ),
    );
    const session = new SqlSession(() => Promise.resolve(console));
    const running = session.execute('SELECT count(*) FROM range(10_000_000_000)');
    await Promise.resolve();
    await Promise.resolve();
    expect(session.run.kind).toBe('running');
    session.cancel();
    await running;
    expect(calls[0]!.signal!.aborted).toBe(true);
    expect(session.run).toMatchObject({ kind: 'stopped', reason: 'cancelled' });
  });

  it('a new run stops the one running, whose end no longer shows', async () => {
    let first = true;
    const { console, calls } = fakeConsole(({ signal }) => {
      if (!first) return Promise.resolve(answer);
      first = false;
      return new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(new ConsoleStopped('cancelled'))),
      );
    });
    const session = new SqlSession(() => Promise.resolve(console));
    const slow = session.execute('SELECT slow');
    await Promise.resolve();
    await Promise.resolve();
    await session.execute('SELECT fast');
    await slow;
    expect(calls[0]!.signal!.aborted).toBe(true);
    expect(session.run).toMatchObject({ kind: 'answer', sql: 'SELECT fast' });
  });

  it('waits for the console to start before sending: the clock starts when the query is sent', async () => {
    let open: (console: SqlConsole) => void = () => {};
    const { console, calls } = fakeConsole(() => Promise.resolve(answer));
    const session = new SqlSession(() => new Promise((resolve) => (open = resolve)));
    const running = session.execute('SELECT 1');
    await Promise.resolve();
    expect(session.run.kind).toBe('running');
    expect(session.sent).toBe(false);
    expect(calls).toHaveLength(0);
    open(console);
    await running;
    expect(session.sent).toBe(true);
    expect(session.run).toMatchObject({ kind: 'answer' });
  });

  it('says why the console could not start, and a run ends with that error', async () => {
    const session = new SqlSession(() => Promise.reject(new Error('no wasm')));
    await session.execute('SELECT 1');
    expect(session.startError).toBe('no wasm');
    expect(session.run).toMatchObject({ kind: 'error', message: 'no wasm' });
  });

  it('starts the console again on the next run after its start failed', async () => {
    const { console } = fakeConsole(() => Promise.resolve(answer));
    let attempts = 0;
    const session = new SqlSession(() =>
      ++attempts === 1 ? Promise.reject(new Error('connection lost')) : Promise.resolve(console),
    );
    await session.execute('SELECT 1');
    expect(session.run).toMatchObject({ kind: 'error', message: 'connection lost' });
    await session.execute('SELECT 1');
    expect(attempts).toBe(2);
    expect(session.startError).toBeNull();
    expect(session.run).toMatchObject({ kind: 'answer', answer });
  });
});

describe('completion schema', () => {
  it.each([
    ['estimates', 'estimates'],
    ['ref_year_start', 'ref_year_start'],
    ['primary', '"primary"'],
    ['Mixed', '"Mixed"'],
    ['a"b', '"a""b"'],
    ['2nd', '"2nd"'],
  ])('writes %s as %s', (name, written) => {
    expect(sqlName(name)).toBe(written);
  });

  it('gives each table its row count and description, each column its type and description', () => {
    const schema = completionSchema([
      {
        name: 'estimates',
        description: 'One row per figure.',
        rows: 640,
        columns: [
          { name: 'id', type: 'VARCHAR', description: 'The figure’s id.' },
          { name: 'primary', type: 'BOOLEAN', description: 'The estimator’s own document.' },
        ],
      },
    ]);
    expect(schema).toEqual({
      estimates: {
        self: expect.objectContaining({
          label: 'estimates',
          detail: '640 rows',
          info: 'One row per figure.',
        }),
        children: [
          expect.objectContaining({ label: 'id', apply: 'id', detail: 'VARCHAR' }),
          expect.objectContaining({
            label: 'primary',
            apply: '"primary"',
            detail: 'BOOLEAN',
            info: 'The estimator’s own document.',
          }),
        ],
      },
    });
  });
});
