import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataLine, imageFileName, sourceLine, uniqueNames } from '../../src/lib/export/imageText';
import { wrapText, type Measure } from '../../src/lib/charts/wrapText';
import { resolveVars, themeFromCss } from '../../src/lib/charts/lightTheme';
import { tokens } from '../../src/lib/charts/theme';
import { hatchPath, figureLegend } from '../../src/lib/charts/legend';
import { legendLayout } from '../../src/lib/charts/legendLayout';
import { estimateText } from '../../src/lib/charts/measure';

/** Every character 1px wide: widths are lengths. */
const mono: Measure = (text) => text.length;

describe('wrapText', () => {
  it.each([
    { text: 'one two three', width: 100, lines: ['one two three'] },
    { text: 'one two three', width: 7, lines: ['one two', 'three'] },
    { text: 'one two three', width: 3, lines: ['one', 'two', 'three'.slice(0, 3), 'ee'] },
    { text: '  spaced \n\t out  ', width: 100, lines: ['spaced out'] },
    { text: '', width: 10, lines: [] },
    { text: '   ', width: 10, lines: [] },
    // A long URL breaks after its punctuation, not in the middle of a word.
    {
      text: 'see https://example.org/?view=compare&country=RUS',
      width: 22,
      lines: ['see', 'https://example.org/?', 'view=compare&country=', 'RUS'],
    },
    {
      text: 'see https://example.org/?view=compare&country=RUS',
      width: 24,
      lines: ['see', 'https://example.org/?', 'view=compare&country=RUS'],
    },
    // With no punctuation to break at, between characters.
    { text: 'abcdefghij', width: 4, lines: ['abcd', 'efgh', 'ij'] },
  ])('wraps "$text" at $width', ({ text, width, lines }) => {
    expect(wrapText(text, width, mono)).toEqual(lines);
  });

  it('keeps every word, in order, and no line wider than the width unless one character is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z/?&=.]{1,30}$/), { maxLength: 30 }),
        fc.integer({ min: 1, max: 60 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, mono);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
          for (const line of lines) {
            expect(line.length <= width || line.length === 1).toBe(true);
            expect(line).toBe(line.trim());
            expect(line).not.toBe('');
          }
        },
      ),
    );
  });

  it('measures with the font it is given: wide glyphs wrap sooner', () => {
    const wide: Measure = (text) => text.length * 2;
    expect(wrapText('aa bb cc', 10, mono)).toEqual(['aa bb cc']);
    expect(wrapText('aa bb cc', 10, wide)).toEqual(['aa bb', 'cc']);
  });
});

