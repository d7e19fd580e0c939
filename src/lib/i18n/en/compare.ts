// The English messages of the "compare" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "compare" messages in the interface's language: `compareText().someKey` in markup or $derived. */
export const compareText = messages('compare', en);
