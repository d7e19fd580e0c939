import { datasetVersion } from 'virtual:dataset-version';
import { getBrowserExporter } from '../db/browser';
import type { ExportableQuery } from './exportQuery';
import type { ExportFormat } from './formats';
import { downloadFileName } from './fileName';

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
  saveFile(file.bytes, file.mediaType, downloadFileName(baseName, datasetVersion, file.extension));
}

/** Hands bytes to the browser as a download. */
function saveFile(bytes: Uint8Array, mediaType: string, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later, not at once: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
