import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dataLine,
  imageFileName,
  sourceLine,
  uniqueNames,
  wrapText,
  type Measure,
} from '../../src/lib/export/imageText';
import {
  lightVariables,
  parseStripes,
  resolveVars,
  svgLength,
  svgPaint,
  type CssRuleLike,
} from '../../src/lib/export/imageStyle';

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

describe('svgPaint', () => {
  it.each([
    { value: 'rgb(92, 92, 92)', paint: '#5c5c5c', opacity: 1 },
    { value: 'rgb(11 92 173)', paint: '#0b5cad', opacity: 1 },
    { value: 'rgba(11, 92, 173, 0.5)', paint: '#0b5cad', opacity: 0.5 },
    { value: 'rgb(11 92 173 / 25%)', paint: '#0b5cad', opacity: 0.25 },
    { value: 'rgba(0, 0, 0, 0)', paint: 'none', opacity: 1 },
    { value: 'transparent', paint: 'none', opacity: 1 },
    { value: 'none', paint: 'none', opacity: 1 },
    { value: 'url("#presence-hatch")', paint: 'url(#presence-hatch)', opacity: 1 },
    { value: "url('#p') none", paint: 'url(#p)', opacity: 1 },
    { value: 'oklch(0.5 0.1 200)', paint: 'oklch(0.5 0.1 200)', opacity: 1 },
  ])('$value → $paint', ({ value, paint, opacity }) => {
    expect(svgPaint(value)).toEqual({ paint, opacity });
  });
});

describe('svgLength', () => {
  it.each([
    ['12px', '12'],
    ['0.5px', '0.5'],
    ['3px, 3px', '3 3'],
    ['none', 'none'],
    ['1.5em', '1.5em'],
    ['normal', 'normal'],
  ])('%s → %s', (value, out) => {
    expect(svgLength(value)).toBe(out);
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

/** A style rule as the CSSOM gives it. */
function rule(selectorText: string, declarations: Record<string, string>): CssRuleLike {
  const names = Object.keys(declarations);
  return {
    selectorText,
    style: {
      length: names.length,
      item: (i) => names[i]!,
      getPropertyValue: (name) => ` ${declarations[name] ?? ''}`,
    },
  };
}

describe('lightVariables', () => {
  it('takes the root custom properties outside the dark media query, resolved', () => {
    const rules: CssRuleLike[] = [
      rule(':root', { '--bg': '#fff', '--fg': '#1a1a1a', '--text': 'var(--fg)', color: 'red' }),
      {
        conditionText: '(prefers-color-scheme: dark)',
        cssRules: [rule(':root', { '--bg': '#141414', '--fg': '#ececec' })],
      },
      {
        conditionText: '(prefers-color-scheme: light)',
        cssRules: [rule(':root', { '--accent': '#0b5cad' })],
      },
      { conditionText: '(max-width: 560px)', cssRules: [rule(':root', { '--bg': '#eee' })] },
      rule('.card', { '--bg': 'pink' }),
      rule('html, body', { '--muted': '#5c5c5c' }),
    ];
    expect(Object.fromEntries(lightVariables(rules))).toEqual({
      '--bg': '#fff',
      '--fg': '#1a1a1a',
      '--text': '#1a1a1a',
      '--accent': '#0b5cad',
      '--muted': '#5c5c5c',
    });
  });
});

describe('parseStripes', () => {
  it('reads a hatch of hard stops as bands within one period', () => {
    expect(
      parseStripes(
        'repeating-linear-gradient(45deg, rgb(213, 94, 0) 0px, rgb(213, 94, 0) 2px, rgba(0, 0, 0, 0) 2px, rgba(0, 0, 0, 0) 5px)',
      ),
    ).toEqual({ angle: 45, period: 5, bands: [{ from: 0, to: 2, paint: '#d55e00', opacity: 1 }] });
    expect(
      parseStripes(
        'repeating-linear-gradient(to right, rgb(0, 0, 0) 0px 3px, rgb(255, 255, 255) 3px 6px)',
      ),
    ).toEqual({
      angle: 90,
      period: 6,
      bands: [
        { from: 0, to: 3, paint: '#000000', opacity: 1 },
        { from: 3, to: 6, paint: '#ffffff', opacity: 1 },
      ],
    });
  });

  it.each([
    'none',
    'linear-gradient(red, blue)',
    'url("x.png")',
    'repeating-linear-gradient(45deg, red 0%, blue 50%)',
    'repeating-linear-gradient(45deg, rgb(1, 2, 3) 0px)',
  ])('gives up on %s', (value) => {
    expect(parseStripes(value)).toBeNull();
  });
});
