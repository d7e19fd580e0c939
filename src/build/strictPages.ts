/**
 * Makes every page of the build run under the Content-Security-Policy (contentSecurityPolicy.ts), and
 * checks the build's code for eval. For each HTML file the build writes (index.html, the views' pages,
 * embed.html, embeds/<preset>.html) it:
 * - puts the policy's <meta> tag first in <head>, for hosts that send no header;
 * - moves each inline <style> and <script> (not JSON data, which does not run) into a file of its own
 *   under assets/, named by a hash of its content;
 * - replaces each `style` attribute (the server render's `style:` directives: charts colour their
 *   marks with theme variables) by a class whose rule, in one stylesheet for all pages, sets the same
 *   declarations `!important`, as an inline style would win. The page's script, once it hydrates,
 *   sets the same styles through the CSSOM, which the policy allows.
 * The dev server's pages are left as they are: Vite injects inline styles there.
 */
import { createHash } from 'node:crypto';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { META_TAG } from './contentSecurityPolicy.ts';

const HASH_LENGTH = 8;
const hash = (text: string) =>
  createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);

/** A file the pages now link to: its path under the base and its text. */
export interface PageFile {
  fileName: string;
  source: string;
}

/** The class that stands for a style attribute's value. */
export function styleClass(style: string): string {
  return `csp-${hash(style)}`;
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

/** An attribute's value as the browser reads it (the entities a server render writes). */
function unescapeAttribute(value: string): string {
  return value.replace(/&(?:amp|quot|lt|gt|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}

/** A style attribute's declarations, split at the semicolons outside brackets and quotes. */
function declarations(style: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < style.length; i++) {
    const char = style[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ';' && depth === 0) {
      parts.push(style.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(style.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part.includes(':'));
}

/** The rule that gives an element of `className` the declarations of the style attribute `style`. */
export function styleRule(className: string, style: string): string {
  const important = declarations(style).map((declaration) =>
    /!\s*important$/i.test(declaration) ? declaration : `${declaration} !important`,
  );
  return `.${className}{${important.join(';')}}`;
}

// An attribute inside a start tag: name, then a value in double, single or no quotes.
const ATTRIBUTE = /\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

/**
 * `html` with each style attribute replaced by a class (`styleClass`), the class joined to the
 * element's own; `rules` gets each class's rule. Scripts and styles must be out of the markup first
 * (their text is not markup).
 */
export function replaceStyleAttributes(html: string, rules: Map<string, string>): string {
  let out = '';
  let from = 0;
  const tagStart = /<([a-zA-Z][^\s/>]*)/g;
  for (let match = tagStart.exec(html); match; match = tagStart.exec(html)) {
    let at = match.index + match[0].length;
    const attributes: { name: string; text: string; value: string | undefined }[] = [];
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const attribute = ATTRIBUTE.exec(html);
      if (!attribute) break;
      attributes.push({
        name: attribute[1]!.toLowerCase(),
        text: attribute[0],
        value: attribute[2] ?? attribute[3] ?? attribute[4],
      });
      at = ATTRIBUTE.lastIndex;
    }
    tagStart.lastIndex = at;
    const style = attributes.find((attribute) => attribute.name === 'style');
    if (!style) continue;
    const value = unescapeAttribute(style.value ?? '');
    const kept = attributes.filter((attribute) => attribute !== style);
    if (declarations(value).length > 0) {
      const className = styleClass(value);
      rules.set(className, styleRule(className, value));
      const own = kept.find((attribute) => attribute.name === 'class');
      if (own) own.text = ` class="${own.value ? `${own.value} ` : ''}${className}"`;
      else kept.push({ name: 'class', text: ` class="${className}"`, value: className });
    }
    out += html.slice(from, match.index) + match[0] + kept.map((a) => a.text).join('');
    from = at;
  }
  return out + html.slice(from);
}

/** The inline <script> (code, not data) and <style> elements of a page. */
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;

/** Whether a <script>'s attributes make it data (JSON) or external, which the policy allows. */
function isAllowedScript(attributes: string): boolean {
  return (
    /\ssrc\s*=/.test(attributes) || /\stype\s*=\s*["']?application\/[\w.+-]*json/.test(attributes)
  );
}

/** One page made strict (see the module's comment), less the link to its style attributes' rules. */
export interface StrictPage {
  html: string;
  /** The files its inline scripts and styles moved to. */
  files: PageFile[];
  /** The rules of the classes that stand for its style attributes, by class. */
  rules: Map<string, string>;
}

export function strictPage(html: string, base: string): StrictPage {
  const files: PageFile[] = [];
  const file = (source: string, extension: string) => {
    const fileName = `assets/page-${hash(source)}.${extension}`;
    files.push({ fileName, source });
    return `${base}${fileName}`;
  };
  let page = html.replace(
    INLINE_STYLE,
    (_element, css: string) => `<link rel="stylesheet" href="${file(css, 'css')}">`,
  );
  page = page.replace(INLINE_SCRIPT, (element, attributes = '', code: string) => {
    if (isAllowedScript(attributes as string)) return element;
    const module = /\stype\s*=\s*["']?module/.test(attributes as string);
    return `<script${module ? ' type="module"' : ''} src="${file(code, 'js')}"></script>`;
  });
  const rules = new Map<string, string>();
  page = replaceStyleAttributes(page, rules);
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(page);
  if (!charset) throw new Error('a page without <meta charset>, after which the policy goes');
  const end = charset.index + charset[0].length;
  page = `${page.slice(0, end)}\n    ${META_TAG}${page.slice(end)}`;
  return { html: page, files, rules };
}

/** `html` with a stylesheet linked last in its <head>. */
export function linkStylesheet(html: string, href: string): string {
  if (!html.includes('</head>')) throw new Error('a page without </head>');
  return html.replace('</head>', () => `<link rel="stylesheet" href="${href}">\n</head>`);
}

/** A call of eval or Function (`new Function(…)`, `Function(…)`, `eval(…)`), not a method or name. */
const EVAL_CALL = /(?<![\w$.])(?:new\s+Function\b|Function\s*\(|eval\s*\()/g;

/**
 * Whether the parenthesis at `open` closes before a `{`: a method named eval (`eval(t,n){…}`, as
 * re2js has), not a call. Strings in the arguments are not skipped: a `)` in one ends early, which
 * errs towards reporting a call.
 */
function isDefinition(code: string, open: number): boolean {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return /^\s*\{/.test(code.slice(i + 1, i + 20));
  }
  return false;
}

/** Where in `code` eval or Function is called: a few characters around each. */
export function evalCalls(code: string): string[] {
  return [...code.matchAll(EVAL_CALL)]
    .filter((match) => {
      const open = code.indexOf('(', match.index);
      return !match[0].endsWith('(') || !isDefinition(code, open);
    })
    .map((match) => code.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40));
}

/**
 * DuckDB-WASM's worker, as the package ships it: its Emscripten runtime has eval in code that runs
 * only for what the app never does (EM_ASM and EM_JS in dynamically linked extensions, which the app
 * does not load — connect-src 'self' would refuse their download anyway; emscripten_run_script; the
 * Node branch of async loading). tests/e2e/csp.spec.ts starts it under the policy.
 */
const VETTED_EVAL = /node_modules\/@duckdb\/duckdb-wasm\/dist\/duckdb-browser-eh\.worker\.js$/;

/** Every script of the bundle that calls eval or Function, with where, except the vetted one. */
export function bundleEvalCalls(bundle: OutputBundle): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [fileName, output] of Object.entries(bundle)) {
    if (!fileName.endsWith('.js')) continue;
    const code =
      output.type === 'chunk'
        ? output.code
        : typeof output.source === 'string'
          ? output.source
          : new TextDecoder().decode(output.source);
    if (output.type === 'asset' && output.originalFileNames.some((name) => VETTED_EVAL.test(name)))
      continue;
    const calls = evalCalls(code);
    if (calls.length > 0) found[fileName] = calls;
  }
  return found;
}

/** The Vite plugin (build only), after the pages and embeds are in the bundle. */
export function strictPagesPlugin(): Plugin {
  let base = '/';
  return {
    name: 'nk-workers-abroad:strict-pages',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const evals = bundleEvalCalls(bundle);
      if (Object.keys(evals).length > 0) {
        const list = Object.entries(evals).map(
          ([file, calls]) => `${file}: ${calls.map((call) => JSON.stringify(call)).join(', ')}`,
        );
        this.error(
          `eval or Function in the build, which the Content-Security-Policy forbids:\n${list.join('\n')}`,
        );
      }
      const pages = new Map<string, StrictPage>();
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!fileName.endsWith('.html') || output.type !== 'asset') continue;
        const html =
          typeof output.source === 'string'
            ? output.source
            : new TextDecoder().decode(output.source);
        pages.set(fileName, strictPage(html, base));
      }
      const emitted = new Set<string>();
      for (const { files } of pages.values()) {
        for (const file of files) {
          if (emitted.has(file.fileName)) continue;
          emitted.add(file.fileName);
          this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
        }
      }
      // One stylesheet for the style attributes of every page: the embed page shows any preset's.
      const rules = new Map([...pages.values()].flatMap((page) => [...page.rules]));
      const css = `${[...rules.values()].sort().join('\n')}\n`;
      const styleFile = `assets/style-attributes-${hash(css)}.css`;
      if (rules.size > 0) this.emitFile({ type: 'asset', fileName: styleFile, source: css });
      for (const [fileName, page] of pages) {
        const output = bundle[fileName];
        if (output?.type !== 'asset') continue;
        output.source =
          page.rules.size > 0 ? linkStylesheet(page.html, `${base}${styleFile}`) : page.html;
      }
    },
  };
}
