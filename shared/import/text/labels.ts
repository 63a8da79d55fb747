// Number labels at the start of a line, in the variants real notices use:
// level 1 一、 一. 一．   level 2 (一) （一） (一)、   level 3 1. 1、 1． ⒈   level 4 (1) （1） 1) ⑴ ①.
// The level is the style's level, whatever the depth the line sits at (1. directly under 一、 is level 3).
import { fromChineseNumeral, MAX_CHINESE_NUMERAL, numeralFor } from '../../model/numbering';
import type { Level } from '../../model/types';

export interface ParsedLabel {
  level: Level;
  /** the source's number (一 → 1); 0 when unreadable */
  n: number;
  /** the label exactly as the source printed it, spaces trimmed: "(六)", "1、" */
  label: string;
  /** text after the label, leading spaces removed */
  rest: string;
}

/** Full-width digits → ASCII, for matching only (stored text stays verbatim). */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const SP = '[\\s\\u3000]*';
const CN = '[一二三四五六七八九十百零〇两]{1,5}';
const L1 = new RegExp(`^(${CN})${SP}[、.．]`);
const L2 = new RegExp(`^[(（]${SP}(${CN})${SP}[)）](?:${SP}[、.．])?`);
// 1.5万 and 3、4月 are not labels; 1、2024年… is
const L3 = new RegExp(`^([0-9０-９]{1,3})${SP}[.．、](?![0-9０-９](?![0-9０-９]{3}年))`);
const L4 = new RegExp(`^(?:[(（]${SP}([0-9０-９]{1,3})${SP}[)）]|([0-9０-９]{1,3})[)）])(?:${SP}[、.．])?`);

function circled(ch: number): { level: Level; n: number } | null {
  if (ch >= 0x2460 && ch <= 0x2473) return { level: 4, n: ch - 0x2460 + 1 }; // ①–⑳
  if (ch >= 0x3251 && ch <= 0x325f) return { level: 4, n: ch - 0x3251 + 21 }; // ㉑–㉟
  if (ch >= 0x32b1 && ch <= 0x32bf) return { level: 4, n: ch - 0x32b1 + 36 }; // ㊱–㊿
  if (ch >= 0x2474 && ch <= 0x2487) return { level: 4, n: ch - 0x2474 + 1 }; // ⑴–⒇
  if (ch >= 0x2488 && ch <= 0x249b) return { level: 3, n: ch - 0x2488 + 1 }; // ⒈–⒛
  return null;
}

function result(level: Level, n: number | null, text: string, matched: string): ParsedLabel {
  return {
    level,
    n: n ?? 0,
    label: matched.replace(/[\s\u3000]+/g, ''),
    rest: text.slice(matched.length).replace(/^[\s\u3000]+/, ''),
  };
}

/** Reads the number label at the start of text (already trimmed), or null when the line has none. */
export function parseLabel(text: string): ParsedLabel | null {
  const first = text.charCodeAt(0);
  const c = circled(first);
  if (c) return result(c.level, c.n, text, text.slice(0, 1));
  let m = L1.exec(text);
  if (m) return result(1, fromChineseNumeral(m[1]), text, m[0]);
  m = L2.exec(text);
  if (m) return result(2, fromChineseNumeral(m[1]), text, m[0]);
  m = L4.exec(text);
  if (m) return result(4, Number(halfWidthDigits(m[1] ?? m[2])), text, m[0]);
  m = L3.exec(text);
  if (m) return result(3, Number(halfWidthDigits(m[1])), text, m[0]);
  return null;
}

/** A Word list label ("一、", "（一）", "1.") given apart from the text. */
export function parseListLabel(listLabel: string): ParsedLabel | null {
  const t = listLabel.trim();
  if (!t) return null;
  const p = parseLabel(t);
  return p && p.rest === '' ? p : null;
}

/** The numeral as printed without punctuation for a source number: 六 / 4; null when unreadable. */
export function numeralOf(level: Level, n: number): string | null {
  // Chinese numerals stop at 99,999: a larger count (a pasted list gone wrong) is reported without its numeral
  return n > 0 && n <= MAX_CHINESE_NUMERAL ? numeralFor(level, n) : null;
}
