// The English messages of the "overview" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "overview" messages in the interface's language: `overviewText().someKey` in markup or $derived. */
export const overviewText = messages('overview', en);
