// A draft for another year from a prior document. Plan-year references move (titles, 文号's year with the
// number left empty, years in ordinary phrases); dates are cleared; anything whose meaning depends on the
// year is flagged for review. Every change is listed before the draft is created.
import { UserError } from '../errors';
import { formatDocNumber, parseDocNumber, toAsciiDigits } from '../checks/doc-number';
import { FIELD_NAMES, sectionLocations, type FieldKey } from '../checks/locations';
import { newId } from '../model/factory';
import { formatChineseDate } from '../model/dates';
import type { NoticeMeta, Section, YaodianDocument } from '../model/types';
import { chineseYear, chineseYearPattern, detectPlanYear } from './plan-year';
import { quote, snippet } from './snippet';
import { scanTerms, scanYears } from './year-scan';
import type { NewYearOptions, YearChange } from './types';

export type { NewYearOptions } from './types';
export { detectPlanYear } from './plan-year';

export class NewYearError extends UserError {
  constructor(message: string) {
    super('invalid-operation', message);
  }
}

export interface NewYearPlan {
  document: YaodianDocument;
  changes: YearChange[];
  /** the draft's plan year */
  year: number;
  /** the source's plan year, null when none could be read */
  sourceYear: number | null;
}

interface Place {
  location: string;
  sectionId: string | null;
}

interface Item {
  index: number;
  span: { start: number; end: number };
  change: YearChange;
}

/** Moves the plan year through one text; returns the new text and lists each change and review. */
function moveYears(text: string, place: Place, from: number, to: number, changes: YearChange[]): string {
  const items: Item[] = [];
  let out = '';
  let cursor = 0;
  for (const h of scanYears(text, from, to)) {
    const span = snippet(text, h.index, h.length);
    const before = quote(text, span);
    const moved = h.replacement === null ? null : quote(text, span, { index: h.index, length: 4, by: h.replacement });
    if (h.action === 'changed') {
      out += text.slice(cursor, h.index) + h.replacement;
      cursor = h.index + h.length;
      items.push({
        index: h.index,
        span,
        change: { ...place, before, after: moved!, action: 'changed', reason: h.reason },
      });
    } else {
      items.push({
        index: h.index,
        span,
        change: { ...place, before, after: before, action: 'review', reason: h.reason, suggestion: moved },
      });
    }
  }
  for (const t of scanTerms(text)) {
    const span = snippet(text, t.index, t.length);
    const before = quote(text, span);
    items.push({
      index: t.index,
      span,
      change: { ...place, before, after: before, action: 'review', reason: t.reason, suggestion: null },
    });
  }
  // reviews of one passage are one item: "党的二十大和二十届二中全会" gets both reasons once
  const merged: Item[] = [];
  for (const item of items.sort((a, b) => a.index - b.index)) {
    const last = merged[merged.length - 1];
    if (last && last.change.action === 'review' && item.change.action === 'review' && item.index < last.span.end) {
      const span = { start: last.span.start, end: Math.max(last.span.end, item.span.end) };
      const reason = last.change.reason.includes(item.change.reason)
        ? last.change.reason
        : `${last.change.reason}；${item.change.reason}`;
      const suggestion = last.change.suggestion && span.end > last.span.end ? null : (last.change.suggestion ?? null);
      const before = quote(text, span);
      merged[merged.length - 1] = {
        index: last.index,
        span,
        change: { ...last.change, before, after: before, reason, suggestion },
      };
    } else merged.push(item);
  }
  changes.push(...merged.map((i) => i.change));
  return out + text.slice(cursor);
}

function copySections(list: readonly Section[], skeleton: boolean): Section[] {
  return list.map((s) => ({
    id: newId(),
    level: s.level,
    heading: s.heading,
    runIn: s.runIn,
    paragraphs: skeleton ? [] : [...s.paragraphs],
    children: copySections(s.children, skeleton),
  }));
}

function countParagraphs(list: readonly Section[]): number {
  return list.reduce((n, s) => n + s.paragraphs.length + countParagraphs(s.children), 0);
}

function moveTitle(
  meta: NoticeMeta,
  field: 'title' | 'noticeTitle',
  from: number,
  to: number,
  changes: YearChange[],
): void {
  const before = meta[field];
  if (!before) return;
  const re = new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g');
  const ascii = toAsciiDigits(before); // same length as before: positions carry over
  const found = [...ascii.matchAll(re)].map((m) => m.index!);
  const chinese = new RegExp(`${chineseYearPattern(from)}(?=年)`, 'g');
  if (!found.length && !chinese.test(before)) {
    changes.push({
      location: FIELD_NAMES[field],
      sectionId: null,
      before,
      after: before,
      action: 'review',
      reason: `${FIELD_NAMES[field]}中没有${from}年，请手动修改年份`,
    });
    return;
  }
  let after = before;
  for (const i of found.reverse()) after = after.slice(0, i) + String(to) + after.slice(i + 4);
  after = after.replace(chinese, chineseYear(to));
  meta[field] = after;
  changes.push({
    location: FIELD_NAMES[field],
    sectionId: null,
    before,
    after,
    action: 'changed',
    reason: `计划年度${from}年改为${to}年`,
  });
}

