// The plan year of a 要点: the year in its own title (2024年全省民政工作要点), else in the notice title,
// else the 文号's year, else the 成文日期's year.
import { parseDocNumber, toAsciiDigits } from '../checks/doc-number';
import type { YaodianDocument } from '../model/types';

export const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})(?=年)/;

export function yearInText(text: string | null): number | null {
  const m = text ? YEAR_IN_TEXT.exec(toAsciiDigits(text)) : null;
  return m ? Number(m[1]) : null;
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
