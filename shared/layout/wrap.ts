// Line breaking on the GB/T 9704 character grid: a full-width character takes one cell, a half-width one
// half a cell. Runs of ASCII letters and digits stay together (as Word keeps "2024" or "GB/T" whole), a
// closing punctuation mark never starts a line (it hangs at the end of the previous one, as Word and WPS
// compress it) and an opening one never ends a line.

/** Cells a character occupies: half-width ASCII and half-width forms 0.5, everything else 1. */
export function cellWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20) return 0;
  if (c <= 0x7e) return 0.5;
  if (c >= 0xff61 && c <= 0xffdc) return 0.5; // half-width katakana and hangul forms
  return 1;
}

export function textCells(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // a character outside the BMP is one cell, counted at its high surrogate
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n += c < 0x20 ? 0 : c <= 0x7e || (c >= 0xff61 && c <= 0xffdc) ? 0.5 : 1;
  }
  return n;
}

const NO_LINE_START = new Set([...'，。、；：？！）》〉」』】〕’”…—,.;:?!)]%·']);
const NO_LINE_END = new Set([...'（《〈「『【〔‘“([']);

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** inside a run of letters and digits: also . - / % ("GB/T", "3.5%", "2024-2025") */
const continuesRun = (c: number) => isAlnum(c) || c === 46 || c === 45 || c === 47 || c === 37;

/** End of the token starting at i: a run of ASCII letters and digits, or one character (code point). */
function tokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isAlnum(c)) {
    let end = i + 1;
    while (end < text.length && continuesRun(text.charCodeAt(end))) end++;
    return end;
  }
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
}

/**
 * Paragraphs already broken, by width, indents and text. The page view and the page count re-lay the whole
 * document after each pause in typing; only the paragraphs that changed are broken again.
 */
const wrapped = new Map<string, readonly string[]>();
const WRAP_CACHE_LIMIT = 20_000;

/**
 * Breaks text into lines of at most `width` cells; the first line starts after `firstIndent` cells and the
 * following lines after `restIndent`. An empty text gives one empty line.
 */
export function wrapText(text: string, width: number, firstIndent = 0, restIndent = 0): string[] {
  const key = `${width}|${firstIndent}|${restIndent}|${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    if (wrapped.size >= WRAP_CACHE_LIMIT) wrapped.clear();
    lines = breakLines(text, width, firstIndent, restIndent);
    wrapped.set(key, lines);
  }
  return lines.slice();
}

function breakLines(text: string, width: number, firstIndent: number, restIndent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = firstIndent;
  const limit = width + 1e-9;
  const pushLine = () => {
    lines.push(line);
    line = '';
    used = restIndent;
  };
  for (let i = 0; i < text.length; ) {
    const end = tokenEnd(text, i);
    const tok = text.slice(i, end);
    i = end;
    const w = textCells(tok);
    if (used + w <= limit) {
      line += tok;
      used += w;
      continue;
    }
    if (tok.length === 1 && NO_LINE_START.has(tok) && line !== '') {
      // hang the closing mark at the end of the full line
      line += tok;
      used += w;
      pushLine();
      continue;
    }
    if (tok.length > 1 && w > width - restIndent) {
      // a run longer than a line: break it by characters
      for (const ch of tok) {
        const cw = cellWidth(ch);
        if (used + cw > limit && line !== '') pushLine();
        line += ch;
        used += cw;
      }
      continue;
    }
    // keep an opening mark with what follows it
    let carry = '';
    while (line.length && NO_LINE_END.has(line[line.length - 1])) {
      carry = line[line.length - 1] + carry;
      line = line.slice(0, -1);
    }
    if (line !== '' || lines.length > 0 || firstIndent > 0) pushLine();
    line = carry + tok;
    used = restIndent + textCells(line);
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
