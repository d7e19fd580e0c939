import { countryName } from '../countries';
import { formatFigure, formatPeriod } from '../format';
import type { NoteReference } from '../queries/noteReferences';

/** A piece of a note: our words, or a reference to another figure by its id. */
export type NotePart = { text: string } | { figureId: string };

// Figure ids are words joined by hyphens ("ru-wsj-nis-2025-15000", "wld-rev-usmission-2018-1.2-2.3bn"); a
// token of that shape is a reference only when it is the id of a figure, never by its shape alone.
const TOKEN = /[A-Za-z0-9][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)+/g;

/**
 * Splits a note into text and references to other figures: every token that `isFigureId` accepts,
 * without the full stop that may end its sentence.
 */
export function noteParts(note: string, isFigureId: (token: string) => boolean): NotePart[] {
  const parts: NotePart[] = [];
  let text = '';
  let last = 0;
  for (const match of note.matchAll(TOKEN)) {
    const token = match[0].replace(/\.+$/, '');
    if (!isFigureId(token)) continue;
    text += note.slice(last, match.index);
    if (text) parts.push({ text });
    parts.push({ figureId: token });
    text = '';
    last = match.index + token.length;
  }
  text += note.slice(last);
  if (text) parts.push({ text });
  return parts;
}

/**
 * How a note names the figure it refers to: "15,000 (Daily NK Japan, 2016)", with the country first when
 * it is not the note's own: "Australia: 0 (Government of Australia, 2019)".
 */
export function referenceText(reference: NoteReference, noteCountry: string): string {
  // The estimator without its parenthesis or apposition: "Government of Australia (final report…)".
  const estimator = reference.estimator.replace(/\s*[(,].*$/, '');
  const country = reference.country === noteCountry ? '' : `${countryName(reference.country)}: `;
  return `${country}${formatFigure(reference)} (${estimator}, ${formatPeriod(reference)})`;
}
