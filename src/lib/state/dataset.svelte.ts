import { createContext } from 'svelte';
import type { QueryEngine } from '../db/engine';
import type { LoadedDataset } from '../db/dataset';
import type { Problem } from '../data/validate';

/** The dataset as the page sees it: starting, ready with an engine, or failed with a reason. */
export class Dataset {
  engine = $state.raw<QueryEngine | null>(null);
  problems = $state.raw<Problem[]>([]);
  error = $state<string | null>(null);

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
