// The lines an exported image prints and its file name.
import { shareText } from '../i18n/en/share';

/** Publisher names once each, in their first order, without blanks. */
export function uniqueNames(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
}

/** The source line of an exported image: every publisher, never the shortened on-screen list. */
export function sourceLine(publishers: readonly string[]): { lead: string; names: string } | null {
  const names = uniqueNames(publishers);
  if (names.length === 0) return null;
  const { one, other } = shareText().imageSourceLead;
  return { lead: names.length === 1 ? one : other, names: `${names.join('; ')}.` };
}

/** The last line of an exported image: where the data comes from, its version and the view's link. */
export function dataLine(version: string, permalink: string): string {
  return shareText().imageDataLine(version.trim(), permalink.trim());
}

/** A download's file name: the base made safe for file systems, with the format's extension. */
export function imageFileName(base: string, format: 'png' | 'svg'): string {
  const stem =
    base
      .trim()
      .replace(/\.(png|svg)$/i, '')
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') || 'chart';
  return `${stem}.${format}`;
}
