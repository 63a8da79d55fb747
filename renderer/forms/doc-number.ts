// 文号 as three boxes — 机关代字 / 年份 / 序号 — with the 〔〕 and 号 put in for the user, as GB/T 9704 prints
// them. A whole 文号 pasted into any box is split into its parts; full-width digits are read as digits.
import { toAsciiDigits as halfWidthDigits } from '../../shared/checks/doc-number';

export interface DocNumberParts {
  org: string;
  year: string;
  seq: string;
}

const WHOLE = /^(.*?)\s*[〔[【（(［]\s*(\d{0,4})\s*[〕\]】）)］]\s*第?\s*(\d*)\s*号?\s*$/;

/** 苏民发〔2014〕1号 / 苏民发[2014]1号 / 苏民发(2014)第1号 → parts; anything else stays whole in org. */
export function splitDocNumber(value: string | null): DocNumberParts {
  if (!value) return { org: '', year: '', seq: '' };
  const m = WHOLE.exec(halfWidthDigits(value));
  if (m) return { org: m[1], year: m[2], seq: m[3] };
  // no year yet (joinDocNumber draws no empty 〔〕): 咸民发1号
  const noYear = /^(.*?[^\d\s])\s*(\d+)\s*号$/.exec(halfWidthDigits(value));
  if (noYear) return { org: noYear[1], year: '', seq: noYear[2] };
  return { org: value, year: '', seq: '' };
}

/** The parts of a whole 文号 pasted into one box, or null when the text is not one (then it pastes as text). */
export function pastedDocNumber(text: string): DocNumberParts | null {
  const m = WHOLE.exec(halfWidthDigits(text.trim()));
  if (!m || !m[2]) return null;
  return { org: m[1].trim(), year: m[2], seq: m[3] };
}

/**
 * The printed 文号, or null when every box is empty. A 文号 is printed only with its year: without one the
 * boxes show what was typed and the 〔〕 are not drawn around nothing.
 */
export function joinDocNumber(p: DocNumberParts): string | null {
  const org = p.org.trim();
  const year = halfWidthDigits(p.year).replace(/\D/g, '');
  const seq = halfWidthDigits(p.seq)
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '');
  if (!org && !year && !seq) return null;
  return `${org}${year ? `〔${year}〕` : ''}${seq ? `${seq}号` : ''}`;
}
