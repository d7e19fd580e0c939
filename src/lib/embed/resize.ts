// The message an embed sends its parent page so that the iframe can take the height of its content.

/** The `type` of the message: `{ type: HEIGHT_MESSAGE, height }`. */
export const HEIGHT_MESSAGE = 'nk-workers-abroad:height';
/** Heights outside this range (px) are refused: no figure is that small, or that tall. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 12_000;

/** Where a message came from and what it holds, as a MessageEvent has them. */
export interface ReceivedMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The height a resize message asks for, or null when the message is to be ignored: it must come from
 * `origin` (the embed's) and from `source` (the embed iframe's contentWindow, so that another frame of
 * the same site cannot resize it), be a HEIGHT_MESSAGE, and carry a finite number of px within
 * MIN_HEIGHT..MAX_HEIGHT, which is rounded up. The snippet's script (snippet.ts) applies the same rules.
 */
export function acceptedHeight(
  message: ReceivedMessage,
  expected: { origin: string; source: unknown },
): number | null {
  if (message.origin !== expected.origin || message.source !== expected.source) return null;
  if (message.source === null || message.source === undefined) return null;
  const { data } = message;
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height))
    return null;
  if (height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
  return Math.ceil(height);
}

/**
 * The script every embed page runs (written inline; the build moves it into a file of its own, as the
 * Content-Security-Policy allows no inline script: src/build/strictPages.ts): it posts the
 * height of its <main> to the parent page on load and whenever it changes. The target origin is '*':
 * the embed does not know who embeds it, and a height is no secret. Nothing happens outside a frame.
 */
export const POST_HEIGHT_SCRIPT = `(function () {
  var main = document.querySelector('main');
  if (!main || window.parent === window) return;
  function post() {
    var height = Math.ceil(main.getBoundingClientRect().height);
    window.parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: height }, '*');
  }
  post();
  window.addEventListener('load', post);
  if (window.ResizeObserver) new ResizeObserver(post).observe(main);
  else window.addEventListener('resize', post);
})();`;
