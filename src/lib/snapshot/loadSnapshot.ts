import { SNAPSHOT_LINK_ATTRIBUTE } from './link';
import { parseSnapshot, type Snapshot } from './snapshot';

/**
 * Fetches the build-time snapshot of the first view from the URL index.html preloads, so this fetch is
 * answered by the request the browser started with the page's scripts. Throws when the page names no
 * snapshot or it cannot be fetched or read.
 */
export async function loadSnapshot(page: Document = document): Promise<Snapshot> {
  const link = page.querySelector<HTMLLinkElement>(
    `link[rel="preload"][${SNAPSHOT_LINK_ATTRIBUTE}]`,
  );
  if (!link) throw new Error('the page names no snapshot');
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${link.href}`);
  return parseSnapshot(await response.json());
}
