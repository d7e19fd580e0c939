// app.css's light theme, resolved to plain colours for drawings that carry no stylesheet: image exports
// in the browser and the static SVGs of the build. app.css stays the one place the tokens are defined.
import appCss from '../../app.css?raw';
import { tokens, type Theme, type Token } from './theme';

/** The custom properties of the first `:root { … }` block of a stylesheet, comments left out. */
export function rootProperties(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const clean = block.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map(
    [...clean.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [
      m[1]!,
      m[2]!.replace(/\s+/g, ' ').trim(),
    ]),
  );
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
    // The matching parenthesis: a fallback may hold rgb(…) or another var(…).
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
    const own = variables.get(name);
    let resolved: string | undefined;
    if (own !== undefined && !seen.has(name)) {
      resolved = resolveVars(own, variables, new Set([...seen, name]));
    }
    if (resolved === undefined && fallback !== undefined) {
      resolved = resolveVars(fallback, variables, seen);
    }
    if (resolved === undefined) return undefined;
    out += resolved;
    rest = rest.slice(end + 1);
  }
}

/** A theme of resolved values from a stylesheet's :root block; throws on a token it lacks. */
export function themeFromCss(css: string): Theme {
  const variables = rootProperties(css);
  const value = (name: string) => {
    const resolved = resolveVars(`var(--${name})`, variables);
    if (resolved === undefined) throw new Error(`app.css defines no --${name}`);
    return resolved;
  };
  return {
    paint: Object.fromEntries(tokens.map((token) => [token, value(token)])) as Record<
      Token,
      string
    >,
    font: value('font'),
  };
}

/** The light theme of app.css. */
export const lightTheme: Theme = themeFromCss(appCss);
