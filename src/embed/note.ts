// The embed page's note above a figure that is only the closest one to the view asked for: why, in the
// page's language, and the way to that view. Loaded by main.ts only when there is a note to show.
import { embedReasonText } from '../lib/embed/reasonText';
import type { EmbedReason } from '../lib/embed/presets';
import { shareText } from '../lib/i18n/en/share';
import type { Locale } from '../lib/i18n/locale';
import { setLocale } from '../lib/i18n/runtime.svelte';

/** The note's paragraph: the reason, then a link to the full view with its filters. */
export async function embedNote(
  reason: EmbedReason,
  fullView: string,
  lang: Locale,
): Promise<HTMLElement> {
  await setLocale(lang);
  const paragraph = document.createElement('p');
  paragraph.className = 'embed-note';
  paragraph.setAttribute('role', 'note');
  const link = document.createElement('a');
  link.href = fullView;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = shareText().embedOpenFullViewFiltered;
  paragraph.append(`${embedReasonText(reason)} `, link);
  return paragraph;
}
