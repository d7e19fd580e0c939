import { categories, field, resource } from './data/schema';
import type { EstimatorType, Measure } from './data/rows.generated';
import { figuresText } from './i18n/en/figures';

// The values come from data/datapackage.json, the codebook's one source; their words from the figures
// catalogue in the interface's language (English: the data package's own labels and definitions).
const estimates = resource('estimates');
const valuesOf = <Value extends string>(fieldName: string) =>
  categories(field(estimates, fieldName)).map((entry) => entry.value as Value);

/** The measure codebook: every measure, its label and its definition in the interface's language. */
export const measures = {
  values: valuesOf<Measure>('measure'),
  label: (value: Measure): string => figuresText().measureLabels[value] ?? value,
  description: (value: Measure): string => figuresText().measureDescriptions[value] ?? '',
};

/** The estimator types, with their labels in the interface's language. */
export const estimatorTypes = {
  values: valuesOf<EstimatorType>('estimator_type'),
  label: (value: EstimatorType): string => figuresText().estimatorTypeLabels[value] ?? value,
};
