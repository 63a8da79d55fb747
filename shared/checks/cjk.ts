// Character classes for Chinese text. Full-width forms (U+FF00–FFEF) and CJK punctuation count as Chinese.

const HAN = /\p{Script=Han}/u;
/** CJK punctuation and symbols, full-width forms, and the quotes/dashes Chinese text uses. */
const CJK_PUNCT = /[\u3000-\u303F\uFF00-\uFFEF“”‘’…—·•]/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch));
}

/** Closing marks after which a sentence may end: 。” or 。） etc. */
export const SENTENCE_END = /[。！？；：…—!?;:]$/;

/** Punctuation that must not end a printed title or a field the export completes itself. */
export const TRAILING_PUNCT = /[。．.，,；;：:、！!？?]+$/;
