import {
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EstimatorType } from '../data/rows.generated';

/** How each estimator type is drawn: an Okabe–Ito colour and a shape, so colour is never the only cue. */
export const estimatorStyle: Record<
  EstimatorType,
  { color: string; symbol: SymbolType; label: string }
> = {
  government: { color: '#0072B2', symbol: symbolCircle, label: 'Government' },
  intergovernmental: { color: '#009E73', symbol: symbolSquare, label: 'Intergovernmental' },
  ngo_research: { color: '#E69F00', symbol: symbolTriangle, label: 'NGO or research institute' },
  academic: { color: '#CC79A7', symbol: symbolDiamond, label: 'Academic' },
  media: { color: '#D55E00', symbol: symbolWye, label: 'Media' },
};

export const estimatorTypes = Object.keys(estimatorStyle) as EstimatorType[];
