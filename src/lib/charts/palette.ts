import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EstimatorType } from '../data/rows.generated';
import { estimatorTypes as codebook } from '../codebook';
import { estimatorToken, type Token } from './theme';

const symbols: Record<EstimatorType, SymbolType> = {
  government: symbolCircle,
  intergovernmental: symbolSquare,
  ngo_research: symbolTriangle,
  academic: symbolDiamond,
  media: symbolWye,
};

/**
 * How each estimator type is drawn: a colour and a shape, so colour is never the only cue; labels from
 * the codebook, read when shown (they follow the interface's language). The colour is a token of
 * app.css, a shade per theme: `color` is its custom property, for the page's HTML; drawings take the
 * token's paint from their theme (theme.ts).
 */
export const estimatorStyle = Object.fromEntries(
  codebook.values.map((type) => [
    type,
    {
      color: `var(--est-${type})`,
      token: estimatorToken(type),
      symbol: symbols[type],
      get label() {
        return codebook.label(type);
      },
    },
  ]),
) as Record<EstimatorType, { color: string; token: Token; symbol: SymbolType; label: string }>;

/** The estimator types in the codebook's order. */
export const estimatorTypes = codebook.values;

const symbolPaths = new Map<SymbolType, Map<number, string>>();

/** The SVG path of a symbol of `area` square pixels about the origin: made once per symbol and size. */
export function symbolPath(type: SymbolType, area: number): string {
  const bySize = symbolPaths.get(type) ?? new Map<number, string>();
  symbolPaths.set(type, bySize);
  let path = bySize.get(area);
  if (path === undefined) {
    path = symbol(type, area)() ?? '';
    bySize.set(area, path);
  }
  return path;
}
