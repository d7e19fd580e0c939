export { run, namedQuery, type NamedQuery } from './named-query';
export {
  DEFAULT_MEASURE,
  WORLDWIDE,
  countryOverTime,
  hostCountryFigures,
  worldwideOverTime,
  type CountryFilter,
  type MeasureFilter,
} from './figures';
export { eventGroups, events } from './events';
export { datasetSummary } from './summary';
export { sourcesDrawn } from './sources';
export type {
  DatasetSummaryRow,
  EventGroupRow,
  EventFactRow,
  FigureRow,
  HostCountryFigureRow,
  DrawnSourceRow,
} from './rows';
