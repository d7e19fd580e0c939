import { describe, expect, it } from 'vitest';
import {
  compactCss,
  escapeText,
  inertMarks,
  roundedCoordinates,
  svgElements,
  textContent,
  withViewBoxes,
} from '../../src/embed/markup';
import { describeReport, isCompressible } from '../../src/build/precompress';
import { fillEmbedPage } from '../../src/build/embeds';

describe('withViewBoxes', () => {
  it('gives a sized <svg> its viewBox, so that CSS can scale it', () => {
    expect(withViewBoxes('<svg width="640" height="380" role="img"><g></g></svg>')).toBe(
      '<svg viewBox="0 0 640 380" width="640" height="380" role="img"><g></g></svg>',
    );
  });
  it('leaves an <svg> with a viewBox or without a numeric size alone', () => {
    const kept = [
      '<svg width="14" height="14" viewBox="-7 -7 14 14"></svg>',
      '<svg width="100%" height="20"></svg>',
      '<svg class="x"></svg>',
    ];
    for (const html of kept) expect(withViewBoxes(html)).toBe(html);
  });
});

describe('inertMarks', () => {
  const mark =
    '<g class="mark svelte-1" data-id="a" tabindex="0" role="button" aria-label="about 200" aria-expanded="false" style="--color: #0072B2;"><circle class="hit svelte-1" cx="1" cy="2" r="9"></circle><path class="symbol svelte-1" d="M0"></path></g>';
  it('makes the marks of a static page plain drawing: not focusable, no hit areas', () => {
    const out = inertMarks(
      `<svg width="10" height="10" role="group" aria-label="Chart">${mark}</svg>`,
    );
    expect(out).toBe(
      '<svg width="10" height="10" role="img" aria-label="Chart"><g class="mark svelte-1" data-id="a" style="--color: #0072B2;"><path class="symbol svelte-1" d="M0"></path></g></svg>',
    );
  });
  it('removes the line hit area of a range', () => {
    expect(
      inertMarks('<line class="hit svelte-1" x1="1"></line><line class="bar svelte-1"></line>'),
    ).toBe('<line class="bar svelte-1"></line>');
  });
});

describe('roundedCoordinates', () => {
  it('rounds long decimals inside tags, not in text', () => {
    expect(roundedCoordinates('<rect x="26.799999999999997" width="403.2"></rect>1.23456')).toBe(
      '<rect x="26.79" width="403.2"></rect>1.23456',
    );
  });
});

describe('svgElements', () => {
  it('lists the sized <svg> elements with their class and inner markup', () => {
    const html =
      '<div><svg width="14" height="14" viewBox="0 0 14 14"><path></path></svg><svg class="plot svelte-2" width="372" height="36"><rect></rect></svg></div>';
    expect(svgElements(html)).toEqual([
      { className: '', width: 14, height: 14, inner: '<path></path>' },
      { className: 'plot svelte-2', width: 372, height: 36, inner: '<rect></rect>' },
    ]);
  });
  it('throws on nested or unclosed <svg> rather than mis-draw', () => {
    expect(() => svgElements('<svg width="1" height="1"><svg></svg></svg>')).toThrow(/nested/);
    expect(() => svgElements('<svg width="1" height="1">')).toThrow(/closed/);
  });
});

describe('text helpers', () => {
  it('escapes and reads back text', () => {
    const text = 'A & B <c> "d"';
    expect(escapeText(text)).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
    expect(textContent(`<span class="x">${escapeText(text)}</span> <!-- c --> e`)).toBe(
      `${text} e`,
    );
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
        title: 'c',
        html: '',
        figure: '<figure>C</figure>',
        svg: '',
        csv: new Uint8Array(),
        height: 1,
      },
      {
        name: 'worldwide',
        title: 'w',
        html: '',
        figure: '<figure>$&W</figure>',
        svg: '',
        csv: new Uint8Array(),
        height: 1,
      },
    ],
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
