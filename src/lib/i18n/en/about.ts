// The English messages of the "about" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "about" messages in the interface's language: `aboutText().someKey` in markup or $derived. */
export const aboutText = messages('about', en);
