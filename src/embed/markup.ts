// String operations on the markup Svelte renders on the server, for the static figures. The markup is
// our own components' output, so these patterns are known: each one throws when it stops matching
// rather than let a figure go out unscaled or interactive.

const svgOpenTag = /<svg\b[^>]*>/g;

/** An attribute's value in a start tag, or null. */
export function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? (match[1] ?? '') : null;
}

/**
 * Gives every <svg> with a numeric width and height and no viewBox the viewBox of that size, so that
 * CSS can scale the drawing (with its text and marks) to the frame instead of cropping it.
 */
export function withViewBoxes(html: string): string {
  return html.replace(svgOpenTag, (tag) => {
    if (attribute(tag, 'viewBox') !== null) return tag;
    const width = Number(attribute(tag, 'width'));
    const height = Number(attribute(tag, 'height'));
    if (!(width > 0) || !(height > 0)) return tag;
    return tag.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`);
  });
}

const markTag = /<g\b[^>]*\bclass="mark\b[^>]*>/g;

/**
 * The charts' marks made static: no longer focusable buttons that open a card (a static page has no
 * script), their invisible hit areas gone, and the chart an image named by its label. A reader of
 * assistive technology gets the figure's description and its table alternative, which lists every
 * figure with its source, instead of one label per mark.
 */
export function inertMarks(html: string): string {
  const out = html
    .replace(markTag, (tag) =>
      tag
        .replace(/\stabindex="-?\d+"/, '')
        .replace(/\srole="button"/, '')
        .replace(/\saria-label="[^"]*"/, '')
        .replace(/\saria-expanded="(true|false)"/, ''),
    )
    .replace(/<(line|circle)\b[^>]*\bclass="hit\b[^>]*><\/\1>/g, '')
    // The pointer's surface under the marks: nothing to point at in a static figure.
    .replace(/<rect\b[^>]*\bclass="surface\b[^>]*>(<\/rect>)?/g, '')
    .replace(/(<svg\b[^>]*\s)role="group"/g, '$1role="img"');
  if (/<g\b[^>]*\bclass="mark\b[^>]*\b(tabindex|role)=/.test(out)) {
    throw new Error('inertMarks: a mark is still interactive');
  }
  return out;
}

/** Coordinates in tags rounded to 2 decimals: d3 and float sums write 26.799999999999997. */
export function roundedCoordinates(html: string): string {
  return html.replace(/<[^>]+>/g, (tag) => tag.replace(/(\d\.\d{2})\d+/g, '$1'));
}

/** CSS without comments (source maps included) and the whitespace around its braces and semicolons. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One <svg> element of the markup: its start tag's attributes and its inner markup. */
export interface SvgElement {
  className: string;
  width: number;
  height: number;
  inner: string;
}

/**
 * The <svg> elements of the markup with a numeric width and height, in document order. Nested <svg>
 * elements are not expected (the charts draw none) and throw.
 */
export function svgElements(html: string): SvgElement[] {
  const found: SvgElement[] = [];
  for (const match of html.matchAll(svgOpenTag)) {
    const tag = match[0];
    const start = (match.index ?? 0) + tag.length;
    const end = html.indexOf('</svg>', start);
    if (end === -1) throw new Error('svgElements: an <svg> is not closed');
    const inner = html.slice(start, end);
    if (inner.includes('<svg')) throw new Error('svgElements: nested <svg> elements');
    const width = Number(attribute(tag, 'width'));
    const height = Number(attribute(tag, 'height'));
    if (!(width > 0) || !(height > 0)) continue;
    found.push({ className: attribute(tag, 'class') ?? '', width, height, inner });
  }
  return found;
}

/** Text as HTML or XML character data or an attribute value. */
export function escapeText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** The text content of a markup fragment: tags dropped, entities of escapeText and Svelte decoded. */
export function textContent(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}
