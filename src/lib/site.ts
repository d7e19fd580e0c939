/**
 * The address of the project's public repository. None is published yet (package.json, CITATION.cff
 * and the README name none): set it here, the one place, and the About page links to it.
 */
export const REPOSITORY_URL: string | null = null;
