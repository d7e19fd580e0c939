/**
 * Writes the codebook tables in data/README.md (between the codebook markers) from
 * data/datapackage.json, the single source of the categories.
 *
 * Usage: tsx src/cli/codebook.ts [--check]   (--check writes nothing, exits 1 if README is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Category = string | { value: string; label?: string; description?: string };
interface DataPackage {
  resources: { name: string; schema: { fields: { name: string; categories?: Category[] }[] } }[];
}

const start = '<!-- codebook:start -->';
const end = '<!-- codebook:end -->';

function categories(pkg: DataPackage, resource: string, field: string): Category[] {
  const found = pkg.resources
    .find((r) => r.name === resource)
    ?.schema.fields.find((f) => f.name === field);
  if (!found?.categories)
    throw new Error(`datapackage.json: ${resource}.${field} has no categories`);
  return found.categories;
}

const cell = (text = ''): string => text.replace(/\|/g, '\\|');
const object = (c: Category) => (typeof c === 'string' ? { value: c } : c);

/** The codebook section (markers excluded) for a data package. */
export function renderCodebook(pkg: DataPackage): string {
  const measures = categories(pkg, 'estimates', 'measure').map(object);
  const types = categories(pkg, 'estimates', 'estimator_type').map(object);
  const qualifiers = categories(pkg, 'estimates', 'qualifier').map(object);
  return [
    '<!-- Generated from datapackage.json by src/cli/codebook.ts: edit the categories there. -->',
    '',
    '### Measures (`measure`)',
    '',
    '| value | label | definition |',
    '|---|---|---|',
    ...measures.map((m) => `| \`${m.value}\` | ${cell(m.label)} | ${cell(m.description)} |`),
    '',
    '### Estimator types (`estimator_type`)',
    '',
    '| value | label |',
    '|---|---|',
    ...types.map((t) => `| \`${t.value}\` | ${cell(t.label)} |`),
    '',
    '### Qualifiers (`qualifier`)',
    '',
    `${qualifiers.map((q) => `\`${q.value}\``).join(', ')}, or empty.`,
  ].join('\n');
}

/** README text with the codebook section replaced; throws if the markers are missing. */
export function withCodebook(readme: string, codebook: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README needs the markers ${start} and ${end}`);
  return `${readme.slice(0, from + start.length)}\n${codebook}\n${readme.slice(to)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dataDir = new URL('../../data/', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('datapackage.json', dataDir), 'utf8')) as DataPackage;
  const readmeUrl = new URL('README.md', dataDir);
  const readme = readFileSync(readmeUrl, 'utf8');
  const updated = withCodebook(readme, renderCodebook(pkg));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('data/README.md: the codebook is out of date with data/datapackage.json.');
      console.error('Run: tsx src/cli/codebook.ts');
      process.exit(1);
    }
  } else if (updated !== readme) {
    writeFileSync(readmeUrl, updated);
    console.log('data/README.md: codebook updated.');
  }
}
