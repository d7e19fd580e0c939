// The English messages of the "sources" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "sources" messages in the interface's language: `sourcesText().someKey` in markup or $derived. */
export const sourcesText = messages('sources', en);
