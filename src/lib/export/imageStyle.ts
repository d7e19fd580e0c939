// Pure translation of CSS values, as the browser computes them, into portable SVG 1.1 attribute values.

/** A colour or paint as SVG 1.1 takes it: no rgba(), the alpha as a separate opacity. */
export interface SvgPaint {
  /** '#rrggbb', 'none', a url(#id) reference or the value as given when it is not understood. */
  paint: string;
  /** The colour's own alpha, 1 when opaque. */
  opacity: number;
}

const hex = (channel: number) =>
  Math.round(Math.min(255, Math.max(0, channel)))
    .toString(16)
    .padStart(2, '0');

/** Parses a computed paint ('rgb(92, 92, 92)', 'rgba(0, 0, 0, 0)', 'none', 'url("#p")') for SVG. */
export function svgPaint(value: string): SvgPaint {
  const v = value.trim();
  const rgb =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(v);
  if (rgb) {
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    const alphaText = rgb[4];
    const alpha =
      alphaText === undefined
        ? 1
        : alphaText.endsWith('%')
          ? Number(alphaText.slice(0, -1)) / 100
          : Number(alphaText);
    if (alpha === 0) return { paint: 'none', opacity: 1 };
    return { paint: `#${hex(r)}${hex(g)}${hex(b)}`, opacity: alpha };
  }
  const url = /^url\(\s*(["']?)(#[^"')]+)\1\s*\)/i.exec(v);
  if (url) return { paint: `url(${url[2]})`, opacity: 1 };
  if (v === '' || v === 'transparent') return { paint: 'none', opacity: 1 };
  return { paint: v, opacity: 1 };
}

/** A computed length list without its 'px' units and with single spaces: '3px, 3px' → '3 3'. */
export function svgLength(value: string): string {
  return value
    .trim()
    .split(/[\s,]+/)
    .map((part) => (/^-?[\d.]+(e-?\d+)?px$/i.test(part) ? String(Number(part.slice(0, -2))) : part))
    .join(' ');
}

/** Leading number of a computed length ('4px 2px' → 4), 0 when there is none. */
export function firstLength(value: string): number {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

/**
 * Replaces every var(--name, fallback) in a value by the variable's value, recursively.
 * Returns undefined when a variable without a fallback is missing or the references loop.
 */
export function resolveVars(
  value: string,
  variables: ReadonlyMap<string, string>,
  seen: ReadonlySet<string> = new Set(),
): string | undefined {
  let out = '';
  let rest = value;
  for (;;) {
    const start = rest.indexOf('var(');
    if (start === -1) return out + rest;
    out += rest.slice(0, start);
    // Find the matching parenthesis: fallbacks may hold rgb(…) or another var(…).
    let depth = 0;
    let end = -1;
    for (let i = start + 3; i < rest.length; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end === -1) return undefined;
    const inner = rest.slice(start + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? undefined : inner.slice(comma + 1).trim();
    let replacement: string | undefined;
    const own = variables.get(name);
    if (own !== undefined && !seen.has(name)) {
      replacement = resolveVars(own, variables, new Set([...seen, name]));
    }
    if (replacement === undefined && fallback !== undefined) {
      replacement = resolveVars(fallback, variables, seen);
    }
    if (replacement === undefined) return undefined;
    out += replacement;
    rest = rest.slice(end + 1);
  }
}

/** The parts of a CSSOM rule this module reads; plain objects in tests. */
export interface CssRuleLike {
  /** Present on style rules. */
  selectorText?: string;
  /** Present on style rules. */
  style?: { length: number; item(index: number): string; getPropertyValue(name: string): string };
  /** Present on @media rules. */
  conditionText?: string;
  /** Present on grouping rules (@media, @supports, @layer). */
  cssRules?: ArrayLike<CssRuleLike>;
}

const rootSelector = /^(:root|html)$/i;

/**
 * The custom properties the page sets on its root for the light theme: those of top-level `:root`
 * rules and of `@media (prefers-color-scheme: light)`, not those of the dark media query.
 * Values are resolved against one another.
 */
export function lightVariables(rules: Iterable<CssRuleLike>): Map<string, string> {
  const raw = new Map<string, string>();
  const visit = (list: Iterable<CssRuleLike>) => {
    for (const rule of list) {
      if (rule.style && rule.selectorText !== undefined) {
        const selectors = rule.selectorText.split(',').map((s) => s.trim());
        if (!selectors.some((s) => rootSelector.test(s))) continue;
        for (let i = 0; i < rule.style.length; i++) {
          const name = rule.style.item(i);
          if (name.startsWith('--')) raw.set(name, rule.style.getPropertyValue(name).trim());
        }
      } else if (rule.cssRules) {
        const condition = rule.conditionText ?? '';
        if (/prefers-color-scheme\s*:\s*dark/i.test(condition)) continue;
        if (
          rule.conditionText !== undefined &&
          !/prefers-color-scheme\s*:\s*light/i.test(condition)
        )
          continue;
        visit(Array.from(rule.cssRules));
      }
    }
  };
  visit(rules);
  const resolved = new Map<string, string>();
  for (const [name, value] of raw) {
    const v = resolveVars(value, raw);
    if (v !== undefined) resolved.set(name, v);
  }
  return resolved;
}

/** Stripes of a computed `repeating-linear-gradient` with hard stops, as an SVG pattern can draw them. */
export interface Stripes {
  /** CSS gradient angle in degrees: 0 runs to the top, 90 to the right. */
  angle: number;
  /** Length of one repeat along the gradient line, px. */
  period: number;
  /** Coloured bands within one period; transparent bands are left out. */
  bands: { from: number; to: number; paint: string; opacity: number }[];
}

/** Splits at top-level commas only (colours hold commas in their parentheses). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * Parses a computed `repeating-linear-gradient(45deg, rgb(…) 0px, rgb(…) 2px, rgba(0, 0, 0, 0) 2px, …)`.
 * Returns null for anything else (images, radial gradients, stops in percent).
 */
export function parseStripes(value: string): Stripes | null {
  const m = /^repeating-linear-gradient\((.*)\)$/i.exec(value.trim());
  if (!m?.[1]) return null;
  const parts = splitTopLevel(m[1]);
  let angle = 180;
  const first = parts[0] ?? '';
  const deg = /^(-?[\d.]+)deg$/i.exec(first);
  if (deg) {
    angle = Number(deg[1]);
    parts.shift();
  } else if (/^to /i.test(first)) {
    const sides: Record<string, number> = { top: 0, right: 90, bottom: 180, left: 270 };
    const words = first.slice(3).trim().split(/\s+/);
    if (words.length !== 1 || sides[words[0] ?? ''] === undefined) return null;
    angle = sides[words[0]!]!;
    parts.shift();
  }
  const stops: { paint: SvgPaint; at: number[] }[] = [];
  for (const part of parts) {
    const stop = /^(.*?\))?\s*([^()]*)$/.exec(part);
    const colour = stop?.[1] ?? part.split(/\s+/)[0] ?? '';
    const positions = (stop?.[1] ? (stop[2] ?? '') : part.slice(colour.length))
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (positions.some((p) => !/px$/i.test(p))) return null;
    stops.push({ paint: svgPaint(colour), at: positions.map((p) => Number.parseFloat(p)) });
  }
  // Flatten "colour a b" into two stops, then read bands between consecutive stops of one colour.
  const flat = stops.flatMap((s) => s.at.map((at) => ({ paint: s.paint, at })));
  if (flat.length < 2) return null;
  const start = flat[0]!.at;
  const period = flat[flat.length - 1]!.at - start;
  if (!(period > 0)) return null;
  const bands: Stripes['bands'] = [];
  for (let i = 0; i + 1 < flat.length; i++) {
    const a = flat[i]!;
    const b = flat[i + 1]!;
    if (b.at > a.at && a.paint.paint === b.paint.paint && a.paint.paint !== 'none') {
      bands.push({
        from: a.at - start,
        to: b.at - start,
        paint: a.paint.paint,
        opacity: a.paint.opacity,
      });
    }
  }
  return { angle, period, bands };
}
