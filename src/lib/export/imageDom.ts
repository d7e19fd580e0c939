// Reads a chart figure as the reader sees it and redraws it as one SVG group: every <svg> in it cloned
// with its computed styles inlined, HTML text (legends, labels, event lists) as <text>, CSS boxes as <rect>.
import { lightVariables, parseStripes, svgLength, svgPaint, type CssRuleLike } from './imageStyle';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An axis-aligned box in px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the figure draws, in px relative to the figure's top left corner. */
export interface Drawing {
  group: SVGGElement;
  /** Extent of everything drawn, overflow included; null when nothing was drawn. */
  bounds: Box | null;
}

/**
 * Parts of a figure an image leaves out: its table alternative, controls, citation cards and status
 * messages, the on-screen source line (the image prints every source itself) and anything marked
 * `data-export-omit`.
 */
const omitted = [
  'details',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'dialog',
  'figcaption',
  'script',
  'style',
  'template',
  '.source-line',
  '.card',
  '.visually-hidden',
  '[role="status"]',
  '[role="alert"]',
  '[role="tooltip"]',
  '[hidden]',
  '[data-export-omit]',
].join(',');

/** Properties children inherit, with the value they start from in a standalone SVG. */
const inheritedStart: Record<string, string> = {
  'font-family': '',
  fill: '#000000',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-opacity': '1',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'font-size': '16px',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'letter-spacing': 'normal',
  'font-variant-numeric': 'normal',
  'paint-order': 'normal',
};
/** Properties that do not inherit, with their initial values. */
const ownInitial: Record<string, string> = {
  opacity: '1',
  'text-decoration-line': 'none',
};
const shapes = new Set(['path', 'line', 'circle', 'rect', 'ellipse', 'polygon', 'polyline']);
/** Attributes that only serve the live page: styling hooks, focus, assistive technology, test hooks. */
const pageOnlyAttribute = /^(class|style|tabindex|role|focusable|aria-.*|data-.*|on.*)$/i;

/** Runs `read` with the page's light-theme custom properties forced on the root, then restores them. */
export function withLightTheme<T>(doc: Document, read: (variables: Map<string, string>) => T): T {
  const rules: CssRuleLike[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      // Style rules and grouping rules have the shape CssRuleLike describes.
      rules.push(...(Array.from(sheet.cssRules) as unknown as CssRuleLike[]));
    } catch {
      // A stylesheet from another origin cannot be read; the app ships none.
    }
  }
  const variables = lightVariables(rules);
  const style = doc.documentElement.style;
  const names = [...variables.keys(), 'color-scheme'];
  const saved = names.map((name) => ({
    name,
    value: style.getPropertyValue(name),
    priority: style.getPropertyPriority(name),
  }));
  // Set, read and restore within one task: the page never paints in the light theme.
  try {
    for (const [name, value] of variables) style.setProperty(name, value);
    style.setProperty('color-scheme', 'light');
    return read(variables);
  } finally {
    for (const { name, value, priority } of saved) {
      if (value === '') style.removeProperty(name);
      else style.setProperty(name, value, priority);
    }
  }
}

interface TextFont {
  family: string;
  size: number;
  weight: string;
  style: string;
  fill: string;
  fillOpacity: number;
  decoration: string;
  letterSpacing: string;
}

interface Run {
  /** Whitespace collapsed; may begin or end with one space. */
  text: string;
  /** Extent of the run's visible characters; null for a lone space. */
  box: Box | null;
  baseline: number;
  font: TextFont;
  block: Element;
  opacity: number;
}

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

function transformText(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  return text;
}

