import { createContext } from 'svelte';
import type { QueryEngine } from '../db/engine';
import type { LoadedDataset } from '../db/dataset';
import { formatProblem, type Problem } from '../data/validate';
import { WHOLE_FILE } from '../data/problem';

/** The dataset as the page sees it: starting, ready with an engine, or failed with a reason. */
export class Dataset {
  engine = $state.raw<QueryEngine | null>(null);
  problems = $state.raw<Problem[]>([]);
  error = $state<string | null>(null);
  /** Why the data cannot be trusted as a whole: a file that could not be read or parsed. */
  readonly fileError = $derived.by(() => {
    const broken = this.problems.filter((problem) => problem.line === WHOLE_FILE);
    if (broken.length === 0) return null;
    return `The data could not be loaded: ${broken.map(formatProblem).join('; ')}`;
  });

  constructor(open: () => Promise<LoadedDataset>) {
    open().then(
      (opened) => {
        performance.mark('dataset-ready');
        this.problems = opened.problems;
        this.engine = opened.engine;
      },
      (error: unknown) => {
        this.error = `The data could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
  }
}

export const [getDataset, setDataset] = createContext<Dataset>();
