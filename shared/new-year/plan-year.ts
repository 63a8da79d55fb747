// The plan year of a 要点: the year in its own title (2024年全省民政工作要点), else in the notice title,
// else the 文号's year, else the 成文日期's year.
import { parseDocNumber, toAsciiDigits } from '../checks/doc-number';
import type { YaodianDocument } from '../model/types';

const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})(?=年)/;
/** 二〇二四年, as some titles write the year. */
const CHINESE_YEAR = /[〇零○一二三四五六七八九]{4}(?=年)/;
const CN_DIGITS = '〇一二三四五六七八九';

function chineseYearValue(text: string): number {
  return Number([...text].map((c) => (c === '零' || c === '○' ? 0 : CN_DIGITS.indexOf(c))).join(''));
}

/** A pattern for the year in Chinese numerals, whichever zero is used (〇 零 ○). */
export function chineseYearPattern(year: number): string {
  return [...String(year)].map((d) => (d === '0' ? '[〇零○]' : CN_DIGITS[Number(d)])).join('');
}

export function chineseYear(year: number): string {
  return [...String(year)].map((d) => CN_DIGITS[Number(d)]).join('');
}

export function yearInText(text: string | null): number | null {
  if (!text) return null;
  const m = YEAR_IN_TEXT.exec(toAsciiDigits(text));
  if (m) return Number(m[1]);
  const cn = CHINESE_YEAR.exec(text);
  const y = cn ? chineseYearValue(cn[0]) : NaN;
  return y >= 1900 && y < 2100 ? y : null;
}

export interface PlanYear {
  year: number;
  /** where it was read, in Chinese: 要点标题, 通知标题, 发文字号, 成文日期 */
  source: string;
}

export function detectPlanYear(doc: YaodianDocument): PlanYear | null {
  const m = doc.meta;
  const fromTitle = yearInText(m.title);
  if (fromTitle) return { year: fromTitle, source: '要点标题' };
  const fromNotice = yearInText(m.noticeTitle);
  if (fromNotice) return { year: fromNotice, source: '通知标题' };
  const dn = m.docNumber ? parseDocNumber(m.docNumber) : null;
  if (dn && toAsciiDigits(dn.year).length === 4) return { year: Number(toAsciiDigits(dn.year)), source: '发文字号' };
  if (m.date && /^\d{4}/.test(m.date)) return { year: Number(m.date.slice(0, 4)), source: '成文日期' };
  return null;
}
