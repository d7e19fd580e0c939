/** The download formats of a view's rows. */
export type ExportFormat = 'csv' | 'json' | 'parquet';

/** Each format's button label, media type and file extension. */
export const exportFormats: Record<
  ExportFormat,
  { label: string; mediaType: string; extension: string }
> = {
  csv: { label: 'CSV', mediaType: 'text/csv;charset=utf-8', extension: 'csv' },
  json: { label: 'JSON', mediaType: 'application/json', extension: 'json' },
  parquet: { label: 'Parquet', mediaType: 'application/vnd.apache.parquet', extension: 'parquet' },
};
