// The English messages of the "share" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "share" messages in the interface's language: `shareText().someKey` in markup or $derived. */
export const shareText = messages('share', en);
