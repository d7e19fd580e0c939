// The Content-Security-Policy, defined once (src/build/contentSecurityPolicy.ts), and what the build does
// to every page so that it holds (src/build/strictPages.ts): the policy's <meta>, inline scripts and
// styles moved to files, style attributes replaced by classes, and no eval in any script it ships.
import { readFileSync } from 'node:fs';
import type { OutputBundle } from 'rolldown';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  META_POLICY,
  META_TAG,
  policyKindOf,
  servedFile,
} from '../../src/build/contentSecurityPolicy';
import {
  bundleEvalCalls,
  evalCalls,
  replaceStyleAttributes,
  strictPage,
  styleClass,
  styleRule,
} from '../../src/build/strictPages';

describe('the policy', () => {
  it('is the strict one, with frame-ancestors by kind of page', () => {
    const common =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self'; object-src 'none'; base-uri 'none'";
    expect(contentSecurityPolicy('app')).toBe(`${common}; frame-ancestors 'self'`);
    expect(contentSecurityPolicy('embed')).toBe(`${common}; frame-ancestors *`);
    // Browsers ignore frame-ancestors in a <meta>, and say so in the console.
    expect(META_POLICY).toBe(common);
    expect(META_TAG).toBe(`<meta http-equiv="Content-Security-Policy" content="${common}">`);
    expect(contentSecurityPolicy('app')).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('is the one the README tells nginx to send', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const kind of ['app', 'embed'] as const) {
      expect(readme).toContain(`"${contentSecurityPolicy(kind)}";`);
    }
    expect(readme).toContain('add_header Content-Security-Policy $content_security_policy always;');
  });

  it.each([
    ['index.html', 'app'],
    ['about/index.html', 'app'],
    ['assets/index-1a2b.js', 'app'],
    ['assets/validate.worker-1a2b.js', 'app'],
    ['embed.html', 'embed'],
    ['embeds/compare-RUS.html', 'embed'],
    ['embeds/ko/compare-RUS.html', 'embed'],
    ['embeds/ko/compare-RUS.svg', null],
    ['embeds/compare-RUS.svg', null],
    ['embeds/compare-RUS.csv', null],
    ['downloads/nk-workers-abroad.zip', null],
    ['previews/about.png', null],
  ])('%s is served with the %s policy', (path, kind) => {
    expect(policyKindOf(path)).toBe(kind);
  });

  it.each([
    ['', 'index.html'],
    ['about/', 'about/index.html'],
    ['embeds/worldwide', 'embeds/worldwide.html'],
    ['embeds/worldwide.svg', 'embeds/worldwide.svg'],
  ])('the request path %j is answered with %s', (path, file) => {
    expect(servedFile(path)).toBe(file);
  });
});

