// Served by downloadsPlugin (src/build/build-downloads.ts) in builds and the dev server.
declare module 'virtual:downloads' {
  /** The whole data package as one ZIP: where the page links to it, its file name and size in bytes. */
  export const dataZip: Readonly<import('./fileName').DataZipInfo>;
}
