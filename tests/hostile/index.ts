import type { HostileCase } from './case';
import { datesCases } from './dates';
import { descriptorCases } from './descriptor';
import { layoutCases } from './layout';
import { readingCases } from './reading';
import { textCases } from './text';

/** Every hostile case, by group: how files are read, text rules, dates, the descriptor, layout. */
export const hostileCases: HostileCase[] = [
  ...readingCases,
  ...textCases,
  ...datesCases,
  ...descriptorCases,
  ...layoutCases,
];
