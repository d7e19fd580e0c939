// The English messages of the "charts" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "charts" messages in the interface's language: `chartsText().someKey` in markup or $derived. */
export const chartsText = messages('charts', en);
