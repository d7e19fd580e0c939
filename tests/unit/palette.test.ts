// The colours of app.css in both themes: marks stand 3:1 against what they are drawn on, text 4.5:1,
// the map's shades rise in contrast with the count, and the estimator colours stay apart for readers
// with a colour vision deficiency.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimatorStyle, estimatorTypes } from '../../src/lib/charts/palette';
import { shadeTokens } from '../../src/lib/charts/mapShades';
import { resolveVars } from '../../src/lib/charts/lightTheme';

const css = readFileSync('src/app.css', 'utf8');

/** The custom properties of the first `selector { … }` block in `text`. */
function properties(text: string, selector: RegExp): Map<string, string> {
  const block = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(text)?.[1];
  if (block === undefined) throw new Error(`app.css has no ${selector.source} block`);
  const clean = block.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map(
    [...clean.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

const light = properties(css, /:root/);
const darkQuery = /@media \(prefers-color-scheme: dark\)\s*\{([\s\S]*?\})\s*\}/.exec(css)?.[1];
if (darkQuery === undefined) throw new Error('app.css has no dark colour scheme');
const dark = new Map([...light, ...properties(darkQuery, /:root/)]);
const themes = { light, dark };

/** A colour as '#rrggbb' from a CSS value (a hex colour or a var() of one) in a theme. */
function hex(value: string, theme: Map<string, string>): string {
  const resolved = resolveVars(value, theme);
  if (!resolved || !/^#[0-9a-f]{6}$/i.test(resolved)) {
    throw new Error(`${value} is not a #rrggbb colour in app.css (${resolved})`);
  }
  return resolved.toLowerCase();
}

const channels = (colour: string) =>
  [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: number[]): number {
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two '#rrggbb' colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [a, b].map((c) => luminance(channels(c).map(linear))).sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** `top` at `opacity` over `bottom`, as '#rrggbb'. */
function mix(top: string, bottom: string, opacity: number): string {
  const under = channels(bottom);
  return `#${channels(top)
    .map((c, i) => Math.round((c * opacity + under[i]! * (1 - opacity)) * 255))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

// Machado, Oliveira & Fernandes (2009), severity 1, applied to linear RGB.
const deficiencies = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  'typical vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

/** CIELAB (D65) of a colour as seen with a deficiency. */
function seen(colour: string, matrix: number[][]): [number, number, number] {
  const rgb = channels(colour).map(linear);
  const [r, g, b] = matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, m, i) => sum + m * rgb[i]!, 0),
      ),
    ),
  ) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const themeCases = Object.entries(themes);

describe.each(themeCases)('the %s theme', (_, theme) => {
  const colour = (value: string) => hex(value, theme);
  const bg = colour('var(--bg)');

  // Marks lie on the background, on the chart lanes (--panel) and on the compare chart's envelope band
  // (--accent at 8% opacity over the background, CompareChart.svelte).
  const grounds = {
    background: bg,
    lane: colour('var(--panel)'),
    'envelope band': mix(colour('var(--accent)'), bg, 0.08),
  };
  it.each(estimatorTypes.map((type) => [type, estimatorStyle[type].color]))(
    'draws %s marks (%s) at 3:1 or more against everything they lie on',
    (_, value) => {
      for (const [ground, behind] of Object.entries(grounds)) {
        expect(contrast(colour(value), behind), ground).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each([
    ['--fg', '--bg'],
    ['--muted', '--bg'],
    ['--accent', '--bg'],
    ['--error-fg', '--bg'],
    ['--muted', '--panel'],
    ['--warn-fg', '--warn-bg'],
  ])('sets text in %s at 4.5:1 or more against %s', (text, background) => {
    expect(contrast(colour(`var(${text})`), colour(`var(${background})`))).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('keeps the estimator colours apart with each colour vision deficiency', () => {
    // CIE76 distance of the simulated colours. Okabe–Ito's own palette scores 17 by this measure.
    const colours = estimatorTypes.map((type) => colour(estimatorStyle[type].color));
    for (const [deficiency, matrix] of Object.entries(deficiencies)) {
      const lab = colours.map((c) => seen(c, matrix));
      for (let i = 0; i < lab.length; i++) {
        for (let j = i + 1; j < lab.length; j++) {
          const distance = Math.hypot(...lab[i]!.map((v, k) => v - lab[j]![k]!));
          expect(
            distance,
            `${estimatorTypes[i]} and ${estimatorTypes[j]} with ${deficiency}`,
          ).toBeGreaterThanOrEqual(15);
        }
      }
    }
  });

  it('shades the map further from the background the more workers are reported', () => {
    // Reported zero, then no report (the land), then each count step: contrast rises at each.
    const [zero, ...steps] = shadeTokens.map((token) => colour(`var(--${token})`));
    const order = [zero!, colour('var(--faint)'), ...steps].map((c) => contrast(c, bg));
    expect(order[0]).toBe(1);
    for (let i = 1; i < order.length; i++) {
      expect(order[i]! / order[i - 1]!, `step ${i}`).toBeGreaterThanOrEqual(1.2);
    }
    expect(contrast(colour('var(--map-presence)'), bg)).toBeGreaterThanOrEqual(3);
  });
});
