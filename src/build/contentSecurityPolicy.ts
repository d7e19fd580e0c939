/**
 * The site's Content-Security-Policy, defined once: the build puts it into every page as a <meta> tag
 * (strictPages.ts), writes it into `_headers` (hostHeaders.ts), `npm start` sends it (src/cli/serve.ts),
 * and the README's deploy section shows it for nginx (tests/unit/contentSecurityPolicy.test.ts checks
 * that the README says the same). No inline script or style, no eval: the pages load their code and
 * CSS from files of the site, and the only code compiled at run time is DuckDB's WebAssembly.
 */

/** Which pages a policy is for: the app's own (framed by the site alone) or the embeds (by anyone). */
export type PolicyKind = 'app' | 'embed';

/** The directives every page has; `frame-ancestors` follows by kind (header only). */
export const POLICY_DIRECTIVES = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' allows WebAssembly compilation (DuckDB), and nothing else: no eval, no Function.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  // data: and blob: for the PNG export (an SVG drawn into a canvas through an <img>).
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
] as const;

/** Who may put a page in a frame: embeds are for other sites. */
export const FRAME_ANCESTORS: Record<PolicyKind, string> = { app: "'self'", embed: '*' };

/** The policy as a host sends it, in the Content-Security-Policy header. */
export function contentSecurityPolicy(kind: PolicyKind): string {
  return [...POLICY_DIRECTIVES, `frame-ancestors ${FRAME_ANCESTORS[kind]}`].join('; ');
}

/**
 * The policy as a page carries it in <meta http-equiv>, for hosts that send no header. Without
 * frame-ancestors, which browsers ignore there (and say so in the console).
 */
export const META_POLICY = POLICY_DIRECTIVES.join('; ');

/** The <meta> tag; it must come before anything it governs. */
export const META_TAG = `<meta http-equiv="Content-Security-Policy" content="${META_POLICY}">`;

/**
 * The policy a file of the build is served with, by its path under the site's base ('embed.html',
 * 'about/index.html', 'assets/index-1a2b.js'), or null for a file that needs none. Pages get one by
 * kind; everything under assets/ the app's, so that a worker (which takes its policy from its own
 * script's response) runs under it too. Data, downloads, preview images and the embeds' standalone
 * SVGs get none: opened on their own, an SVG under the policy would lose its style attributes.
 */
export function policyKindOf(path: string): PolicyKind | null {
  // embeds/<preset>.html, and in another language embeds/ko/<preset>.html.
  if (path === 'embed.html' || /^embeds\/(?:[a-z]{2}\/)?[^/]+\.html$/.test(path)) return 'embed';
  if (path.endsWith('.html') || path.startsWith('assets/')) return 'app';
  return null;
}

/** The file a request path (under the base, no leading slash) is answered with: '' → 'index.html'. */
export function servedFile(path: string): string {
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path : `${path}.html`;
}
