import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/** The repository root (this file lives in src/cli/evidence-import/). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The research evidence the dataset was imported from, outside the repository. */
export const evidencePath = resolve(repoRoot, '../shared/evidence/estimates-evidence.csv');

/** One row of estimates-evidence.csv, every cell as text. */
export interface EvidenceRow {
  id: string;
  country: string;
  area_note: string;
  measure: string;
  low: string;
  high: string;
  point: string;
  qualifier: string;
  ref_year: string;
  estimator: string;
  estimator_type: string;
  publisher: string;
  title: string;
  title_is_descriptive: string;
  url: string;
  pub_date: string;
  primary: string;
  notes: string;
}

/** Parses a CSV file with a header row into records; throws on any parse error. */
export function readCsv<T>(path: string): T[] {
  const result = Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(
      `${path}: ${result.errors.length} CSV errors, first: ${first?.message} (row ${first?.row})`,
    );
  }
  return result.data;
}

/** Serialises records as RFC 4180 CSV with a header row and \n line endings. */
export function writeCsvText(
  fields: readonly string[],
  rows: readonly Record<string, string>[],
): string {
  const data = rows.map((row) => fields.map((field) => row[field] ?? ''));
  return `${Papa.unparse({ fields: [...fields], data }, { newline: '\n' })}\n`;
}
