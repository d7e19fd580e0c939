// The English messages of the "filters" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "filters" messages in the interface's language: `filtersText().someKey` in markup or $derived. */
export const filtersText = messages('filters', en);
