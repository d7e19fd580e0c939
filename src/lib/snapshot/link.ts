/**
 * The id of the `<script type="application/json">` by which index.html carries the first view's
 * snapshot and names the preset views' snapshot files: the build writes it (src/build/prerender.ts), the
 * page reads it (loadSnapshot.ts).
 */
export const SNAPSHOT_SCRIPT_ID = 'snapshot';

/** The attribute of index.html's #app when the build drew the first view into it (main.ts hydrates it). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
