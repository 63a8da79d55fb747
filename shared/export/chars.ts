// Character classes as the export sets them: which font slot a character takes and how wide it is.

/** Full-width (East Asian Width W/F): CJK ideographs, kana, hangul, CJK and full-width punctuation. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Symbols whose width depends on the font (East Asian Width "ambiguous") that Chinese text means
 * full-width: quotes, dashes, ellipsis, middle dot, ★ (密级), ①, ℃, ×, ÷, °, §, №, Ⅰ, ※, ○■△.
 * The export sets them in the East-Asian font in every font slot, so Word and WPS draw them
 * full-width instead of taking Times New Roman's narrow forms.
 */
function isCjkSymbol(code: number): boolean {
  return (
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x203b) ||
    code === 0x00b7 ||
    code === 0x00d7 ||
    code === 0x00f7 ||
    code === 0x00b0 ||
    code === 0x00a7 ||
    code === 0x2103 ||
    code === 0x2116 ||
    (code >= 0x2160 && code <= 0x217f) ||
    (code >= 0x2190 && code <= 0x21ff) ||
    (code >= 0x2460 && code <= 0x24ff) ||
    (code >= 0x2500 && code <= 0x25ff) ||
    (code >= 0x2600 && code <= 0x26ff) ||
    code === 0x2236 ||
    code === 0x2234 ||
    code === 0x2235 ||
    code === 0x221a ||
    code === 0x2208
  );
}

/** ASCII punctuation that Chinese text uses half-width: widened to half a cell so the grid holds. */
function isAsciiPunct(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export type CharClass = 'cjk' | 'symbol' | 'latin' | 'punct' | 'space';

export function classOf(code: number): CharClass {
  if (code >= 0x4e00 && code <= 0x9fff) return 'cjk'; // the common case first
  if (code === 0x20 || code === 0x09 || code === 0xa0) return 'space';
  if (isWide(code)) return 'cjk';
  if (isCjkSymbol(code)) return 'symbol';
  if (isAsciiPunct(code)) return 'punct';
  return 'latin';
}

/** Han ideographs, kana, hangul, full-width letters and digits: "letters" for line-break kerning. */
export function isCjkLetter(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3fffd) ||
    (code >= 0x3041 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a) ||
    code === 0x3007
  );
}

// Line-breaking (kinsoku) sets, as Word and LibreOffice apply them to simplified Chinese.
/** May not start a line, and may hang past the right margin instead. */
export const HANGING = new Set([...'，。、：；？！．,.:;?!']);
/** May not start a line: closing brackets and quotes. */
export const NO_LINE_START = new Set([...'）〕】」』》〉”’·］｝〗〞﹚﹜)]}']);
/** May not start a line in Word (LibreOffice lets them). */
export const NO_LINE_START_WORD = new Set([...'…—―％‰℃′″']);
/** May not end a line: opening brackets and quotes. */
export const NO_LINE_END = new Set([...'（〔【「『《〈“‘［｛〖〝﹙﹛([{']);

/** Times New Roman advance widths (units of 1/2048 em) for ASCII 0x20–0x7E; Liberation Serif has the same metrics. */
const TNR = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479,
  682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569,
  682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024,
  682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108,
];

/** A Latin character's advance in twips at a size in twips, before character spacing. */
export function latinAdvance(code: number, sizeTw: number): number {
  const units = code >= 0x20 && code <= 0x7e ? TNR[code - 0x20] : 1024;
  return (units * sizeTw) / 2048;
}

/**
 * The horizontal scale (percent) that makes an ASCII punctuation mark half a grid cell wide with the
 * style's character spacing. Scaling (not extra spacing) keeps the mark one glyph wide, so text
 * extraction does not see a space after it.
 */
export function punctScale(code: number, sizeTw: number, spacing: number, cell: number): number {
  // two twips under half a cell: a line of 28 cells has only ~24 twips to spare, rounding must not eat it
  return Math.floor((100 * (cell / 2 - spacing - 2)) / latinAdvance(code, sizeTw));
}
