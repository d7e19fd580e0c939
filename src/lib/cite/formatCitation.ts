// The one module that imports citation-js (with citeproc, its styles and locales: several hundred KB).
// Reach it only through loadCiteFormatter, so that it stays out of the first-paint bundle.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicagoStyle from './chicago-author-date.csl?raw';
import { shareText } from '../i18n/en/share';
import type { CslItem, CslName } from './csl';
import type { CitationFormat } from './formats';

interface CslPluginConfig {
  styles: { add(name: string, xml: string): unknown };
}
interface BibtexPluginConfig {
  format: { asciiOnly: boolean; checkLabel: boolean };
}
/** A BibTeX entry as citation-js maps it, its values already in BibTeX form. */
interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const CHICAGO = 'nk-workers-abroad-chicago-author-date';
(plugins.config.get('@csl') as CslPluginConfig).styles.add(CHICAGO, chicagoStyle);
// With asciiOnly (the default) the BibTeX output drops every character it has no LaTeX command for:
// whole Korean, Japanese and Russian titles vanish. Unicode stays Unicode instead, and texEscaped escapes
// LaTeX's special characters, which citation-js then leaves alone.
const bibtexConfig = (plugins.config.get('@bibtex') as BibtexPluginConfig).format;
bibtexConfig.asciiOnly = false;
// citation-js refuses keys with hyphens, which BibTeX accepts, and would invent one from the author, year
// and title ("Life2022North"); the key is the item's citation-key (a source id), checked when written.
bibtexConfig.checkLabel = false;

/**
 * A CSL item written in `format`: a reference list entry in APA (7th edition) or Chicago author-date, as
 * plain text (never HTML); or a BibTeX, RIS or CSL-JSON record for a reference manager. The words the
 * site adds (where a figure was found, a dataset's version and kind) are in the interface's language;
 * the styles' own words and dates are English, the only locale the styles are run with.
 */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  switch (format) {
    case 'apa':
      return withFoundIn(apa(item), item);
    case 'chicago':
      return withFoundIn(chicagoVersion(bibliography(chicagoItem(item), CHICAGO), item), item);
    case 'bibtex':
      return bibtex(item);
    case 'ris':
      return ris(item);
    case 'csl-json':
      return `${String(new Cite(item).format('data', { format: 'text' })).trim()}\n`;
    default:
      throw new RangeError(`Unknown citation format: ${String(format)}`);
  }
}

/**
 * A reference to a figure's publication names where the figure was found (the item's note: the dataset,
 * its version and the view); neither style prints notes, so the sentence follows the entry.
 */
function withFoundIn(text: string, item: CslItem): string {
  if (!item.note) return text;
  return `${text} ${item.note.replace(/\.?$/, '.')}`;
}

function bibliography(item: CslItem, template: string): string {
  const text = new Cite(item).format('bibliography', { format: 'text', template, lang: 'en-US' });
  // citation-js marks the first HTML tag of an entry with the item's id, for its HTML output; in plain
  // text, an entry whose author starts with "<" would get the attribute written into the author's name.
  return String(text)
    .replace(/^(\s*<[a-z]+) data-csl-entry-id="([^"]*)"/i, (match, tag: string, id: string) =>
      id === item.id ? tag : match,
    )
    .trim();
}

function apa(item: CslItem): string {
  let text = bibliography(item, 'apa');
  // For an undated page APA wants "Retrieved <date>, from <URL>"; without an access date, which the
  // dataset does not record, the style still writes "Retrieved" before the URL.
  if (!item.issued && item.URL) text = text.replace(`Retrieved ${item.URL}`, item.URL);
  // citeproc reads a version that begins with a date (2026-11-27 · …) as a range: "Versions".
  const t = shareText();
  if (item.version)
    text = text.replace(`(Versions ${item.version}`, `(${t.citationVersion(item.version)}`);
  if (item.type === 'dataset') text = text.replace('[Dataset]', `[${t.citationDatasetKind}]`);
  return text;
}

