// The English messages of the "map" area: the catalogue every other language is checked against.
import { messages } from '../runtime.svelte';

const en = {};

export default en;
/** The "map" messages in the interface's language: `mapText().someKey` in markup or $derived. */
export const mapText = messages('map', en);
