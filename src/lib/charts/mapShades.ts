import type { Token } from './theme';

/**
 * Shade steps of a country's most recent figure on the map: a sequential blue defined per theme in
 * app.css, each step further from the background than the one before. A reported zero (a state telling
 * the UN none remain) is an empty outline, not the faintest blue: it is a report of none, not a small
 * number.
 */
export const thresholds = [1, 100, 1_000, 10_000, 50_000];
export const shadeTokens: Token[] = ['map-zero', 'map-1', 'map-2', 'map-3', 'map-4', 'map-5'];
