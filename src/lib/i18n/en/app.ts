// The English messages of the "app" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "app" messages in the interface's language: `appText().someKey` in markup or $derived. */
export const appText = messages('app', en);
