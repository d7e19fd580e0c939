import { describe, expect, it } from 'vitest';
import { compactCss, escapeText } from '../../src/embed/markup';
import { describeReport, isCompressible } from '../../src/build/precompress';
import { fillEmbedPage } from '../../src/build/embeds';

describe('text helpers', () => {
  it('escapes text', () => {
    expect(escapeText('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
  });
  it('compacts CSS without changing selectors', () => {
    expect(compactCss('a:hover ,\n .b  .c {\n  color: red;\n}\n/*# sourceMappingURL=x */')).toBe(
      'a:hover , .b .c{color: red;}',
    );
  });
});

describe('fillEmbedPage', () => {
  const figures = {
    pages: [
      {
        name: 'compare-RUS',
        lang: 'en' as const,
        title: 'c',
        titles: { en: 'c', ko: 'c' },
        html: '',
        figure: '<figure>C</figure>',
        svg: '',
        csv: new Uint8Array(),
        height: 1,
      },
      {
        name: 'worldwide',
        lang: 'en' as const,
        title: 'w',
        titles: { en: 'w', ko: 'w' },
        html: '',
        figure: '<figure>$&W</figure>',
        svg: '',
        csv: new Uint8Array(),
        height: 1,
      },
    ],
    translations: [],
    style: '<style>s</style>',
    script: 'post()',
  };
  it('puts the worldwide figure, the CSS and the resize script into embed.html', () => {
    const page =
      '<head><!-- embed:style --></head><main><!-- embed:figure --></main><!-- embed:script -->';
    expect(fillEmbedPage(page, figures)).toBe(
      '<head><style>s</style></head><main><figure>$&W</figure></main><script>post()</script>',
    );
  });
  it('throws when a placeholder is gone', () => {
    expect(() => fillEmbedPage('<main></main>', figures)).toThrow(/embed:style/);
  });
});

describe('precompression', () => {
  it.each([
    ['assets/duckdb-eh.wasm', 34_000_000, true],
    ['assets/index.js', 2048, true],
    ['embeds/worldwide.html', 80_000, true],
    ['embeds/worldwide.svg', 20_000, true],
    ['assets/small.js', 1024, false],
    ['downloads/data.zip', 90_000, false],
    ['favicon.png', 9000, false],
    ['assets/index.js.br', 9000, false],
  ])('%s (%i bytes) compressible: %s', (path, size, expected) => {
    expect(isCompressible(path, size)).toBe(expected);
  });
  it('reports the total and the largest file', () => {
    const text = describeReport('dist', {
      total: 3 * 1024 * 1024,
      served: 2 * 1024 * 1024,
      files: 12,
      largest: { file: 'assets/duckdb.wasm', size: 1.5 * 1024 * 1024 },
      compressed: [],
    });
    expect(text).toContain('2.00 MB served; 3.00 MB with the compressed copies');
    expect(text).toContain('largest file: assets/duckdb.wasm (1.50 MB)');
  });
});
