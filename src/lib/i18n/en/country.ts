// The English messages of the "country" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "country" messages in the interface's language: `countryText().someKey` in markup or $derived. */
export const countryText = messages('country', en);
