import type { EstimatorType } from '../data/rows.generated';

/** The colour tokens charts draw with: app.css defines each as a custom property, per theme. */
export const tokens = [
  'bg',
  'fg',
  'muted',
  'faint',
  'grid',
  'panel',
  'accent',
  'est-government',
  'est-intergovernmental',
  'est-ngo_research',
  'est-academic',
  'est-media',
  'map-zero',
  'map-1',
  'map-2',
  'map-3',
  'map-4',
  'map-5',
  'map-presence',
] as const;

export type Token = (typeof tokens)[number];

/**
 * A paint for every token, and the font: on the page, `var(--token)`, which follows the reader's
 * colour scheme; in an image or a static SVG, the light theme's colours resolved (lightTheme.ts).
 */
export interface Theme {
  paint: Record<Token, string>;
  font: string;
}

/** The page's theme: app.css's custom properties, so that dark mode switches without a redraw. */
export const cssTheme: Theme = {
  paint: Object.fromEntries(tokens.map((token) => [token, `var(--${token})`])) as Record<
    Token,
    string
  >,
  font: 'var(--font)',
};

/** The token of an estimator type's colour. */
export function estimatorToken(type: EstimatorType): Token {
  return `est-${type}`;
}
