// 完成时限 as offices write it ("6月底前", "年底前", "二季度", "2024年9月30日前", "全年", "持续推进") → a date.
// The text is always kept as written; the date is only what the text clearly names, so a 台账 can sort and
// flag overdue tasks. Long-running wording ("持续推进", "长期坚持") has no date, by design, and is not a problem.
import { parseChineseDate } from '../model/dates';
import { fromChineseNumeral } from '../model/numbering';

export interface ParsedDeadline {
  /** YYYY-MM-DD, or null */
  date: string | null;
  /** Chinese, when the text looks like a deadline but names no date we can read; null otherwise */
  problem: string | null;
}

const ONGOING = /^(常年|长期|持续|持续推进|长期坚持|常态化|按.{0,8}(要求|安排|进度)|适时|根据)/;

function monthNumber(text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : (fromChineseNumeral(text) ?? NaN);
  return n >= 1 && n <= 12 ? n : NaN;
}

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fold(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/** Reads a 完成时限. `year` is the 要点's year, used when the text names none. */
export function parseDeadline(raw: string, year: number | null): ParsedDeadline {
  const t = fold(raw).replace(/[。；;，,]+$/, '');
  if (!t) return { date: null, problem: null };
  const yearOf = (y: string | undefined) => (y ? Number(y) : year);
  const need = (y: number | null, date: () => string): ParsedDeadline =>
    y === null
      ? { date: null, problem: `完成时限“${raw}”没有年份，文档也没有年度，无法换算成日期` }
      : { date: date(), problem: null };

  // an exact date, with 前/以前/之前/底前 after it
  const exact = /^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(前|以前|之前)?$/.exec(t);
  if (exact) {
    const date = parseChineseDate(exact[1]);
    return date ? { date, problem: null } : { date: null, problem: `完成时限“${raw}”不是有效日期` };
  }
  let m =
    /^(?:(\d{4})年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份)?(?:前|以前|之前|底前|上旬|中旬|下旬)?(?:完成)?$/.exec(
      t,
    );
  if (m) {
    const month = monthNumber(m[2]);
    if (Number.isNaN(month)) return { date: null, problem: `完成时限“${raw}”的月份不对` };
    return need(yearOf(m[1]), () => lastDay(yearOf(m![1])!, month));
  }
  m = /^(?:(\d{4})年)?(?:第)?([一二三四1-4])季度(?:末|底)?(?:前|以前|之前)?(?:完成)?$/.exec(t);
  if (m) {
    const q = /\d/.test(m[2]) ? Number(m[2]) : (fromChineseNumeral(m[2]) ?? NaN);
    return need(yearOf(m[1]), () => lastDay(yearOf(m![1])!, q * 3));
  }
  m = /^(?:(\d{4})年)?(上半年|年中|下半年|年底|年末|年内|全年)(?:前|以前|之前|完成|底前)?$/.exec(t);
  if (m) {
    const month = m[2] === '上半年' || m[2] === '年中' ? 6 : 12;
    return need(yearOf(m[1]), () => lastDay(yearOf(m![1])!, month));
  }
  if (ONGOING.test(t)) return { date: null, problem: null };
  return { date: null, problem: `完成时限“${raw}”无法换算成日期，已按原文保留` };
}
