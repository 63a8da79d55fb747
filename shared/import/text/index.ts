// Import of a notice given as lines (from a .txt, a web copy, or Word paragraphs via the .docx importer):
// residue out, 版记 and TOC aside, the notice metadata, the 要点 title and preamble, then the section tree.
import { createDocument, emptyMeta } from '../../model/factory';
import { assertSectionCount } from '../../model/limits';
import { labelFor } from '../../model/numbering';
import type { NoticeMeta, Section, TocEntry, Warning, YaodianDocument } from '../../model/types';
import { ImportError } from '../errors';
import type { SourceLine } from '../source-line';
import { takeAppendices } from './appendices';
import { splitFlattened } from './flattened';
import { removeRunningHeads } from './running-heads';
import { buildSections, recoverLostLead, recoverLostNumbers, settleClosedHeadings, splitHeading } from './build';
import { hasPageBreaks, joinHardWraps, removePdfSpaces } from './hard-wrap';
import { hasLeadItems, liftLeadItems } from './lead-items';
import type { TextLine } from './line';
import { joinBareLabels, toTextLine } from './line';
import { detectModes, mixedSchemes, numberWarnings, settleMixed } from './modes';
import { isTitleCandidate, normaliseDocNumber, takeColophon } from './notice';
import { liftParts } from './parts';
import { bodyStartAfterCover, firstNumbered, readFront, takeClosing } from './layout';
import { stripResidue, valueBeforeKey } from './residue';
import { endsComplete } from './sentences';
import { findToc, headingKey } from './toc';

const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];

function countByLevel(levels: number[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const l of levels) counts[l]++;
  return counts;
}

function describeCounts(counts: number[]): string {
  return (
    [1, 2, 3, 4]
      .filter((l) => counts[l])
      .map((l) => `${LEVEL_NAMES[l]}标题 ${counts[l]} 个`)
      .join('、') || '没有标题'
  );
}

