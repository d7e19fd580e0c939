import { createContext } from 'svelte';
import type { CslItem } from './csl';

/** The page's one citation dialog: any chart, card or footer opens it with a reference to show. */
export class CiteDialog {
  item = $state.raw<CslItem | null>(null);
  heading = $state('');
  fileName = $state('');

  open(item: CslItem, heading: string, fileName: string): void {
    this.item = item;
    this.heading = heading;
    this.fileName = fileName;
  }

  close(): void {
    this.item = null;
  }
}

export const [getCiteDialog, setCiteDialog, hasCiteDialog] = createContext<CiteDialog>();
