// Served by embedsPlugin (src/build/embeds.ts) in builds and the dev server.
declare module 'virtual:embed-presets' {
  /** Every static figure built with the site: its name (embeds/<name>.html), title and first height. */
  export const presets: readonly Readonly<import('./presets').EmbedPresetInfo>[];
}

declare module 'virtual:embed-preset-names' {
  /** The names of the static figures alone, for the embed page's script. */
  export const presetNames: readonly string[];
}
