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
  for (const ch of text) n += cellWidth(ch);
  return n;
}

const NO_LINE_START = new Set([...'，。、；：？！）》〉」』】〕’”…—,.;:?!)]%·']);
const NO_LINE_END = new Set([...'（《〈「『【〔‘“([']);

function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.\-/%]*|[\s\S]/gu) ?? [];
}

/**
 * Breaks text into lines of at most `width` cells; the first line starts after `firstIndent` cells and the
 * following lines after `restIndent`. An empty text gives one empty line.
 */
export function wrapText(text: string, width: number, firstIndent = 0, restIndent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let used = firstIndent;
  const limit = () => width;
  const pushLine = () => {
    lines.push(line);
    line = '';
    used = restIndent;
  };
  for (const tok of tokens(text)) {
    const w = textCells(tok);
    if (used + w <= limit() + 1e-9) {
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
        if (used + cw > limit() + 1e-9 && line !== '') pushLine();
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
