// The English messages of the "figures" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "figures" messages in the interface's language: `figuresText().someKey` in markup or $derived. */
export const figuresText = messages('figures', en);
