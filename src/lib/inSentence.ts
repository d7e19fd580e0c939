/**
 * A label as it reads inside an English sentence: "Workers present" → "workers present", while "IT
 * workers" and "North Koreans present" keep their capitals (an acronym, or a name of two capitalised
 * words). English only: Korean has no capitals, and its sentences take the label as it is.
 */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label.split(/\s+/);
  const acronym = /^[A-Z]{2,}/.test(first);
  const name = /^[A-Z]/.test(second);
  return acronym || name ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
