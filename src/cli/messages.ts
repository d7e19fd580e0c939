/**
 * Checks the interface's message catalogues (src/lib/i18n): every language has every English key and
 * no other, each of the same kind, and every key is used. Exits 1 naming each problem.
 *
 * Usage: tsx src/cli/messages.ts [--catalogues DIR] [--sources DIR]
 *   (defaults: src/lib/i18n and src/; the options are for checking another tree, as the tests do)
 */
import { parseArgs } from 'node:util';
import { checkCatalogues } from '../lib/i18n/catalogueCheck.ts';
import { LOCALES, DEFAULT_LOCALE } from '../lib/i18n/locale.ts';

const { values } = parseArgs({
  options: {
    catalogues: { type: 'string', default: 'src/lib/i18n' },
    sources: { type: 'string', default: 'src' },
  },
});

const report = checkCatalogues({
  catalogues: values.catalogues,
  sources: values.sources,
  languages: LOCALES.filter((lang) => lang !== DEFAULT_LOCALE),
});
if (report.problems.length > 0) {
  for (const problem of report.problems) console.error(problem);
  console.error(`messages: ${report.problems.length} problem(s) in the catalogues.`);
  process.exit(1);
}
console.log(
  `messages: ${report.areas} areas, ${report.keys} English keys, each translated and used.`,
);
