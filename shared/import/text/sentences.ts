// Sentence helpers for Chinese official text (both full- and half-width punctuation occur in the wild).

const OPEN = '“‘《（(「『【〔［[';
const CLOSE = '”’》）)」』】〕］]';
const TERMINATORS = '。！？!?';

/**
 * Index of the first sentence terminator (。！？) that is not inside quotes, 《》 or brackets;
 * -1 when there is none. A terminator right before a closing quote belongs to the quote.
 */
export function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
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
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Whitespace a web copy or Word leaves around a line: ASCII, full-width (U+3000), NBSP, zero-width. */
export function trimLine(text: string): string {
  return text.replace(/^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g, '');
}
