import type { HostileCase } from './case';

export const datesCases: HostileCase[] = [];
