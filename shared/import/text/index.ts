// Import of a notice given as lines (from a .txt, a web copy, or Word paragraphs via the .docx importer):
// residue out, 版记 and TOC aside, the notice metadata, the 要点 title and preamble, then the section tree.
import { parseChineseDate } from '../../model/dates';
import { createDocument, emptyMeta } from '../../model/factory';
import { labelFor } from '../../model/numbering';
import type { NoticeMeta, Section, TocEntry, Warning, YaodianDocument } from '../../model/types';
import { ImportError } from '../errors';
import type { SourceLine } from '../source-line';
import { buildSections, recoverLostNumbers, splitHeading } from './build';
import { hasLeadItems, liftLeadItems } from './lead-items';
import type { TextLine } from './line';
import { toTextLine } from './line';
import { detectModes, numberWarnings } from './modes';
import { NOTE_LINE, isAttachmentLine, normaliseDocNumber, isSignatureLine, isTitleCandidate, parseNoticeFront, signatureWithDate, takeColophon } from './notice';
import { stripResidue } from './residue';
import { charLength, endsComplete, endsWithPunctuation } from './sentences';
import { findToc, headingKey } from './toc';

const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];
/** "附件" / "附件1" alone on a line: the mark GB/T 9704 prints above an attachment (the 要点 itself) */
const ATTACHMENT_MARK = /^附[\s\u3000]*件[\s\u3000]*\d*$/;

/** Index of the first numbered line, skipping the numbered names of a 附件 list. */
function firstNumbered(lines: readonly TextLine[]): number {
  let inAttachments = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (isAttachmentLine(l.text)) inAttachments = true;
    else if (inAttachments && l.label && charLength(l.text) <= 80 && !/。/.test(l.text)) continue;
    else {
      inAttachments = false;
      if (l.label) return i;
    }
  }
  return lines.length;
}

function isShortPlain(text: string, max: number): boolean {
  return charLength(text) <= max && !endsWithPunctuation(text) && !/[。；;]/.test(text) && !parseChineseDate(text);
}

/** 署名, 成文日期 and 附注 written after the 要点 (a 要点 issued without a cover letter). */
function takeClosing(body: TextLine[], meta: NoticeMeta): void {
  let tookDate = false;
  while (body.length > 1) {
    const last = body[body.length - 1];
    if (last.label) return;
    const t = last.text;
    const date = parseChineseDate(t);
    const both = date ? null : signatureWithDate(t);
    if (!tookDate && NOTE_LINE.test(t) && !meta.note) meta.note = t;
    else if (!tookDate && (date || both)) {
      meta.date ??= date ?? both!.date;
      if (both) meta.signature ??= both.signature;
      tookDate = true;
    } else if (tookDate && isSignatureLine(t) && !meta.signature) meta.signature = t;
    else return;
    body.pop();
  }
}

function countByLevel(levels: number[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const l of levels) counts[l]++;
  return counts;
}

function describeCounts(counts: number[]): string {
  return [1, 2, 3, 4].filter((l) => counts[l]).map((l) => `${LEVEL_NAMES[l]}标题 ${counts[l]} 个`).join('、') || '没有标题';
}

function tocWarnings(toc: TocEntry[], sections: readonly Section[]): Warning[] {
  const warnings: Warning[] = [{ code: 'toc-found', message: `原文含目录(${toc.length} 条),已单独保留,未作为章节重复导入` }];
  const body: Section[] = [];
  const walk = (list: readonly Section[]) => list.forEach((s) => (body.push(s), walk(s.children)));
  walk(sections);
  const tocCounts = countByLevel(toc.map((e) => e.level));
  const bodyCounts = countByLevel(body.map((s) => s.level));
  const keys = new Set(body.map((s) => headingKey(s.heading)));
  const missing = toc.filter((e) => !keys.has(headingKey(e.heading)));
  if ([1, 2, 3, 4].some((l) => bodyCounts[l] < tocCounts[l]) || missing.length) {
    const first = missing[0];
    const example = first ? `;目录中“${labelFor(first.level, first.number)}${first.heading}”等 ${missing.length} 个标题在正文中没有` : '';
    warnings.push({
      code: 'toc-mismatch',
      message: `目录列出${describeCounts(tocCounts)},正文只有${describeCounts(bodyCounts)}${example},正文可能不完整`,
    });
  }
  return warnings;
}

