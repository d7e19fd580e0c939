/**
 * The attribute of the `<link rel="preload">` by which index.html names the snapshot: the build adds it
 * (src/build/snapshot.ts), the page reads it (loadSnapshot.ts).
 */
export const SNAPSHOT_LINK_ATTRIBUTE = 'data-snapshot';
