import type { HostileCase } from './case';

export const layoutCases: HostileCase[] = [];