function truncationWarning(last: TextLine | undefined): Warning | null {
  if (!last) return null;
  let text = last.text;
  if (last.label) {
    const split = splitHeading(last.label.rest);
    if (!split.runIn || !split.paragraphs.length) return null;
    text = split.paragraphs[split.paragraphs.length - 1];
  }
  if (endsComplete(text)) return null;
  const tail = [...text].slice(-12).join('');
  return { code: 'truncated', message: `正文最后一段以“…${tail}”结束,没有句末标点,原文可能在句子中间被截断;已导入现有内容` };
}

export function importLines(sourceLines: SourceLine[]): YaodianDocument {
  const all = sourceLines.map(toTextLine).filter((l): l is TextLine => l !== null);
  const { kept, fields } = stripResidue(all.map((l) => l.text));
  const { colophon, rest } = takeColophon(kept.map((i) => all[i]));
  let lines = rest;
  if (!lines.length) throw new ImportError('no-content', '没有找到可导入的正文');
  const warnings: Warning[] = [];

  const toc = findToc(lines);
  if (toc) lines = [...lines.slice(0, toc.start), ...lines.slice(toc.end)];

  // The notice, then the 要点 title, preamble and body.
  const bodyStart = firstNumbered(lines);
  let titleIdx = -1;
  for (let i = bodyStart - 1; i >= 0; i--) {
    if (isTitleCandidate(lines[i])) {
      titleIdx = i;
      break;
    }
  }
  const regionEnd = titleIdx >= 0 ? titleIdx : bodyStart;
  const front = parseNoticeFront(lines.slice(0, regionEnd));
  const meta: NoticeMeta = { ...emptyMeta(), ...front.fields, ...colophon };
  let leftover = lines.slice(front.consumed, regionEnd).map((l) => l.text);
  let preamble: string[];
  if (titleIdx >= 0) {
    meta.title = lines[titleIdx].text;
    // a web copy repeats the title; Word may break it over two lines ("XX区民政局" / "2025年工作要点")
    leftover = leftover.filter((t) => t !== meta.title && !isTitleCandidate({ text: t, label: null, hint: { text: t } }));
    const before = leftover[leftover.length - 1];
    if (before !== undefined && leftover.length === 1 && before === lines[titleIdx - 1].text && isShortPlain(before, 30)) {
      meta.title = before + meta.title;
      leftover = [];
    }
    meta.coverParagraphs.push(...leftover.filter((t) => !ATTACHMENT_MARK.test(t)));
    preamble = lines.slice(titleIdx + 1, bodyStart).map((l) => l.text);
  } else {
    const rest = lines.slice(front.consumed, regionEnd).filter((l) => !ATTACHMENT_MARK.test(l.text));
    preamble = rest.map((l) => l.text);
    // no 要点-like title: a short line without punctuation (or centred by Word) opening the 要点 is its title
    const first = rest[0];
    if (first && (isShortPlain(first.text, 50) || (first.hint.centered && isShortPlain(first.text, 80))) &&
      (preamble.length > 1 || bodyStart < lines.length)) {
      meta.title = preamble.shift()!;
    }
  }

  const body = lines.slice(bodyStart);
  takeClosing(body, meta);
  const lastLine = body[body.length - 1];
  const recovered = recoverLostNumbers(body, warnings);
  const built = buildSections(recovered);
  preamble.push(...built.leading);
  let sections = built.sections;
  if (hasLeadItems(sections)) sections = liftLeadItems(sections, built.source);
  const numbering = detectModes(sections, built.source);
  warnings.push(...numberWarnings(sections, built.source, numbering));

  // a page's 标题 field may be the 要点's own title rather than a notice's
  if (fields.noticeTitle && /关于|通知$|通报$/.test(fields.noticeTitle)) meta.noticeTitle ??= fields.noticeTitle;
  meta.docNumber ??= fields.docNumber ? normaliseDocNumber(fields.docNumber) ?? fields.docNumber : null;
  meta.date ??= fields.date ?? null;
  meta.issuer = meta.signature ?? meta.issuerMark?.replace(/文件$/, '') ?? fields.publisher ?? null;

  if (!sections.length) {
    warnings.push({ code: 'no-sections', message: '没有找到“一、”“(一)”“1.”等编号标题,正文全部作为前言导入' });
  }
  const truncated = truncationWarning(lastLine);
  if (truncated) warnings.push(truncated);
  if (toc) warnings.push(...tocWarnings(toc.entries, sections));

  return createDocument({ meta, preamble, sections, numbering, toc: toc ? toc.entries : null, warnings });
}

export function importText(text: string): YaodianDocument {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  return importLines(lines.map((t) => ({ text: t })));
}
