// Served by datasetVersionPlugin (src/build/datasetVersion.ts), in builds, the dev server and Vitest.
declare module 'virtual:dataset-version' {
  /** The version of the data the build bundles. */
  export const datasetVersion: import('./version').DatasetVersion;
}
