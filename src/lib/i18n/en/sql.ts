// The English messages of the "sql" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "sql" messages in the interface's language: `sqlText().someKey` in markup or $derived. */
export const sqlText = messages('sql', en);
