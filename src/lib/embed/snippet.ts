// The HTML a journalist pastes to embed a chart: an iframe of the static figure, and a script that
// gives the iframe the height of its content.
import { HEIGHT_MESSAGE, MAX_HEIGHT, MIN_HEIGHT } from './resize';

export interface SnippetInput {
  /** Absolute http(s) URL of the static figure page (embeds/<preset>.html). */
  src: string;
  /** The iframe's accessible name: the chart's title. */
  title: string;
  /** Height in px before the embed reports its own. */
  height: number;
  /** The iframe's id, unique on the host page: letters, digits and hyphens. */
  id: string;
}

const escapeAttribute = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/** A string as a JS literal that is also safe inside an HTML <script> element. */
const scriptString = (text: string) =>
  JSON.stringify(text).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');

/**
 * The embed snippet: an iframe (lazy, full width, `height` px until told otherwise) and an inline
 * script that sets its height from the embed's messages, accepting only those from the embed's own
 * origin and its own window, of the right type, with a number of px within MIN_HEIGHT..MAX_HEIGHT
 * (resize.ts, acceptedHeight). Throws on a source that is not an absolute http(s) URL or a bad id.
 */
export function embedSnippet({ src, title, height, id }: SnippetInput): string {
  const url = new URL(src);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`An embed's address must be http(s), not ${url.protocol}`);
  }
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(id)) throw new Error(`Not an element id: ${id}`);
  const initial = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
  return `<iframe id="${id}" src="${escapeAttribute(url.href)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="${initial}" style="width: 100%; max-width: 100%; border: 0;"></iframe>
<script>
  (function () {
    var iframe = document.getElementById(${scriptString(id)});
    var origin = ${scriptString(url.origin)};
    window.addEventListener('message', function (event) {
      if (!iframe || event.origin !== origin || event.source !== iframe.contentWindow) return;
      var data = event.data;
      if (!data || data.type !== ${scriptString(HEIGHT_MESSAGE)}) return;
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height)) return;
      if (height < ${MIN_HEIGHT} || height > ${MAX_HEIGHT}) return;
      iframe.style.height = Math.ceil(height) + 'px';
    });
  })();
</script>`;
}