function tocWarnings(toc: TocEntry[], sections: readonly Section[]): Warning[] {
  const warnings: Warning[] = [
    { code: 'toc-found', message: `原文含目录（${toc.length} 条），已单独保留，未作为章节重复导入` },
  ];
  const body: Section[] = [];
  const walk = (list: readonly Section[]) => list.forEach((s) => (body.push(s), walk(s.children)));
  walk(sections);
  const tocCounts = countByLevel(toc.map((e) => e.level));
  const bodyCounts = countByLevel(body.map((s) => s.level));
  const keys = new Set(body.map((s) => headingKey(s.heading)));
  const missing = toc.filter((e) => !keys.has(headingKey(e.heading)));
  if ([1, 2, 3, 4].some((l) => bodyCounts[l] < tocCounts[l]) || missing.length) {
    const first = missing[0];
    const example = first
      ? `；目录中“${labelFor(first.level, first.number)}${first.heading}”等 ${missing.length} 个标题在正文中没有`
      : '';
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
  return {
    code: 'truncated',
    message: `正文最后一段以“…${tail}”结束，没有句末标点，原文可能在句子中间被截断；已导入现有内容`,
  };
}

/**
 * A file cut inside a heading-like line ("三、加强基层" at its very end): the last section has no text and no
 * sections under it while most sections have text, so the document did not end there.
 */
function headingCutWarning(sections: readonly Section[]): Warning | null {
  const all: Section[] = [];
  const walk = (list: readonly Section[]) => list.forEach((s) => (all.push(s), walk(s.children)));
  walk(sections);
  const last = all[all.length - 1];
  if (!last || last.paragraphs.length || last.children.length || all.length < 3) return null;
  const withText = all.filter((s) => s.paragraphs.length || s.children.length).length;
  if (withText < (all.length - 1) * 0.6) return null; // a skeleton of headings, not a cut document
  const tail = [...last.heading].slice(-12).join('');
  return { code: 'truncated', message: `正文最后是标题“…${tail}”，其后没有内容，原文可能在这里被截断；已导入现有内容` };
}

function printedTitle(noticeTitle: string | null): string | null {
  const m = noticeTitle ? /(?:印发|转发|下发)[^《》]{0,20}《([^《》]{2,80})》/.exec(noticeTitle) : null;
  if (m) return m[1];
  const bare = noticeTitle ? /(?:印发|下发)((?:\d{4}年)?[^《》，,。]{2,60}?)的(?:通知|通报)$/.exec(noticeTitle) : null;
  return bare && isTitleCandidate({ text: bare[1], label: null, hint: { text: bare[1] } }) ? bare[1] : null;
}

export function importLines(sourceLines: SourceLine[]): YaodianDocument {
  const read = sourceLines.map(toTextLine).filter((l): l is TextLine => l !== null);
  const all = splitFlattened(removeRunningHeads(read), (text, hint) => toTextLine({ ...hint, text })).map((l) => {
    const value = valueBeforeKey(l.text);
    return value === null ? l : (toTextLine({ ...l.hint, text: value }) ?? l);
  });
  const { kept, fields } = stripResidue(all.map((l) => l.text));
  const { colophon, rest } = takeColophon(kept.map((i) => all[i]));
  const joined = joinHardWraps(rest);
  // pdftotext's spaces between Chinese and digits ("2019 年", "第 2741 号") also tell a PDF copy of a short text
  const pdfSpaced = rest.filter((l) => /[0-9] [年月日号]|[年月第] [0-9]/.test(l.text)).length >= 3;
  let lines = joinBareLabels(
    joined.wrapped || hasPageBreaks(rest) || pdfSpaced ? joined.lines.map(removePdfSpaces) : joined.lines,
  );
  if (!lines.length) throw new ImportError('no-content', '没有找到可导入的正文');
  const warnings: Warning[] = [];
  const split = takeAppendices(lines);
  lines = split.lines;
  lines = liftParts(lines, warnings);

  const toc = findToc(lines);
  if (toc) lines = [...lines.slice(0, toc.start), ...lines.slice(toc.end)];
  lines = recoverLostLead(lines, isTitleCandidate, warnings);

  // The notice, then the 要点 title, preamble and body.
  const bodyStart = bodyStartAfterCover(lines, firstNumbered(lines));
  const front = readFront(lines, bodyStart, fields.noticeTitle ?? null);
  const meta: NoticeMeta = { ...emptyMeta(), ...front.fields, ...colophon, title: front.title };
  if (front.byline) meta.byline = front.byline;

  const preamble = front.preamble;

  const body = lines.slice(bodyStart);
  takeClosing(body, meta);
  const lastLine = body[body.length - 1];
  const recovered = recoverLostNumbers(body, warnings);
  const built = buildSections(recovered);
  assertSectionCount(built.sections); // numerals stop at 99,999; the limit keeps every number within them
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
  meta.docNumber ??= fields.docNumber ? (normaliseDocNumber(fields.docNumber) ?? fields.docNumber) : null;
  meta.date ??= fields.date ?? null;
  // a 要点 printed without its own title takes the one its notice 印发s: 关于印发《2024年工作要点》的通知
  if (sections.length || preamble.length) meta.title ??= printedTitle(meta.noticeTitle);
  meta.issuer = meta.signature ?? meta.issuerMark?.replace(/文件$/, '') ?? fields.publisher ?? null;

  if (!sections.length) {
    const inAppendices = split.appendices.length
      ? `；署名后的${split.appendices.map((a) => a.label).join('、')}已作为附件导入`
      : '';
    warnings.push({
      code: 'no-sections',
      message: `没有找到“一、”“（一）”“1.”等编号标题，正文全部作为前言导入${inAppendices}`,
    });
  }
  const truncated =
    truncationWarning(
      lastLine ?? (preamble.length ? (toTextLine({ text: preamble[preamble.length - 1] }) ?? undefined) : undefined),
    ) ?? (lastLine?.label ? headingCutWarning(sections) : null);
  if (truncated) warnings.push(truncated);
  if (toc) warnings.push(...tocWarnings(toc.entries, sections));

  return createDocument({
    meta,
    preamble,
    sections,
    numbering,
    toc: toc ? toc.entries : null,
    warnings,
    appendices: split.appendices,
  });
}

export function importText(text: string): YaodianDocument {
  // \v is Word's manual line break (Shift+Enter) left in a pasted text
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\v|\u2028|\u2029/);
  return importLines(lines.map((t) => ({ text: t })));
}