describe('source and data lines', () => {
  it('names every publisher once, in their first order, not a shortened list', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Publisher ${i}`);
    const line = sourceLine([...names, 'Publisher 3', '  ', 'Publisher 29'])!;
    expect(line.lead).toBe('Sources:');
    expect(line.names).toBe(`${names.join('; ')}.`);
    expect(sourceLine(['Only One'])).toEqual({ lead: 'Source:', names: 'Only One.' });
    expect(sourceLine([])).toBeNull();
    expect(uniqueNames([' A ', 'B', 'A', ''])).toEqual(['A', 'B']);
  });

  it('prints the version and the permalink', () => {
    expect(dataLine(' 2026-11-27 · 1a2b3c4d ', 'https://x.org/?view=map')).toBe(
      'Data: nk-workers-abroad, version 2026-11-27 · 1a2b3c4d · https://x.org/?view=map',
    );
  });
});

describe('imageFileName', () => {
  it.each([
    {
      base: 'nk-workers-abroad_compare_2026-11-27-1a2b3c4d',
      format: 'png',
      name: 'nk-workers-abroad_compare_2026-11-27-1a2b3c4d.png',
    },
    { base: 'chart.svg', format: 'png', name: 'chart.png' },
    { base: '../etc/passwd', format: 'svg', name: '..-etc-passwd.svg' },
    { base: 'a "quoted" name', format: 'svg', name: 'a-quoted-name.svg' },
    { base: '   ', format: 'png', name: 'chart.png' },
  ] as const)('$base as $format → $name', ({ base, format, name }) => {
    expect(imageFileName(base, format)).toBe(name);
  });
});

describe('resolveVars', () => {
  const vars = new Map([
    ['--fg', '#1a1a1a'],
    ['--text', 'var(--fg)'],
    ['--loop-a', 'var(--loop-b)'],
    ['--loop-b', 'var(--loop-a)'],
  ]);
  it.each([
    { value: 'var(--fg)', out: '#1a1a1a' },
    { value: 'var(--text)', out: '#1a1a1a' },
    { value: '1px solid var(--text)', out: '1px solid #1a1a1a' },
    { value: 'var(--missing, rgb(1, 2, 3))', out: 'rgb(1, 2, 3)' },
    { value: 'var(--missing, var(--fg))', out: '#1a1a1a' },
    { value: 'var(--missing)', out: undefined },
    { value: 'var(--loop-a)', out: undefined },
    { value: 'var(--loop-a, red)', out: 'red' },
    { value: 'var(--fg', out: undefined },
    { value: 'plain', out: 'plain' },
  ])('$value → $out', ({ value, out }) => {
    expect(resolveVars(value, vars)).toBe(out);
  });
});

describe('themeFromCss', () => {
  const css = `:root {
  --font: system-ui, 'Segoe UI',
    sans-serif;
  /* a comment: --bg: red; */
  ${tokens.map((token) => `--${token}: #${token.length.toString(16).padStart(6, '0')};`).join('\n  ')}
  --map-zero: var(--bg);
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #141414; }
}`;
  it('takes the light theme: every token resolved, the font on one line, not the dark block', () => {
    const theme = themeFromCss(css);
    expect(theme.font).toBe("system-ui, 'Segoe UI', sans-serif");
    expect(theme.paint.bg).toBe('#000002');
    expect(theme.paint['map-zero']).toBe('#000002');
    for (const token of tokens) expect(theme.paint[token], token).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('throws on a token app.css lacks', () => {
    expect(() => themeFromCss(css.replace(/--accent:[^;]+;/, ''))).toThrow(/--accent/);
  });
});

describe('legendLayout', () => {
  const items = figureLegend(['government', 'media'], true);
  const mono = (text: string) => text.length;
  it('puts items on one row while they fit, then wraps', () => {
    const wide = legendLayout(items, 10_000, mono);
    expect(wide.height).toBe(20);
    expect(new Set(wide.placed.map((p) => p.y)).size).toBe(1);
    const narrow = legendLayout(items, 40, mono);
    expect(narrow.placed.every((p) => p.x === 0)).toBe(true);
    // A label wider than the key wraps under itself, beside its key: each line within the width.
    expect(narrow.placed.map((p) => p.lines.join(' '))).toEqual(items.map((item) => item.label));
    expect(narrow.placed.flatMap((p) => p.lines).every((line) => 18 + line.length <= 40)).toBe(
      true,
    );
    const rows = narrow.placed.map((p) => 20 + (p.lines.length - 1) * 15);
    expect(narrow.height).toBe(rows.reduce((sum, height) => sum + height, 0));
    expect(narrow.placed.map((p) => p.y)).toEqual(
      rows.map((_, i) => rows.slice(0, i).reduce((sum, height) => sum + height, 0) + 10),
    );
  });
  it('keys hollow marks only when asked', () => {
    expect(figureLegend(['media'], false).some((item) => item.id === 'partial')).toBe(false);
    expect(items.map((item) => item.id)).toEqual([
      'government',
      'media',
      'range',
      'bound',
      'partial',
    ]);
  });
});

describe('hatchPath', () => {
  it('draws every segment inside its box', () => {
    const numbers = hatchPath(14, 10, 4)
      .match(/-?[\d.]+/g)!
      .map(Number);
    expect(numbers.length).toBeGreaterThan(8);
    for (let i = 0; i < numbers.length; i += 2) {
      expect(Math.abs(numbers[i]!)).toBeLessThanOrEqual(7 + 1e-9);
      expect(Math.abs(numbers[i + 1]!)).toBeLessThanOrEqual(5 + 1e-9);
    }
  });
});

describe('estimateText', () => {
  it('is wider for bolder and larger text', () => {
    const w = (size: number, weight?: number) => estimateText('Sources:', { size, weight });
    expect(w(12, 700)).toBeGreaterThan(w(12));
    expect(w(20)).toBeGreaterThan(w(12));
  });
});