function union(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/** Captures the drawing of a figure. Call inside withLightTheme for theme-independent colours. */
export function captureDrawing(figure: HTMLElement): Drawing {
  const doc = figure.ownerDocument;
  const view = doc.defaultView ?? window;
  const origin = figure.getBoundingClientRect();
  const rootFamily = view.getComputedStyle(figure).fontFamily;
  const skipIds = new Set(
    [figure.getAttribute('aria-labelledby'), figure.getAttribute('aria-describedby')]
      .join(' ')
      .split(/\s+/)
      .filter(Boolean),
  );
  const group = doc.createElementNS(SVG_NS, 'g');
  const boxes = doc.createElementNS(SVG_NS, 'g');
  const content = doc.createElementNS(SVG_NS, 'g');
  group.append(boxes, content);
  let bounds: Box | null = null;
  let patterns = 0;
  const runs: Run[] = [];
  const range = doc.createRange();
  const canvas = doc.createElement('canvas').getContext('2d');
  const metrics = new Map<string, { ascent: number; descent: number; space: number }>();

  const relative = (r: { left: number; top: number; right: number; bottom: number }): Box => ({
    left: r.left - origin.left,
    top: r.top - origin.top,
    right: r.right - origin.left,
    bottom: r.bottom - origin.top,
  });

  const fontKey = (font: TextFont) => `${font.style} ${font.weight} ${font.size}px ${font.family}`;

  function fontMetrics(font: TextFont) {
    const key = fontKey(font);
    let m = metrics.get(key);
    if (!m) {
      m = { ascent: font.size * 0.9, descent: font.size * 0.25, space: font.size * 0.28 };
      if (canvas) {
        canvas.font = key;
        const t = canvas.measureText('Hg');
        if (t.fontBoundingBoxAscent > 0) {
          m = {
            ascent: t.fontBoundingBoxAscent,
            descent: t.fontBoundingBoxDescent,
            space: canvas.measureText(' ').width,
          };
        }
      }
      metrics.set(key, m);
    }
    return m;
  }

  /** Baseline of a line of text whose content area is `rect`. */
  function baselineOf(rect: { top: number; bottom: number }, font: TextFont): number {
    const { ascent, descent } = fontMetrics(font);
    return rect.top + ((rect.bottom - rect.top) * ascent) / (ascent + descent) - origin.top;
  }

  function textFont(cs: CSSStyleDeclaration): TextFont {
    const fill = svgPaint(cs.color);
    return {
      family: cs.fontFamily,
      size: Number.parseFloat(cs.fontSize) || 16,
      weight: cs.fontWeight,
      style: cs.fontStyle,
      fill: fill.paint,
      fillOpacity: fill.opacity,
      decoration: cs.textDecorationLine,
      letterSpacing: cs.letterSpacing,
    };
  }

  function rectsOn(top: number, height: number): Box | null {
    let box: Box | null = null;
    for (const r of Array.from(range.getClientRects())) {
      if (r.width > 0 && Math.abs(r.top - top) < height / 2) box = union(box, r);
    }
    return box;
  }

  /** One run per line the text node occupies. */
  function readText(node: Text, cs: CSSStyleDeclaration, block: Element, opacity: number) {
    const raw = node.data;
    range.selectNodeContents(node);
    const all = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (all.length === 0) return;
    const font = textFont(cs);
    const words = Array.from(raw.matchAll(/[^ \t\n\r\f]+/g));
    if (words.length === 0) {
      const r = all[0]!;
      runs.push({ text: ' ', box: null, baseline: baselineOf(r, font), font, block, opacity });
      return;
    }
    // Split where a word starts lower than the one before it: the browser wrapped the line there.
    const lines: { start: number; end: number; top: number; height: number }[] = [];
    for (const word of words) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue;
      const line = lines[lines.length - 1];
      if (line && Math.abs(r.top - line.top) < r.height / 2) {
        line.end = word.index + word[0].length;
      } else {
        lines.push({
          start: word.index,
          end: word.index + word[0].length,
          top: r.top,
          height: r.height,
        });
      }
    }
    lines.forEach((line, i) => {
      range.setStart(node, line.start);
      range.setEnd(node, line.end);
      const box = rectsOn(line.top, line.height);
      if (!box) return;
      // The whitespace around the words belongs to the text too: it separates this run from its neighbours.
      const before = i === 0 ? raw.slice(0, line.start) : '';
      const after = i === lines.length - 1 ? raw.slice(line.end) : '';
      const text = transformText(
        collapse(before + raw.slice(line.start, line.end) + after),
        cs.textTransform,
      );
      runs.push({
        text,
        box: relative(box),
        baseline: baselineOf(box, font),
        font,
        block,
        opacity,
      });
    });
  }

  function readMarker(el: HTMLElement, cs: CSSStyleDeclaration, opacity: number) {
    if (cs.display !== 'list-item' || cs.listStyleType === 'none') return;
    if (cs.listStylePosition !== 'outside') return;
    let text: string;
    if (
      cs.listStyleType === 'disc' ||
      cs.listStyleType === 'circle' ||
      cs.listStyleType === 'square'
    ) {
      text = cs.listStyleType === 'disc' ? '•' : cs.listStyleType === 'circle' ? '◦' : '▪';
    } else {
      let n: number;
      if (el instanceof HTMLLIElement && el.hasAttribute('value')) n = el.value;
      else {
        const list = el.parentElement;
        const start = list instanceof HTMLOListElement ? list.start : 1;
        const items = list ? Array.from(list.children).filter((c) => c.localName === 'li') : [el];
        n = start + Math.max(0, items.indexOf(el));
      }
      text = `${n}.`;
    }
    range.selectNodeContents(el);
    const first = Array.from(range.getClientRects()).find((r) => r.width > 0 && r.height > 0);
    if (!first) return;
    const markerStyle = view.getComputedStyle(el, '::marker');
    const font = textFont(markerStyle.fontSize ? markerStyle : cs);
    const box = el.getBoundingClientRect();
    const contentLeft =
      box.left + Number.parseFloat(cs.borderLeftWidth) + Number.parseFloat(cs.paddingLeft);
    const x = contentLeft - origin.left - fontMetrics(font).space;
    const t = textElement(font, opacity);
    t.setAttribute('x', round(x));
    t.setAttribute('y', round(baselineOf(first, font)));
    t.setAttribute('text-anchor', 'end');
    t.textContent = text;
    content.append(t);
    const markerWidth = canvas
      ? ((canvas.font = fontKey(font)), canvas.measureText(text).width)
      : font.size;
    bounds = union(bounds, {
      left: x - markerWidth,
      top: first.top - origin.top,
      right: x,
      bottom: first.bottom - origin.top,
    });
  }

  function drawBox(cs: CSSStyleDeclaration, r: DOMRect, opacity: number) {
    const box = relative(r);
    const width = box.right - box.left;
    const height = box.bottom - box.top;
    if (width <= 0 || height <= 0) return;
    const rect = (fill: string, fillOpacity: number) => {
      const el = doc.createElementNS(SVG_NS, 'rect');
      el.setAttribute('x', round(box.left));
      el.setAttribute('y', round(box.top));
      el.setAttribute('width', round(width));
      el.setAttribute('height', round(height));
      const radius = Number.parseFloat(cs.borderTopLeftRadius);
      if (radius > 0) el.setAttribute('rx', round(Math.min(radius, width / 2, height / 2)));
      el.setAttribute('fill', fill);
      if (fillOpacity < 1) el.setAttribute('fill-opacity', round(fillOpacity));
      if (opacity < 1) el.setAttribute('opacity', round(opacity));
      boxes.append(el);
      bounds = union(bounds, box);
      return el;
    };
    const background = svgPaint(cs.backgroundColor);
    if (background.paint !== 'none') rect(background.paint, background.opacity);
    const stripes = cs.backgroundImage === 'none' ? null : parseStripes(cs.backgroundImage);
    if (stripes && stripes.bands.length > 0) {
      const id = `export-stripes-${++patterns}`;
      const pattern = doc.createElementNS(SVG_NS, 'pattern');
      pattern.setAttribute('id', id);
      pattern.setAttribute('patternUnits', 'userSpaceOnUse');
      pattern.setAttribute('width', round(stripes.period));
      pattern.setAttribute('height', round(stripes.period));
      // Bands run across the pattern's x axis; CSS measures the gradient's angle from the top, clockwise.
      pattern.setAttribute('patternTransform', `rotate(${round(stripes.angle - 90)})`);
      for (const band of stripes.bands) {
        const b = doc.createElementNS(SVG_NS, 'rect');
        b.setAttribute('x', round(band.from));
        b.setAttribute('width', round(band.to - band.from));
        b.setAttribute('height', round(stripes.period));
        b.setAttribute('fill', band.paint);
        if (band.opacity < 1) b.setAttribute('fill-opacity', round(band.opacity));
        pattern.append(b);
      }
      boxes.append(pattern);
      rect(`url(#${id})`, 1);
    }
    const sides = (['top', 'right', 'bottom', 'left'] as const).map((side) => {
      const w = Number.parseFloat(cs.getPropertyValue(`border-${side}-width`)) || 0;
      const style = cs.getPropertyValue(`border-${side}-style`);
      const paint = svgPaint(cs.getPropertyValue(`border-${side}-color`));
      return {
        side,
        w,
        visible: w > 0 && style !== 'none' && style !== 'hidden' && paint.paint !== 'none',
        paint,
      };
    });
    for (const s of sides) {
      if (!s.visible) continue;
      const line = doc.createElementNS(SVG_NS, 'line');
      const half = s.w / 2;
      const [x1, y1, x2, y2] =
        s.side === 'top'
          ? [box.left, box.top + half, box.right, box.top + half]
          : s.side === 'bottom'
            ? [box.left, box.bottom - half, box.right, box.bottom - half]
            : s.side === 'left'
              ? [box.left + half, box.top, box.left + half, box.bottom]
              : [box.right - half, box.top, box.right - half, box.bottom];
      line.setAttribute('x1', round(x1));
      line.setAttribute('y1', round(y1));
      line.setAttribute('x2', round(x2));
      line.setAttribute('y2', round(y2));
      line.setAttribute('stroke', s.paint.paint);
      line.setAttribute('stroke-width', round(s.w));
      if (s.paint.opacity < 1) line.setAttribute('stroke-opacity', round(s.paint.opacity));
      if (opacity < 1) line.setAttribute('opacity', round(opacity));
      boxes.append(line);
      bounds = union(bounds, box);
    }
  }

  /** Copies the computed presentation of `live` onto `copy`; false when the copy draws nothing. */
  function inlineStyles(live: Element, copy: Element, parent: Record<string, string>): boolean {
    const cs = view.getComputedStyle(live);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse')
      return false;
    for (const attribute of Array.from(copy.attributes)) {
      if (pageOnlyAttribute.test(attribute.name)) copy.removeAttribute(attribute.name);
    }
    const own: Record<string, string> = {};
    for (const name of Object.keys(inheritedStart)) own[name] = cs.getPropertyValue(name);
    // A colour's alpha becomes part of its opacity.
    const fill = svgPaint(own.fill ?? '');
    const stroke = svgPaint(own.stroke ?? '');
    own.fill = fill.paint;
    own['fill-opacity'] = round(fill.opacity * Number(own['fill-opacity'] ?? 1));
    own.stroke = stroke.paint;
    own['stroke-opacity'] = round(stroke.opacity * Number(own['stroke-opacity'] ?? 1));
    if (shapes.has(live.localName) && own.fill === 'none' && own.stroke === 'none') return false;
    for (const [name, value] of Object.entries(own)) {
      if (value === parent[name]) continue;
      if (name === 'font-variant-numeric') {
        if (live.localName === 'text' || live.localName === 'tspan') {
          copy.setAttribute('style', `font-variant-numeric: ${value}`);
        }
        continue;
      }
      const v =
        name.startsWith('stroke-') || name === 'font-size' || name === 'letter-spacing'
          ? svgLength(value)
          : value;
      copy.setAttribute(name, v);
    }
    for (const [name, initial] of Object.entries(ownInitial)) {
      const value = cs.getPropertyValue(name);
      if (value === initial || value === '') continue;
      copy.setAttribute(name === 'text-decoration-line' ? 'text-decoration' : name, value);
    }
    for (const node of Array.from(copy.childNodes)) {
      if (node.nodeType === Node.COMMENT_NODE) node.remove();
    }
    const liveChildren = Array.from(live.children);
    const copyChildren = Array.from(copy.children);
    liveChildren.forEach((child, i) => {
      const c = copyChildren[i];
      if (c && !inlineStyles(child, c, own)) c.remove();
    });
    return true;
  }

  /** Draws an <svg> where it sits; `opacity` is that of its HTML ancestors. */
  function placeSvg(svg: SVGSVGElement, opacity: number) {
    const ctm = svg.getScreenCTM();
    if (!ctm) return;
    const r = svg.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const start: Record<string, string> = { ...inheritedStart, 'font-family': rootFamily };
    if (!inlineStyles(svg, copy, start)) return;
    const g = doc.createElementNS(SVG_NS, 'g');
    const m = [ctm.a, ctm.b, ctm.c, ctm.d, ctm.e - origin.left, ctm.f - origin.top];
    g.setAttribute('transform', `matrix(${m.map(round).join(' ')})`);
    for (const attribute of Array.from(copy.attributes)) {
      // The root's presentation (fill, font, opacity) moves to the group that replaces it.
      if (
        !/^(x|y|width|height|viewBox|preserveAspectRatio|xmlns.*|version|overflow|id)$/.test(
          attribute.name,
        )
      ) {
        g.setAttribute(attribute.name, attribute.value);
      }
    }
    if (opacity < 1)
      g.setAttribute('opacity', round(opacity * Number(g.getAttribute('opacity') ?? 1)));
    g.append(...Array.from(copy.childNodes));
    content.append(g);
    // The extent of what the svg draws, which may lie outside its box (overflow: visible, labels past
    // the last tick) or leave part of it empty (the map's Antarctic band).
    let drawn: Box | null = null;
    try {
      const b = svg.getBBox();
      if (b.width > 0 || b.height > 0) {
        const corners = [
          [b.x, b.y],
          [b.x + b.width, b.y],
          [b.x, b.y + b.height],
          [b.x + b.width, b.y + b.height],
        ].map(
          ([x, y]) => [m[0]! * x! + m[2]! * y! + m[4]!, m[1]! * x! + m[3]! * y! + m[5]!] as const,
        );
        drawn = {
          left: Math.min(...corners.map((c) => c[0])),
          top: Math.min(...corners.map((c) => c[1])),
          right: Math.max(...corners.map((c) => c[0])),
          bottom: Math.max(...corners.map((c) => c[1])),
        };
      }
    } catch {
      // getBBox throws for an svg that is not rendered; its box is the best guess then.
    }
    bounds = union(bounds, drawn ?? relative(r));
  }

  function visit(el: Element, block: Element, opacity: number) {
    if (el.matches(omitted) || (el.id !== '' && skipIds.has(el.id))) return;
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') return;
    if (el.localName === 'svg' && el.namespaceURI === SVG_NS) {
      // Its own opacity goes with its other presentation attributes onto the group that replaces it.
      placeSvg(el as SVGSVGElement, opacity);
      return;
    }
    const own = opacity * Number(cs.opacity);
    if (!(el instanceof HTMLElement)) return;
    const r = el.getBoundingClientRect();
    // Visually hidden text (1px, clipped) is for screen readers only.
    if (r.width <= 1 && r.height <= 1 && cs.overflow !== 'visible') return;
    const ownBlock = cs.display === 'inline' || cs.display === 'contents' ? block : el;
    drawBox(cs, r, own);
    readMarker(el, cs, own);
    for (const child of Array.from(el.childNodes)) {
      if (child instanceof Element) visit(child, ownBlock, own);
      else if (child.nodeType === Node.TEXT_NODE) readText(child as Text, cs, ownBlock, own);
    }
  }

  function textElement(font: TextFont, opacity: number): SVGTextElement {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    applyFont(t, font, null);
    if (opacity < 1) t.setAttribute('opacity', round(opacity));
    return t;
  }

  function applyFont(el: Element, font: TextFont, parent: TextFont | null) {
    const set = (name: string, value: string, inherited: string) => {
      if (value !== inherited) el.setAttribute(name, value);
    };
    set('font-family', font.family, parent?.family ?? rootFamily);
    set('font-size', round(font.size), parent ? round(parent.size) : '');
    set('font-weight', font.weight, parent?.weight ?? '400');
    set('font-style', font.style, parent?.style ?? 'normal');
    set('fill', font.fill, parent?.fill ?? '');
    set('fill-opacity', round(font.fillOpacity), parent ? round(parent.fillOpacity) : '1');
    set('text-decoration', font.decoration, parent?.decoration ?? 'none');
    set(
      'letter-spacing',
      svgLength(font.letterSpacing),
      parent ? svgLength(parent.letterSpacing) : 'normal',
    );
  }

  /** Lays the runs out as <text> lines: one per line of a block, a <tspan> per differently styled run. */
  function writeRuns() {
    let line: {
      text: SVGTextElement;
      font: TextFont;
      block: Element;
      baseline: number;
      right: number;
      endsWithSpace: boolean;
    } | null = null;
    for (const run of runs) {
      if (!run.box) {
        if (line && line.block === run.block) line.endsWithSpace = true;
        continue;
      }
      const { space } = fontMetrics(run.font);
      const startsWithSpace = run.text.startsWith(' ');
      const sameLine =
        line !== null &&
        line.block === run.block &&
        Math.abs(line.baseline - run.baseline) < 1.5 &&
        run.box.left >= line.right - 2;
      const trimmed = run.text.trim();
      if (trimmed === '') continue;
      if (!line || !sameLine) {
        const text = textElement(run.font, run.opacity);
        text.setAttribute('x', round(run.box.left));
        text.setAttribute('y', round(run.baseline));
        text.textContent = trimmed + (run.text.endsWith(' ') ? ' ' : '');
        content.append(text);
        line = {
          text,
          font: run.font,
          block: run.block,
          baseline: run.baseline,
          right: run.box.right,
          endsWithSpace: run.text.endsWith(' '),
        };
      } else {
        const spaced = line.endsWithSpace || startsWithSpace;
        const gap = run.box.left - line.right;
        const tspan = doc.createElementNS(SVG_NS, 'tspan');
        applyFont(tspan, run.font, line.font);
        // A space goes with the run the page drew it in, so that an underline does not run under it.
        const trailing = run.text.endsWith(' ') ? ' ' : '';
        if (Math.abs(gap - (spaced ? space : 0)) > 2) {
          // Not in the flow of the text before it (a margin or a gap between flex items): place it.
          tspan.setAttribute('x', round(run.box.left));
          tspan.textContent = trimmed + trailing;
        } else {
          tspan.textContent =
            (startsWithSpace && !line.endsWithSpace ? ' ' : '') + trimmed + trailing;
        }
        line.text.append(tspan);
        line.right = run.box.right;
        line.endsWithSpace = run.text.endsWith(' ');
      }
      bounds = union(bounds, {
        ...run.box,
        top: Math.min(run.box.top, run.baseline - run.font.size),
      });
    }
  }

  for (const child of Array.from(figure.children)) visit(child, figure, 1);
  writeRuns();
  return { group, bounds };
}