describe('strictPage', () => {
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <style>main{color:red}</style>
  </head>
  <body>
    <main><svg><circle class="mark" r="2" style="fill: var(--bg); stroke: var(--est-media);"></circle><rect style="fill: var(--bg); stroke: var(--est-media);" aria-label="a > b"/></svg></main>
    <p title="style=&quot;x&quot;">style="not an attribute"</p>
    <script type="application/json" id="snapshot">{"a":"\\u003c/script>"}</script>
    <script>parent.postMessage(1, '*');</script>
    <script type="module" crossorigin src="/assets/index-1a2b.js"></script>
  </body>
</html>
`;
  const strict = strictPage(page, '/base/');

  it('puts the policy right after <meta charset>, before anything it governs', () => {
    expect(strict.html).toMatch(
      /<meta charset="UTF-8" \/>\n {4}<meta http-equiv="Content-Security-Policy"/,
    );
    expect(strict.html.match(/http-equiv/g)).toHaveLength(1);
  });

  it('moves the inline style and script into files, and keeps JSON data and external scripts', () => {
    expect(strict.files.map((file) => file.source)).toEqual([
      'main{color:red}',
      "parent.postMessage(1, '*');",
    ]);
    const [css, js] = strict.files.map((file) => file.fileName);
    expect(css).toMatch(/^assets\/page-[0-9a-f]{8}\.css$/);
    expect(js).toMatch(/^assets\/page-[0-9a-f]{8}\.js$/);
    expect(strict.html).toContain(`<link rel="stylesheet" href="/base/${css}">`);
    expect(strict.html).toContain(`<script src="/base/${js}"></script>`);
    expect(strict.html).toContain('<script type="application/json" id="snapshot">');
    expect(strict.html).toContain('<script type="module" crossorigin src="/assets/index-1a2b.js">');
    expect(strict.html).not.toMatch(/<style|<script>/);
  });

  it('replaces each style attribute by a class, joined to the element’s own', () => {
    const style = 'fill: var(--bg); stroke: var(--est-media);';
    const name = styleClass(style);
    expect(strict.html).toContain(`<circle class="mark ${name}" r="2"></circle>`);
    expect(strict.html).toContain(`<rect aria-label="a > b" class="${name}"/>`);
    expect([...strict.rules]).toEqual([[name, styleRule(name, style)]]);
    // Text and other attributes that merely mention style= are left alone.
    expect(strict.html).toContain('<p title="style=&quot;x&quot;">style="not an attribute"</p>');
    expect(strict.html).not.toMatch(/<[^>]+\sstyle=/);
  });
});

describe('styleRule and replaceStyleAttributes', () => {
  it('sets each declaration !important, as an inline style beats the stylesheets', () => {
    expect(
      styleRule(
        'c',
        'fill: var(--x, rgb(0 0 0 / 50%)); font-family: "A;B"; stroke: red !important',
      ),
    ).toBe(
      '.c{fill: var(--x, rgb(0 0 0 / 50%)) !important;font-family: "A;B" !important;stroke: red !important}',
    );
  });

  it('reads the attribute as the browser does (entities), and drops an empty one', () => {
    const rules = new Map<string, string>();
    const html = replaceStyleAttributes(
      `<text style='font-family: &quot;Noto Sans&quot;'>x</text><g style="">y</g>`,
      rules,
    );
    const name = styleClass('font-family: "Noto Sans"');
    expect(html).toBe(`<text class="${name}">x</text><g>y</g>`);
    expect(rules.get(name)).toBe(`.${name}{font-family: "Noto Sans" !important}`);
  });
});

describe('the check for eval', () => {
  it.each([
    ['new Function("x", "return x")', 1],
    ['a=Function("return this")()', 1],
    ['x,eval(code)', 1],
    ['window.eval(code); obj.Function(x)', 0],
    ['isFunction(x); e.dynamicTypingFunction(t); evaluate(x)', 0],
    ['typeof x === "function"; const Function_ = 1', 0],
    // re2js's method named eval, defined, not called; a call inside a condition still counts.
    ['class A{eval(t,n){switch(t){}}} ({ eval(x) { return x; } })', 0],
    ['if (eval(f(x))) { y(); }', 1],
  ])('%s: %i call(s)', (code, count) => {
    expect(evalCalls(code)).toHaveLength(count);
  });

  it('finds it in chunks and assets, except in DuckDB’s vetted worker', () => {
    const bundle = {
      'assets/app-1.js': { type: 'chunk', code: 'let f=new Function("x","return 1")' },
      'assets/ok-2.js': { type: 'chunk', code: 'console.log(1)' },
      'assets/duckdb-browser-eh.worker-3.js': {
        type: 'asset',
        source: 'ASM_CONSTS[start]=eval(func)',
        originalFileNames: ['node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'],
      },
      'assets/other.worker-4.js': {
        type: 'asset',
        source: new TextEncoder().encode('eval(x)'),
        originalFileNames: ['src/other.worker.js'],
      },
      'assets/style.css': { type: 'asset', source: 'a{}', originalFileNames: [] },
    } as unknown as OutputBundle;
    expect(Object.keys(bundleEvalCalls(bundle))).toEqual([
      'assets/app-1.js',
      'assets/other.worker-4.js',
    ]);
  });
});
