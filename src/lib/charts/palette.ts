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

const drawing: Record<EstimatorType, { color: string; symbol: SymbolType }> = {
  government: { color: '#0072B2', symbol: symbolCircle },
  intergovernmental: { color: '#009E73', symbol: symbolSquare },
  ngo_research: { color: '#E69F00', symbol: symbolTriangle },
  academic: { color: '#CC79A7', symbol: symbolDiamond },
  media: { color: '#D55E00', symbol: symbolWye },
};

/**
 * How each estimator type is drawn: an Okabe–Ito colour and a shape, so colour is never the only cue;
 * labels from the codebook.
 */
export const estimatorStyle = Object.fromEntries(
  codebook.values.map((type) => [type, { ...drawing[type], label: codebook.label(type) }]),
) as Record<EstimatorType, { color: string; symbol: SymbolType; label: string }>;

/** The estimator types in the codebook's order. */
export const estimatorTypes = codebook.values;
