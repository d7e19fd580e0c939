/**
 * Checks the message catalogues as written, without running them: every language has each English
 * key, no other key, and the same kind of message (a string, a function of as many values, a nested
 * record); and every English key is named somewhere in the code outside the catalogues. TypeScript
 * checks the same shapes (`satisfies Translation<…>`); this says it in words, and finds unused keys,
 * which no type can. Run by `npm run check` (src/cli/messages.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** What a message is, as far as its source says. */
type Shape =
  | { kind: 'text' }
  | { kind: 'function'; parameters: number }
  | { kind: 'record'; entries: Map<string, Entry> }
  /** Computed (a call, a variable): TypeScript checks it; the catalogue check does not look in. */
  | { kind: 'computed' };

interface Entry {
  shape: Shape;
  line: number;
}

export interface CatalogueLayout {
  /** The folder holding en/ and one folder per other language. */
  catalogues: string;
  /** The code that uses the messages, searched for each English key (catalogues excluded). */
  sources: string;
  /** The languages other than English. */
  languages: readonly string[];
}

export interface CatalogueReport {
  problems: string[];
  areas: number;
  keys: number;
}

export function checkCatalogues(layout: CatalogueLayout): CatalogueReport {
  const problems: string[] = [];
  // Paths as the reader typed them: from the working folder, or whole when outside it.
  const show = (path: string) => {
    const near = relative(process.cwd(), path);
    return near.startsWith('..') ? path : near;
  };
  const english = join(layout.catalogues, 'en');
  const areas = readdirSync(english)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3))
    .sort();
  const excluded = [english, ...layout.languages.map((lang) => join(layout.catalogues, lang))];
  const code = sourceTexts(layout.sources, excluded);
  let keys = 0;

  for (const area of areas) {
    const enPath = join(english, `${area}.ts`);
    const en = catalogueOf(enPath, 'en', problems);
    if (!en) continue;
    keys += en.size;
    for (const lang of layout.languages) {
      const path = join(layout.catalogues, lang, `${area}.ts`);
      let translated: Map<string, Entry> | null;
      try {
        translated = catalogueOf(path, lang, problems);
      } catch {
        problems.push(`${show(path)}: missing — every area of en/ needs its ${lang} catalogue.`);
        continue;
      }
      if (translated)
        compare(en, translated, [], { en: show(enPath), other: show(path) }, problems);
    }
    for (const [key, entry] of en) {
      const named = new RegExp(`(?<![\\w$])${key}(?![\\w$])`);
      if (!code.some((text) => named.test(text))) {
        problems.push(
          `${show(enPath)}:${entry.line}: key "${key}" is used nowhere in ${show(layout.sources)} — remove it from every language, or use it.`,
        );
      }
    }
  }
  for (const lang of layout.languages) {
    const folder = join(layout.catalogues, lang);
    for (const name of readdirSync(folder)) {
      const area = name.replace(/\.ts$/, '');
      if (name.endsWith('.ts') && area !== 'index' && !areas.includes(area)) {
        problems.push(`${show(join(folder, name))}: no English catalogue en/${name} to translate.`);
      }
    }
  }
  return { problems, areas: areas.length, keys };
}

/** The messages a catalogue file defines: `const en = {…}` in English, `export default {…}` else. */
function catalogueOf(path: string, lang: string, problems: string[]): Map<string, Entry> | null {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  let literal: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node) => {
    if (literal) return;
    if (lang === 'en' && ts.isVariableDeclaration(node) && node.name.getText() === 'en') {
      literal = objectLiteral(node.initializer);
    } else if (lang !== 'en' && ts.isExportAssignment(node)) {
      literal = objectLiteral(node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!literal) {
    const where = lang === 'en' ? '`const en = { … }`' : '`export default { … }`';
    problems.push(`${path}: no catalogue found — write it as ${where}.`);
    return null;
  }
  return entriesOf(literal, source);
}

function objectLiteral(node: ts.Node | undefined): ts.ObjectLiteralExpression | undefined {
  let inner = node;
  while (
    inner &&
    (ts.isSatisfiesExpression(inner) ||
      ts.isAsExpression(inner) ||
      ts.isParenthesizedExpression(inner))
  ) {
    inner = inner.expression;
  }
  return inner && ts.isObjectLiteralExpression(inner) ? inner : undefined;
}

function entriesOf(literal: ts.ObjectLiteralExpression, source: ts.SourceFile): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const property of literal.properties) {
    const line = source.getLineAndCharacterOfPosition(property.getStart()).line + 1;
    if (ts.isSpreadAssignment(property)) continue;
    const name = property.name && propertyName(property.name);
    if (name === undefined) continue;
    entries.set(name, { shape: shapeOf(property, source), line });
  }
  return entries;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  return undefined;
}

function shapeOf(property: ts.ObjectLiteralElementLike, source: ts.SourceFile): Shape {
  if (ts.isMethodDeclaration(property)) {
    return { kind: 'function', parameters: property.parameters.length };
  }
  if (!ts.isPropertyAssignment(property)) return { kind: 'computed' };
  let value = property.initializer;
  while (ts.isParenthesizedExpression(value) || ts.isAsExpression(value)) value = value.expression;
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) {
    return { kind: 'function', parameters: value.parameters.length };
  }
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
    return { kind: 'text' };
  }
  if (ts.isTemplateExpression(value)) return { kind: 'text' };
  const nested = objectLiteral(value);
  if (nested) return { kind: 'record', entries: entriesOf(nested, source) };
  return { kind: 'computed' };
}

function describe(shape: Shape): string {
  switch (shape.kind) {
    case 'text':
      return 'a text';
    case 'function':
      return `a function of ${shape.parameters} value${shape.parameters === 1 ? '' : 's'}`;
    case 'record':
      return 'a record';
    case 'computed':
      return 'a computed value';
  }
}

function compare(
  en: Map<string, Entry>,
  other: Map<string, Entry>,
  path: string[],
  files: { en: string; other: string },
  problems: string[],
): void {
  const named = (key: string) => [...path, key].join('.');
  for (const [key, entry] of en) {
    const translated = other.get(key);
    if (!translated) {
      problems.push(
        `${files.other}: missing message "${named(key)}" (English in ${files.en}:${entry.line}).`,
      );
      continue;
    }
    const [a, b] = [entry.shape, translated.shape];
    if (a.kind === 'computed' || b.kind === 'computed') continue;
    if (
      a.kind !== b.kind ||
      (a.kind === 'function' && b.kind === 'function' && a.parameters !== b.parameters)
    ) {
      problems.push(
        `${files.other}:${translated.line}: "${named(key)}" is ${describe(b)}, but in English ${describe(a)}.`,
      );
    } else if (a.kind === 'record' && b.kind === 'record') {
      compare(a.entries, b.entries, [...path, key], files, problems);
    }
  }
  for (const [key, entry] of other) {
    if (!en.has(key)) {
      problems.push(
        `${files.other}:${entry.line}: "${named(key)}" is not an English message — a key of en/ renamed or removed?`,
      );
    }
  }
}

/** Every .ts, .js and .svelte file's text under `root`, the folders in `excluded` left out. */
function sourceTexts(root: string, excluded: readonly string[]): string[] {
  const texts: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (excluded.includes(path)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js|svelte)$/.test(name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return texts;
}
