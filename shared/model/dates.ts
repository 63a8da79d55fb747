// 成文日期 as GB/T 9704 prints it: Arabic numerals, no leading zeros: 2024年2月19日.

/** '2024-02-19' → '2024年2月19日'; null or malformed → '' */
export function formatChineseDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return '';
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  '○': '0',
  О: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function chineseDayOrMonth(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二三])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? Number(CN_DIGIT[m[1]]) : 1) * 10 + (m[2] ? Number(CN_DIGIT[m[2]]) : 0);
  return text.length === 1 && CN_DIGIT[text] ? Number(CN_DIGIT[text]) : NaN;
}

function iso(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads a date written the ways notices write it: 2024年2月19日, 2024年02月19日, 二〇二四年二月十九日,
 * 2024-02-19, 2024/2/19, 2024.2.19 (full-width digits too). Returns YYYY-MM-DD or null.
 */
export function parseChineseDate(text: string): string | null {
  const t = text
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
  let m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([〇○О零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(t);
  if (m) {
    const y = Number([...m[1]].map((c) => CN_DIGIT[c]).join(''));
    return iso(y, chineseDayOrMonth(m[2]), chineseDayOrMonth(m[3]));
  }
  return null;
}

/** An ISO time as the user reads it (2025/3/1 16:00:00). */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}
