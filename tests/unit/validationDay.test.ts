import { describe, expect, it } from 'vitest';
import { validationDay } from '../../src/lib/db/prepareInWorker';

describe('validationDay: the day a reader’s page checks dates against', () => {
  it.each([
    [
      'a clock after the data’s date: the clock’s UTC day',
      '2027-03-01T23:30:00Z',
      '2026-12-04',
      '2027-03-01',
    ],
    [
      'a clock set in the past: the data’s own date',
      '2019-05-01T08:00:00Z',
      '2026-12-04',
      '2026-12-04',
    ],
    ['the same day', '2026-12-04T00:00:00Z', '2026-12-04', '2026-12-04'],
  ])('%s', (_what, clock, dataDate, day) => {
    expect(validationDay(new Date(clock), dataDate)).toBe(day);
  });
});
