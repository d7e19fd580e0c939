import { datasetVersion } from 'virtual:dataset-version';
import { getBrowserExporter } from '../db/browser';
import type { ExportableQuery } from './exportQuery';
import type { ExportFormat } from './formats';
import { downloadFileName } from './fileName';
import { saveBlob } from './saveBlob';

/**
 * Saves the rows of a view's named query as CSV, JSON or Parquet, named after the view and the data
 * version (see downloadFileName). Waits for DuckDB if it is still starting; rejects with the reason if
 * the query or the export fails. The writers load only when a first download is asked for.
 */
export async function downloadView(
  query: ExportableQuery,
  format: ExportFormat,
  baseName: string,
): Promise<void> {
  const [{ exportQuery }, engine] = await Promise.all([
    import('./exportQuery'),
    getBrowserExporter(),
  ]);
  const file = await exportQuery(engine, query, format, datasetVersion);
  saveBlob(
    new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType }),
    downloadFileName(baseName, datasetVersion, file.extension),
  );
}