function moveDocNumber(meta: NoticeMeta, delta: number, changes: YearChange[]): void {
  const before = meta.docNumber;
  if (!before) return;
  const p = parseDocNumber(before);
  const year = p ? Number(toAsciiDigits(p.year)) : NaN;
  if (!p || toAsciiDigits(p.year).length !== 4) {
    changes.push({
      location: FIELD_NAMES.docNumber,
      sectionId: null,
      before,
      after: before,
      action: 'review',
      reason: '发文字号格式无法识别，请手动填写新年度文号',
    });
    return;
  }
  const bracketsFixed = p.open !== '〔' || p.close !== '〕';
  const after = formatDocNumber({
    ...p,
    open: '〔',
    close: '〕',
    year: String(year + delta),
    ordinal: '',
    number: '',
    suffix: '号',
  });
  meta.docNumber = after;
  changes.push({
    location: FIELD_NAMES.docNumber,
    sectionId: null,
    before,
    after,
    action: 'changed',
    reason: `发文年份改为${year + delta}年，序号留空，请按发文登记填写${bracketsFixed ? '；年份括号改为六角括号“〔〕”' : ''}`,
  });
}

function clear(
  meta: NoticeMeta,
  field: 'date' | 'printedDate' | 'copyNumber',
  reason: string,
  changes: YearChange[],
): void {
  const before = meta[field];
  if (!before) return;
  meta[field] = null;
  const shown = field === 'copyNumber' ? before : formatChineseDate(before) || before;
  changes.push({ location: FIELD_NAMES[field], sectionId: null, before: shown, after: '', action: 'cleared', reason });
}

export function planNewYear(doc: YaodianDocument, options: NewYearOptions): NewYearPlan {
  const detected = detectPlanYear(doc);
  const sourceYear = detected?.year ?? null;
  const year = options.year ?? (sourceYear !== null ? sourceYear + 1 : null);
  if (year === null) throw new NewYearError('无法从要点标题、通知标题、发文字号或成文日期中识别原文年度，请指定新年度');
  const skeleton = options.skeleton;
  const changes: YearChange[] = [];
  const meta: NoticeMeta = {
    ...doc.meta,
    coverParagraphs: [...doc.meta.coverParagraphs],
    attachments: [...doc.meta.attachments],
  };
  const from = sourceYear ?? year;

  if (sourceYear === null) {
    changes.push({
      location: FIELD_NAMES.title,
      sectionId: null,
      before: meta.title ?? '',
      after: meta.title ?? '',
      action: 'review',
      reason: '未能识别原文年度，年份未作改动，请逐项检查',
    });
  } else if (sourceYear !== year) {
    moveTitle(meta, 'title', sourceYear, year, changes);
    moveTitle(meta, 'noticeTitle', sourceYear, year, changes);
    moveDocNumber(meta, year - sourceYear, changes);
  }
  clear(meta, 'date', '成文日期由新年度文件签发时填写', changes);
  clear(meta, 'printedDate', '印发日期由新年度文件印发时填写', changes);
  clear(meta, 'copyNumber', '份号按新文件重新编排', changes);

  const moveField = (text: string, field: FieldKey, count: number, i: number) =>
    moveYears(
      text,
      { location: count > 1 ? `${FIELD_NAMES[field]}第${i + 1}段` : FIELD_NAMES[field], sectionId: null },
      from,
      year,
      changes,
    );
  if (sourceYear !== null && sourceYear !== year) {
    meta.coverParagraphs = meta.coverParagraphs.map((t, i, all) => moveField(t, 'coverParagraphs', all.length, i));
    meta.attachments = meta.attachments.map((t, i, all) => moveField(t, 'attachments', all.length, i));
    if (meta.note) meta.note = moveField(meta.note, 'note', 1, 0);
  }

  const sections = copySections(doc.sections, skeleton);
  let preamble = skeleton ? [] : [...doc.preamble];
  const draft: YaodianDocument = { meta, preamble, sections, numbering: { ...doc.numbering }, toc: null, warnings: [] };
  if (sourceYear !== null && sourceYear !== year) {
    preamble = preamble.map((t, i, all) => moveField(t, 'preamble', all.length, i));
    const locations = sectionLocations(draft);
    const walk = (list: Section[]) => {
      for (const s of list) {
        const where = locations.get(s.id) ?? '';
        s.heading = moveYears(s.heading, { location: `${where} 标题`, sectionId: s.id }, from, year, changes);
        s.paragraphs = s.paragraphs.map((p, i) =>
          moveYears(
            p,
            { location: `${where} ${s.paragraphs.length > 1 ? `正文第${i + 1}段` : '正文'}`, sectionId: s.id },
            from,
            year,
            changes,
          ),
        );
        walk(s.children);
      }
    };
    walk(sections);
  }
  if (skeleton) {
    const emptied = countParagraphs(doc.sections) + doc.preamble.length;
    if (emptied) {
      changes.push({
        location: '正文',
        sectionId: null,
        before: `${emptied}段正文`,
        after: '',
        action: 'cleared',
        reason: `只保留框架：保留全部标题和编号方式，清空前言和各章节正文共${emptied}段`,
      });
    }
  }
  return { document: { ...draft, preamble }, changes, year, sourceYear };
}