/** A dataset's version as Chicago writes it ("Version 2026-11-27 · …."), in the interface's language. */
function chicagoVersion(text: string, item: CslItem): string {
  if (!item.version) return text;
  return text.replace(`Version ${item.version}`, shareText().citationVersion(item.version));
}

/**
 * The item as the Chicago style reads it: a description in square brackets (a work without a title of
 * its own) moves to `genre`, which the style prints in the title's place without quotation marks.
 */
function chicagoItem(item: CslItem): CslItem {
  if (item.title === undefined || !/^\[.*\]$/.test(item.title)) return item;
  const { title, ...rest } = item;
  return { ...rest, genre: title };
}

function bibtex(item: CslItem): string {
  const url = item.URL?.replace(/[{}\\\s]/g, (char) => encodeURIComponent(char));
  // BibTeX has no version field: the version goes in the note, as reference managers show it.
  const note = [item.version && shareText().citationVersion(item.version), item.note]
    .filter(Boolean)
    .join('. ');
  const escaped: CslItem = {
    ...item,
    ...(item.title !== undefined && { title: texEscaped(item.title) }),
    ...(item['container-title'] !== undefined && {
      'container-title': texEscaped(item['container-title']),
    }),
    ...(item.publisher !== undefined && { publisher: texEscaped(item.publisher) }),
    ...(item['publisher-place'] !== undefined && {
      'publisher-place': texEscaped(item['publisher-place']),
    }),
    ...(item.genre !== undefined && { genre: texEscaped(item.genre) }),
    ...(item.number !== undefined && { number: texEscaped(item.number) }),
    ...(item.author !== undefined && { author: item.author.map(texEscapedName) }),
    ...(note !== '' && { note: texEscaped(note) }),
  };
  delete escaped.URL;
  delete escaped.version;
  const [entry] = new Cite(escaped).format('bibtex', { format: 'object' }) as BibtexEntry[];
  if (!entry) throw new Error('citation-js wrote no BibTeX entry');
  const properties = { ...entry.properties };
  if (url) {
    properties.url = url;
    if (entry.type === 'misc') properties.howpublished = `\\url{${url}}`;
  }
  const fields = Object.entries(properties).map(([field, value]) => {
    if (!bracesBalance(value)) throw new Error(`BibTeX ${field} has unbalanced braces`);
    return `  ${field} = {${value}},`;
  });
  const label = entry.label.replace(/[^A-Za-z0-9_:.+/-]/g, '-');
  return `@${entry.type}{${label},\n${fields.join('\n')}\n}\n`;
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // citation-js would read <i>, <b>, <sup>… as markup; as text they are literal angle brackets.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text with LaTeX's special characters as commands: only balanced braces remain. */
function texEscaped(text: string): string {
  return text.replace(/[\\{}#$%&_~^<>]/g, (char) => TEX_SPECIALS[char] ?? char);
}

function texEscapedName(name: CslName): CslName {
  return Object.fromEntries(
    Object.entries(name).map(([part, value]) => [part, texEscaped(String(value))]),
  );
}

function bracesBalance(value: string): boolean {
  let depth = 0;
  // BibTeX counts every brace, escaped or not.
  for (const char of value) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function ris(item: CslItem): string {
  // RIS reads "A, B" as family name A, given name B: an organisation's commas become semicolons.
  const author = item.author?.map((name) =>
    name.literal === undefined ? name : { ...name, literal: name.literal.replaceAll(',', ';') },
  );
  const [record] = new Cite({ ...item, ...(author && { author }) }).format('ris', {
    format: 'object',
  }) as Record<string, unknown>[];
  if (!record) throw new Error('citation-js wrote no RIS record');
  // One line per tag, however long: citation-js would break lines at 70 characters, which readers
  // join with a space, breaking URLs. A line break inside a value would start a new tag.
  const lines = [`TY  - ${oneLine(record.TY)}`];
  for (const [tag, values] of Object.entries(record)) {
    if (tag === 'TY' || !/^[A-Z][A-Z0-9]$/.test(tag)) continue;
    for (const value of [values].flat()) lines.push(`${tag}  - ${oneLine(value)}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

function oneLine(value: unknown): string {
  return String(value)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim();
}
