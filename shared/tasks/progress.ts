// Progress records: what a 处室 reported for a task in a period (a month or a quarter). Records are only
// ever added — a later report for the same task and period is a new record, so the history stays whole.
import { fromChineseNumeral } from '../model/numbering';

export const STATUSES = ['未启动', '推进中', '已完成', '滞后', '调整'] as const;
export type ProgressStatus = (typeof STATUSES)[number];

export interface ProgressRecord {
  id: string;
  documentId: string;
  sectionId: string;
  /** YYYY-MM (a month) or YYYY-Qn (a quarter) */
  period: string;
  status: ProgressStatus;
  /** 进展情况 */
  text: string;
  /** ISO 8601 */
  recordedAt: string;
  /** where it came from: 录入 (typed in the app) or the imported file's name */
  source: string;
}

const STATUS_WORDS: Array<[RegExp, ProgressStatus]> = [
  [/^(已完成|完成|已办结|办结|已落实)$/, '已完成'],
  [/^(推进中|进行中|正在推进|正在进行|在推进|持续推进|按计划推进|序时推进)$/, '推进中'],
  [/^(未启动|未开始|尚未启动|未开展)$/, '未启动'],
  [/^(滞后|进度滞后|延期|逾期|未按期)$/, '滞后'],
  [/^(调整|已调整|取消|暂缓)$/, '调整'],
];

/** A status word as people type it ("完成", "进行中", "延期") → the status; null when not one. */
export function parseStatus(text: string): ProgressStatus | null {
  const t = text.trim().replace(/[\s。]/g, '');
  for (const [re, status] of STATUS_WORDS) if (re.test(t)) return status;
  return null;
}

const QUARTERS = ['一', '二', '三', '四'];

function quarterPeriod(year: number, q: number): string {
  return `${year}-Q${q}`;
}

function monthPeriod(year: number, m: number): string {
  return `${year}-${String(m).padStart(2, '0')}`;
}

/** 2024-Q2 → 2024年二季度; 2024-03 → 2024年3月 */
export function periodLabel(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}年${QUARTERS[Number(q[2]) - 1]}季度`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[1]}年${Number(m[2])}月` : period;
}

/** Periods sort by their end: a quarter sorts after its last month. */
export function periodEnd(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  return q ? `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}~` : period;
}

/**
 * A column header or typed period ("一季度", "第二季度", "2024年Q3", "3月", "2024年3月", "3月份进展") → period.
 * `year` is the 要点's year for headers that name none.
 */
export function parsePeriod(text: string, year: number | null): { period: string } | { problem: string } {
  const t = text.replace(/\s+/g, '').replace(/(进展情况|进展|完成情况|推进情况|情况)$/, '');
  const y = /^(\d{4})年?/.exec(t);
  const rest = y ? t.slice(y[0].length) : t;
  const yr = y ? Number(y[1]) : year;
  let m = /^(?:第)?([一二三四1-4])季度$|^Q([1-4])$/i.exec(rest);
  if (m) {
    if (yr === null) return { problem: `“${text}”没有年份，文档也没有年度` };
    const q = m[2] ? Number(m[2]) : /\d/.test(m[1]) ? Number(m[1]) : QUARTERS.indexOf(m[1]) + 1;
    return { period: quarterPeriod(yr, q) };
  }
  m = /^(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?$/.exec(rest);
  if (m) {
    const month = /\d/.test(m[1]) ? Number(m[1]) : (fromChineseNumeral(m[1]) ?? NaN);
    if (!(month >= 1 && month <= 12)) return { problem: `“${text}”的月份不对` };
    if (yr === null) return { problem: `“${text}”没有年份，文档也没有年度` };
    return { period: monthPeriod(yr, month) };
  }
  return { problem: `“${text}”不是月份或季度` };
}

/** The newest record of each task: latest period, then latest recorded. */
export function latestByTask(records: readonly ProgressRecord[]): Map<string, ProgressRecord> {
  const out = new Map<string, ProgressRecord>();
  for (const r of records) {
    const prev = out.get(r.sectionId);
    if (!prev || isNewer(r, prev)) out.set(r.sectionId, r);
  }
  return out;
}

export function isNewer(a: ProgressRecord, b: ProgressRecord): boolean {
  const pa = periodEnd(a.period);
  const pb = periodEnd(b.period);
  return pa !== pb ? pa > pb : a.recordedAt > b.recordedAt;
}

/** The quarters of a year, the default tracking columns. */
export function quartersOf(year: number): string[] {
  return [1, 2, 3, 4].map((q) => quarterPeriod(year, q));
}
