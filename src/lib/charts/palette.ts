import {
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EstimatorType } from '../data/rows.generated';
import { estimatorTypes as codebook } from '../codebook';

const symbols: Record<EstimatorType, SymbolType> = {
  government: symbolCircle,
  intergovernmental: symbolSquare,
  ngo_research: symbolTriangle,
  academic: symbolDiamond,
  media: symbolWye,
};

/**
 * How each estimator type is drawn: a colour and a shape, so colour is never the only cue; labels from
 * the codebook. The colour is a CSS custom property of app.css, a shade per theme: the browser switches
 * it with the reader's colour scheme, and image exports read it in the light theme.
 */
export const estimatorStyle = Object.fromEntries(
  codebook.values.map((type) => [
    type,
    { color: `var(--est-${type})`, symbol: symbols[type], label: codebook.label(type) },
  ]),
) as Record<EstimatorType, { color: string; symbol: SymbolType; label: string }>;

/** The estimator types in the codebook's order. */
export const estimatorTypes = codebook.values;
