// Why an embed shows only the closest static figure, in the interface's language: the embed page's
// note and the Embed dialog's. A module of its own, so that the embed page loads it (and the messages)
// only when it has a note to show.
import { countryName } from '../countries';
import { shareText } from '../i18n/en/share';
import type { EmbedReason } from './presets';

const named = (code: string) => ({ code, name: countryName(code) });

/** The reason as one plain-text sentence. */
export function embedReasonText(reason: EmbedReason): string {
  const t = shareText();
  switch (reason.kind) {
    case 'filters':
      return t.embedFiltersNotApplied;
    case 'no-country-figure':
      return t.embedNoCountryFigure(named(reason.country));
    case 'described-year-only':
      return t.embedDescribedYearOnly;
    case 'no-comparison':
      return t.embedNoComparison(named(reason.country));
    case 'no-view-figure':
      return t.embedNoViewFigure(reason.view);
    case 'not-loaded':
      return t.embedFigureNotLoaded;
  }
}
