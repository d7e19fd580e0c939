// Values the data package fixes and every layer shares: one place each.

/** The `country` code of a worldwide figure (the package's own code beside ISO 3166-1 alpha-3). */
export const WORLDWIDE = 'WLD';

/** The first year a figure may describe: North Korea's labour exports postdate 1945. */
export const FIRST_YEAR = 1945;
