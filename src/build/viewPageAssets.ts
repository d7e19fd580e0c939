// What the build writes for each view's page (see viewPages.ts): its title and description and its
// preview image. Loaded through Vite (like src/embed/build.ts), whose config loader cannot take the
// app's modules.
import type { DatasetVersion } from '../lib/cite/version';
import { pageMeta, SITE_NAME, type PageMeta } from '../lib/state/pageMeta';
import { defaultViewState, viewNames, viewPageFolder, type ViewName } from '../lib/state/viewState';
import { lightColours, previewFonts, previewSvg, rasterise } from './previewImage';

/** One view's page, less its HTML. */
export interface ViewPageAsset {
  view: ViewName;
  /** Its folder under the site's base, ending in '/'; '' for the overview, the site's main page. */
  folder: string;
  meta: PageMeta;
  /** The preview image, 1200 × 630. */
  png: Uint8Array;
}

export interface ViewPageAssets {
  siteName: string;
  pages: ViewPageAsset[];
}

/** Every view's page assets, for the data at `version`, in the colours of the stylesheet `css`. */
export function viewPageAssets(version: DatasetVersion, css: string): ViewPageAssets {
  const colours = lightColours(css);
  const fonts = previewFonts();
  const pages = viewNames.map((view) => {
    const meta = pageMeta({ ...defaultViewState, view });
    const card = {
      kicker: 'nk-workers-abroad',
      heading: meta.heading,
      description: meta.description,
      footer: `Data version ${version.label}`,
    };
    return {
      view,
      folder: viewPageFolder(view),
      meta,
      png: rasterise(previewSvg(card, colours), fonts),
    };
  });
  return { siteName: SITE_NAME, pages };
}
