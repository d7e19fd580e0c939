import { categories, field, resource } from './data/schema';
import type { EstimatorType, Measure } from './data/rows.generated';

// Labels and definitions come from data/datapackage.json, the codebook's one source.
const estimates = resource('estimates');

function lookup<Value extends string>(fieldName: string) {
  const entries = categories(field(estimates, fieldName));
  const byValue = new Map(entries.map((entry) => [entry.value, entry]));
  return {
    values: entries.map((entry) => entry.value as Value),
    label: (value: Value) => byValue.get(value)?.label ?? value,
    description: (value: Value) => byValue.get(value)?.description ?? '',
  };
}

/** The measure codebook: every measure, its label and its definition. */
export const measures = lookup<Measure>('measure');

/** The estimator types, with their labels. */
export const estimatorTypes = lookup<EstimatorType>('estimator_type');
