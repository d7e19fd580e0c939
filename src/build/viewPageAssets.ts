// What the build writes for each view's page (see viewPages.ts), in each language: its title and
// description and its preview image. Loaded through Vite (like src/embed/build.ts), whose config loader
// cannot take the app's modules.
import type { DatasetVersion } from '../lib/cite/version';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n/locale';
import { appText } from '../lib/i18n/en/app';
import { setLocale } from '../lib/i18n/runtime.svelte';
import { pageMeta, siteName, type PageMeta } from '../lib/state/pageMeta';
import { defaultViewState, viewNames, viewPageFolder, type ViewName } from '../lib/state/viewState';
import { lightColours, previewFonts, previewSvg, rasterise } from './previewImage';

/** One view's page in one language, less its HTML. */
export interface ViewPageAsset {
  view: ViewName;
  lang: Locale;
  /** Its folder under the site's base, ending in '/'; '' for the overview in English, the main page. */
  folder: string;
  meta: PageMeta;
  siteName: string;
  /** What the page says to a reader without JavaScript. */
  noScript: string;
}

/** A view's preview image in one language, 1200 × 630, and what it shows, for its alt text. */
export interface PreviewAsset {
  view: ViewName;
  lang: Locale;
  png: Uint8Array;
  alt: string;
}

export interface ViewPageAssets {
  pages: ViewPageAsset[];
  /** One image per view and language (rasterise draws Hangul in Noto Sans KR). */
  previews: PreviewAsset[];
}

/** Every view's page assets, for the data at `version`, in the colours of the stylesheet `css`. */
export async function viewPageAssets(
  version: DatasetVersion,
  css: string,
): Promise<ViewPageAssets> {
  const colours = lightColours(css);
  const fonts = previewFonts();
  const pages: ViewPageAsset[] = [];
  const previews: PreviewAsset[] = [];
  // One language at a time: the messages are those of the interface's language (back to English after).
  try {
    for (const lang of LOCALES) {
      await setLocale(lang);
      const t = appText();
      for (const view of viewNames) {
        const meta = pageMeta({ ...defaultViewState, view, lang });
        pages.push({
          view,
          lang,
          folder: viewPageFolder(view, lang),
          meta,
          siteName: siteName(),
          noScript: t.noScriptNote,
        });
        const card = {
          kicker: t.siteKicker,
          heading: meta.heading,
          description: meta.description,
          footer: t.dataVersionLine(version.label),
        };
        previews.push({
          view,
          lang,
          png: rasterise(previewSvg(card, colours), fonts),
          alt: `${meta.heading}. ${meta.description}`,
        });
      }
    }
  } finally {
    await setLocale(DEFAULT_LOCALE);
  }
  return { pages, previews };
}
