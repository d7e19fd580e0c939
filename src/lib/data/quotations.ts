const pairs: readonly RegExp[] = [
  /(?:^|[^\p{L}\p{N}])["“„]([^"“”„]+?)["”](?![\p{L}\p{N}])/gu,
  // An apostrophe inside a word (Korea's) cannot open a quotation, so an opening mark must follow
  // a space or punctuation.
  /(?:^|[\s([{:;,/=])['‘]([^'‘’]+?)['’](?![\p{L}\p{N}])/gu,
  /«([^»]+)»/gu,
  /「([^」]+)」/gu,
  /『([^』]+)』/gu,
];

/**
 * Passages between quotation marks that look copied from a source: more than three words, or
 * more than 20 characters (for scripts written without spaces).
 */
export function longQuotations(text: string): string[] {
  const found: string[] = [];
  for (const pattern of pairs) {
    for (const match of text.matchAll(pattern)) {
      const inner = (match[1] ?? '').trim();
      if (inner.split(/\s+/).length > 3 || [...inner].length > 20) found.push(inner);
    }
  }
  return found;
}
