export { run, namedQuery, type NamedQuery } from './named-query';
export {
  DEFAULT_MEASURE,
  WORLDWIDE,
  Params,
  completeFilters,
  defaultFilters,
  filterConditions,
  type Filters,
} from './filters';
export {
  countryOverTime,
  hostCountryFigures,
  worldwideOverTime,
  type AxisOption,
  type CountryOptions,
  type FilterOptions,
  type YearAxis,
} from './figures';
export { compareEnvelope, compareFigures, compareReports } from './compare';
export { countryList, countryMeasures } from './countries';
export { mapFigures } from './map';
export { eventGroups, events } from './events';
export { datasetSummary } from './summary';
export { bibliography, countrySources, sourcesDrawn } from './sources';
export type {
  BibliographyFigure,
  BibliographyRow,
  CompareEnvelopeRow,
  CompareGroupRow,
  CompareReport,
  CountryListRow,
  CountryMeasureRow,
  CountrySourceRow,
  DatasetSummaryRow,
  DrawnSourceRow,
  EventFactRow,
  EventGroupRow,
  FigureRow,
  HostCountryFigureRow,
  MapFigureRow,
} from './rows';
