// 发文字号 as GB/T 9704 7.2 prints it: 机关代字 + 〔year in full〕 + sequence number without 第 or leading zeros + 号.

export interface DocNumberParts {
  prefix: string;
  open: string;
  year: string;
  close: string;
  /** "第" when written before the number (not allowed) */
  ordinal: string;
  number: string;
  /** "号" or '' */
  suffix: string;
}

const OPENS = '〔［\\[【(（〈<｛{';
const CLOSES = '〕］\\]】)）〉>｝}';
const PATTERN = new RegExp(
  `^(.*?)\\s*([${OPENS}])\\s*([0-9０-９]{2,4})\\s*([${CLOSES}])\\s*(第?)\\s*([0-9０-９]*)\\s*(号?)\\s*$`,
);

export function parseDocNumber(text: string): DocNumberParts | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  return { prefix: m[1], open: m[2], year: m[3], close: m[4], ordinal: m[5], number: m[6], suffix: m[7] };
}

export function formatDocNumber(p: DocNumberParts): string {
  return `${p.prefix}${p.open}${p.year}${p.close}${p.ordinal}${p.number}${p.suffix}`;
}

export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
