// Import of a notice given as lines (from a .txt, a web copy, or Word paragraphs via the .docx importer):
// residue out, 版记 and TOC aside, the notice metadata, the 要点 title and preamble, then the section tree.
import { createDocument, emptyMeta } from '../../model/factory';
import { assertSectionCount } from '../../model/limits';
import { labelFor } from '../../model/numbering';
import type { NoticeMeta, Section, TocEntry, Warning, YaodianDocument } from '../../model/types';
import { ImportError } from '../errors';
import type { SourceLine } from '../source-line';
import { buildSections, recoverLostLead, recoverLostNumbers, settleClosedHeadings, splitHeading } from './build';
import { hasPageBreaks, joinHardWraps, removePdfSpaces } from './hard-wrap';
import { hasLeadItems, liftLeadItems } from './lead-items';
import type { TextLine } from './line';
import { joinBareLabels, toTextLine } from './line';
import { detectModes, mixedSchemes, numberWarnings, settleMixed } from './modes';
import { isTitleCandidate, normaliseDocNumber, takeColophon } from './notice';
import { liftParts } from './parts';
import { bodyStartAfterCover, firstNumbered, readFront, takeClosing } from './layout';
import { stripResidue } from './residue';
import { endsComplete } from './sentences';
import { findToc, headingKey } from './toc';

const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];

function countByLevel(levels: number[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const l of levels) counts[l]++;
  return counts;
}

function describeCounts(counts: number[]): string {
  return [1, 2, 3, 4].filter((l) => counts[l]).map((l) => `${LEVEL_NAMES[l]}标题 ${counts[l]} 个`).join('、') || '没有标题';
}

function tocWarnings(toc: TocEntry[], sections: readonly Section[]): Warning[] {
  const warnings: Warning[] = [{ code: 'toc-found', message: `原文含目录（${toc.length} 条），已单独保留，未作为章节重复导入` }];
  const body: Section[] = [];
  const walk = (list: readonly Section[]) => list.forEach((s) => (body.push(s), walk(s.children)));
  walk(sections);
  const tocCounts = countByLevel(toc.map((e) => e.level));
  const bodyCounts = countByLevel(body.map((s) => s.level));
  const keys = new Set(body.map((s) => headingKey(s.heading)));
  const missing = toc.filter((e) => !keys.has(headingKey(e.heading)));
  if ([1, 2, 3, 4].some((l) => bodyCounts[l] < tocCounts[l]) || missing.length) {
    const first = missing[0];
    const example = first ? `；目录中“${labelFor(first.level, first.number)}${first.heading}”等 ${missing.length} 个标题在正文中没有` : '';
    warnings.push({
      code: 'toc-mismatch',
      message: `目录列出${describeCounts(tocCounts)}，正文只有${describeCounts(bodyCounts)}${example}，正文可能不完整`,
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
  return { code: 'truncated', message: `正文最后一段以“…${tail}”结束，没有句末标点，原文可能在句子中间被截断；已导入现有内容` };
}

export function importLines(sourceLines: SourceLine[]): YaodianDocument {
  const all = sourceLines.map(toTextLine).filter((l): l is TextLine => l !== null);
  const { kept, fields } = stripResidue(all.map((l) => l.text));
  const { colophon, rest } = takeColophon(kept.map((i) => all[i]));
  const joined = joinHardWraps(rest);
  let lines = joinBareLabels(joined.wrapped || hasPageBreaks(rest) ? joined.lines.map(removePdfSpaces) : joined.lines);
  if (!lines.length) throw new ImportError('no-content', '没有找到可导入的正文');
  const warnings: Warning[] = [];
  lines = liftParts(lines, warnings);

  const toc = findToc(lines);
  if (toc) lines = [...lines.slice(0, toc.start), ...lines.slice(toc.end)];
  lines = recoverLostLead(lines, isTitleCandidate, warnings);

  // The notice, then the 要点 title, preamble and body.
  const bodyStart = bodyStartAfterCover(lines, firstNumbered(lines));
  const front = readFront(lines, bodyStart);
  const meta: NoticeMeta = { ...emptyMeta(), ...front.fields, ...colophon, title: front.title };
  const preamble = front.preamble;

  const body = lines.slice(bodyStart);
  takeClosing(body, meta);
  const lastLine = body[body.length - 1];
  const recovered = recoverLostNumbers(body, warnings);
  const built = buildSections(recovered);
  assertSectionCount(built.sections); // numbering stops at 9,999; the limit keeps every number within it
  preamble.push(...built.leading);
  let sections = built.sections;
  if (hasLeadItems(sections)) sections = liftLeadItems(sections, built.source);
  settleClosedHeadings(sections);
  const numbering = detectModes(sections, built.source);
  const mixed = mixedSchemes(sections, built.source);
  settleMixed(sections, built.source, numbering, mixed);
  warnings.push(...numberWarnings(sections, built.source, numbering, mixed));

  // a page's 标题 field may be the 要点's own title rather than a notice's
  if (fields.noticeTitle && /关于|通知$|通报$/.test(fields.noticeTitle)) meta.noticeTitle ??= fields.noticeTitle;
  meta.docNumber ??= fields.docNumber ? normaliseDocNumber(fields.docNumber) ?? fields.docNumber : null;
  meta.date ??= fields.date ?? null;
  meta.issuer = meta.signature ?? meta.issuerMark?.replace(/文件$/, '') ?? fields.publisher ?? null;

  if (!sections.length) {
    warnings.push({ code: 'no-sections', message: '没有找到“一、”“（一）”“1.”等编号标题，正文全部作为前言导入' });
  }
  const truncated = truncationWarning(lastLine ?? (preamble.length ? toTextLine({ text: preamble[preamble.length - 1] }) ?? undefined : undefined));
  if (truncated) warnings.push(truncated);
  if (toc) warnings.push(...tocWarnings(toc.entries, sections));

  return createDocument({ meta, preamble, sections, numbering, toc: toc ? toc.entries : null, warnings });
}

export function importText(text: string): YaodianDocument {
  // \v is Word's manual line break (Shift+Enter) left in a pasted text
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\v|\u2028|\u2029/);
  return importLines(lines.map((t) => ({ text: t })));
}
