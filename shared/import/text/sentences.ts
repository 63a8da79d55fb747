// Sentence helpers for Chinese official text (both full- and half-width punctuation occur in the wild).

const OPEN = '“‘《（(「『【〔［[';
const CLOSE = '”’》）)」』】〕］]';
const TERMINATORS = '。！？!?';

/**
 * Index of the first sentence terminator (。！？) that is not inside quotes, 《》 or brackets;
 * -1 when there is none (within the first `limit` code units).
 */
export function firstSentenceEnd(text: string, limit = text.length): number {
  let depth = 0;
  for (let i = 0, end = Math.min(limit, text.length); i < end; i++) {
    const ch = text[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (depth === 0 && TERMINATORS.includes(ch)) return i;
  }
  return -1;
}

/** Whether a paragraph ends a sentence (or a quotation/bracket that ends one): 。 ！ ？ ； … ” ） etc. */
export function endsComplete(text: string): boolean {
  return /[。！？!?；;…”’」』）)】〕》.．]$/.test(text.trimEnd());
}

/** Any punctuation that a heading-only line would not end with. */
export function endsWithPunctuation(text: string): boolean {
  return /[。！？!?；;，,、：:…]$/.test(text.trimEnd());
}

/** Length in characters (code points), for limits on heading lengths. */
export function charLength(text: string): number {
  // code units less the high halves of surrogate pairs; a regex scan is much faster than iterating
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  return text.length - (pairs ? pairs.length : 0);
}

/** Whitespace a web copy or Word leaves around a line: ASCII, full-width (U+3000), NBSP, zero-width. */
export function trimLine(text: string): string {
  // icon-font glyphs of a web page (private-use characters) are never text of the document
  if (/[\ue000-\uf8ff]/.test(text)) text = text.replace(/[\ue000-\uf8ff]/g, '');
  // String.prototype.trim already covers U+3000, NBSP and the BOM; zero-width spaces are rare
  const t = text.trim();
  return t.includes('\u200b') ? t.replace(/^[\s\u200b]+|[\s\u200b]+$/g, '') : t;
}
