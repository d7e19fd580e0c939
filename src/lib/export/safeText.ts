// The guards every writer of text for another program applies, whatever the validator lets into the
// data: XML (the page's image export, the build's static embed figures and preview images) and the
// cells and fields a spreadsheet might read (CSV downloads, citations).

/**
 * What XML 1.0 cannot hold, even escaped: C0 controls other than tab, line feed and carriage return,
 * U+FFFE and U+FFFF, and lone surrogates (with the `u` flag a lone surrogate is one code point, outside
 * every allowed range). One of them makes a whole SVG unparseable, and so its PNG undrawable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or a whole XML document with each character XML cannot hold replaced by U+FFFD (�). */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
 * = + - @, and tab or carriage return, which some spreadsheets skip before reading the rest.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as it is safe to open in a spreadsheet: one that begins like a formula gets a leading
 * single quote (so '=1+1' is shown as text, never evaluated); any other text is unchanged. Only text
 * passes through here: numbers, negative ones included, are written as numbers.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
