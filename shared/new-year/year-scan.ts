// Years and period references in a text, classified: the plan year in an ordinary phrase moves with the
// draft ("2024年,各县…", "2024年新增"); ranges, target dates, statements about the year, other years,
// five-year plans, congresses and numbered editions stay as they are and are flagged for review.
import { toAsciiDigits } from '../checks/doc-number';

export interface YearHit {
  /** position and length in the text */
  index: number;
  length: number;
  action: 'changed' | 'review';
  reason: string;
  /** the replacement for a change, or a suggested one for a review */
  replacement: string | null;
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const RANGE = /(?<!\d)((?:19|20)\d{2})年?\s*(?:[-—–－~～]|至|到)\s*((?:19|20)\d{2})(?!\d)/g;
const TARGET_BEFORE = /(?:到|至|截至|截止|力争|确保)\s*$/;
const DATE_AFTER =
  /^年(?:年?底|末|初|前|内|上半年|下半年|第?[一二三四1-4]季度|\d{1,2}月|[一二三四五六七八九十]{1,3}月)/;
const STATEMENT_AFTER = /^年(?:是|为|将是)/;
const EDITION_AFTER = /^年(?:度)?第[\d一二三四五六七八九十]+次/;
/** Words that tie a clause to a period or an event, so the year in it is not simply the plan year. */
const PERIOD_WORDS =
  /十[一二三四五六七八九]五|“[一二三四五六七八九]五”|五年规划|党的[一二三四五六七八九十]+大|届[一二三四五六七八九十]+[中次]全会|收官|开局|周年|以来/;

/** Where a clause starts and ends around index (clauses end at ，。；！？ and their half-width forms). */
function clauseAround(text: string, index: number): { start: number; end: number } {
  const stop = /[，。；！？,;!?\n]/;
  let start = index;
  while (start > 0 && !stop.test(text[start - 1])) start--;
  let end = index;
  while (end < text.length && !stop.test(text[end])) end++;
  return { start, end };
}

/** Year ranges (2021—2035年, 2011-2015, 2024至2026年): start index → length of the whole range. */
function rangesIn(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of text.matchAll(RANGE)) out.set(m.index!, m[0].length);
  return out;
}

const OPEN_BRACKET = /[〔［[【(（]$/;
const CLOSE_BRACKET = /^[〕］\]】)）]/;

export function scanYears(raw: string, sourceYear: number, targetYear: number): YearHit[] {
  const text = toAsciiDigits(raw); // same length: full-width digits are one code unit each
  const delta = targetYear - sourceYear;
  const ranges = rangesIn(text);
  let rangeEnd = -1;
  const hits: YearHit[] = [];
  for (const m of text.matchAll(YEAR)) {
    const index = m.index!;
    if (index < rangeEnd) continue; // the second year of a range already reported
    const y = Number(m[0]);
    const before = text.slice(Math.max(0, index - 6), index);
    const after = text.slice(index + 4, index + 12);
    const review = (reason: string, suggest: boolean, length = 4) =>
      hits.push({ index, length, action: 'review', reason, replacement: suggest ? String(y + delta) : null });
    if (ranges.has(index)) {
      rangeEnd = index + ranges.get(index)!;
      hits.push({
        index,
        length: ranges.get(index)!,
        action: 'review',
        reason: '年份区间，一般保持不变；是否调整请确认',
        replacement: null,
      });
      continue;
    }
    const bracketed = OPEN_BRACKET.test(before) && CLOSE_BRACKET.test(after);
    if (!after.startsWith('年') && !bracketed) continue; // 2000个, 1300张: a count, not a year
    const clause = clauseAround(text, index);
    const clauseText = text.slice(clause.start, clause.end);
    if (bracketed) review('引用文件的发文字号年份，一般保持不变', false);
    else if (y < sourceYear)
      review(
        y === sourceYear - 1 ? '上一年度的年份；如指新年度的上一年，可顺延' : '往年年份（历史），一般保持不变',
        y === sourceYear - 1,
      );
    else if (y > sourceYear) review('以后年份的目标或期限，一般保持不变；请确认', false);
    else if (TARGET_BEFORE.test(before) || DATE_AFTER.test(after)) review('句中含目标时间或期限，是否顺延请确认', true);
    else if (STATEMENT_AFTER.test(after)) review('对该年度的表述（如“是…之年”），新年度可能不再成立', true);
    else if (EDITION_AFTER.test(after)) review('年度内的会次或批次，新年度需重新填写', true);
    else if (PERIOD_WORDS.test(clauseText)) review('所在句子涉及规划期、会议届次或纪念年份，年份含义需确认', true);
    else
      hits.push({
        index,
        length: 4,
        action: 'changed',
        reason: `计划年度${sourceYear}年顺延为${targetYear}年`,
        replacement: String(y + delta),
      });
  }
  return hits;
}

export interface TermHit {
  index: number;
  length: number;
  reason: string;
}

const TERMS: Array<[RegExp, string]> = [
  [
    /十[一二三四五六七八九]五(?:规划|时期|期间)?|“[一二三四五六七八九]五”普法/g,
    '五年规划的名称，新年度是否仍适用请确认',
  ],
  [/党的[一二三四五六七八九十]+大/g, '党代会届次，新年度是否有新的会议精神请确认'],
  [/[一二三四五六七八九十]+届[一二三四五六七八九十]+[中次]全会/g, '全会届次，新年度可能已召开新的全会'],
  [/第[\d一二三四五六七八九十百]+(?:届|批|轮)/g, '届次或批次，新年度可能需要顺延'],
];

/** Period-bound references (十四五, 党的二十大, 二十届二中全会, 第二届) for review. */
export function scanTerms(text: string): TermHit[] {
  const hits: TermHit[] = [];
  for (const [re, reason] of TERMS)
    for (const m of text.matchAll(re)) hits.push({ index: m.index!, length: m[0].length, reason });
  return hits.sort((a, b) => a.index - b.index);
}
