import type { FormatCitation } from './formats';

let loading: Promise<FormatCitation> | undefined;

/**
 * formatCitation, loaded on first use: citation-js is a chunk of its own, fetched only when someone
 * asks for a citation. A failed load is not cached, so the next call tries again.
 */
export function loadCiteFormatter(): Promise<FormatCitation> {
  loading ??= import('./formatCitation').then(
    (module) => module.formatCitation,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
