import type { HostileCase } from './case';

export const readingCases: HostileCase[] = [];
