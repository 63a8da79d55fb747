// Character classes for Chinese text, by code unit (these run over every character of a document).
// Full-width forms (U+FF00–FFEF) and CJK punctuation count as Chinese.

function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd8bf)
  ); // high surrogates of the CJK extension planes
}

export function isCjkCode(c: number): boolean {
  return (
    isHanCode(c) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0x00b7 ||
    c === 0x2022
  );
}

/** Closing marks after which a sentence may end: 。” or 。） etc. */
export const SENTENCE_END = /[。！？；：…—!?;:]$/;

/** Punctuation that must not end a printed title or a field the export completes itself. */
export const TRAILING_PUNCT = /[。．.，,；;：:、！!？?]+$/;
