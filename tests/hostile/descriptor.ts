import type { HostileCase } from './case';

export const descriptorCases: HostileCase[] = [];
