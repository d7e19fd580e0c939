import type { HostileCase } from './case';

export const textCases: HostileCase[] = [];
