import { datasetVersion } from 'virtual:dataset-version';
import type { TypedRows } from '../db/engine';
import type { ExportFormat } from '../export/formats';
import { downloadFileName } from '../export/fileName';
import { saveBlob } from '../export/saveBlob';

/** What a console download names as its query (beside the SQL text itself). */
export const CONSOLE_QUERY_NAME = 'sqlConsole';

/**
 * Saves a console answer (with its source columns) as CSV, JSON or Parquet through the views' own
 * writer, named after `baseName` and the data version; JSON and Parquet also carry the SQL text.
 */
export async function downloadAnswer(
  rows: TypedRows,
  sql: string,
  format: ExportFormat,
  baseName: string,
): Promise<void> {
  const { exportProvenance, exportRows } = await import('../export/exportQuery');
  const file = await exportRows(
    rows,
    exportProvenance(CONSOLE_QUERY_NAME, datasetVersion, sql),
    format,
  );
  saveBlob(
    new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType }),
    downloadFileName(baseName, datasetVersion, file.extension),
  );
}
