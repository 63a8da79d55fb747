// Attachment content printed after the notice's 署名 and 成文日期 (GB/T 9704 §7.3.7): a mark "附件" / "附件1" at
// the top left, the attachment's title, then its text and tables. It becomes doc.appendices, never sections,
// and never takes the 署名, 成文日期 or 附注 before it. The one exception is the 要点 itself printed as the
// attachment of a 印发 notice ("附件" / "2024年工作要点" / "一、…"): that stays the body.
import type { Appendix, AppendixBlock } from '../../model/types';
import { readDate } from './dates';
import type { TextLine } from './line';
import { NOTE_LINE, isTitleCandidate, signatureWithDate } from './notice';
import { charLength } from './sentences';

/** "附件" / "附件1" / "附件2：" / "附 件" alone on its line */
const MARK = /^附[\s\u3000]*件[\s\u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})?[\s\u3000]*[：:.．]?$/;
/** a later attachment's mark: numbered */
const NUMBERED_MARK = /^附[\s\u3000]*件[\s\u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[\s\u3000]*[：:.．]?$/;

function isClosingDate(line: TextLine): boolean {
  return !line.label && charLength(line.text) <= 40 && !!(readDate(line.text) || signatureWithDate(line.text));
}

const squash = (t: string) => t.replace(/[\s\u3000]+/g, '');

/** What the notice 印发/转发: 《X》 on a line that says so, or X in "关于印发X的通知". */
function printedObjects(lines: readonly TextLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (!/印发|转发|下发|发布/.test(l.text)) continue;
    for (const m of l.text.matchAll(/《([^《》]{2,80})》/g)) out.push(squash(m[1]));
    const bare = /(?:印发|转发|下发)([^《》，,。]{2,80}?)的(?:通知|通报)$/.exec(l.text);
    if (bare) out.push(squash(bare[1]));
  }
  return out;
}

/** The attachment's title: the short line(s) after the mark, a title broken over two lines joined. */
function readTitle(lines: readonly TextLine[], from: number): { title: string | null; next: number } {
  const first = lines[from];
  if (!first || first.label || charLength(first.text) > 60 || /[。；;：:]$/.test(first.text) || MARK.test(first.text)) {
    return { title: null, next: from };
  }
  let title = first.text;
  let next = from + 1;
  const second = lines[next];
  // "关于湖北省巴东县官渡口镇马鬃山村" / "地质险情调研情况的报告": the second line ends with the kind of text
  if (
    second &&
    !second.label &&
    charLength(second.text) <= 40 &&
    !/[。；;：:，,]/.test(second.text) &&
    !/[。；;：:，,]$/.test(first.text) &&
    !MARK.test(second.text) &&
    !/\t|\|/.test(second.text) &&
    KIND_END.test(second.text)
  ) {
    title += second.text;
    next++;
  }
  return { title, next };
}

const KIND_END = /(?:报告|意见|方案|办法|制度|清单|一览表|表|规定|细则|目录|要点|标准|样图|计划|汇总)$/;

/** Cells of a table row as a copy gives them: tab-separated, or between pipes. */
function rowCells(text: string): string[] | null {
  if (text.includes('\t')) return text.split('\t').map((c) => c.trim());
  const pipes = text.replace(/^\||\|$/g, '').split(/[|｜]/);
  return pipes.length >= 3 ? pipes.map((c) => c.trim()) : null;
}

/** A Word table row the .docx reader gave as one line, its cells two spaces apart. */
function wordRowCells(line: TextLine): string[] | null {
  if ((line.hint as { origin?: string }).origin !== 'table') return null;
  const cells = line.hint.text.trim().split(/[\s\u3000]{2,}/);
  return cells.length >= 2 ? cells : null;
}

function blocksOf(lines: readonly TextLine[]): AppendixBlock[] {
  const blocks: AppendixBlock[] = [];
  for (const l of lines) {
    const raw = l.hint.text.trim();
    const cells = wordRowCells(l) ?? rowCells(raw);
    const last = blocks[blocks.length - 1];
    if (cells && cells.filter(Boolean).length >= 2) {
      if (/^[-:\s|]+$/.test(raw)) continue; // a Markdown rule under the header row
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells], headerRows: 1 });
    } else blocks.push({ kind: 'paragraph', text: l.text });
  }
  for (const b of blocks) if (b.kind === 'table' && b.rows.length < 2) b.headerRows = 0;
  return blocks;
}

/**
 * Splits the attachments printed after the 署名 off the lines. The split point is a mark line right after the
 * 成文日期 (and its 附注); each later numbered mark starts another attachment.
 */
export function takeAppendices(lines: TextLine[]): { lines: TextLine[]; appendices: Appendix[] } {
  let start = -1;
  for (let d = 0; d < lines.length && start < 0; d++) {
    if (!isClosingDate(lines[d])) continue;
    let k = d + 1;
    while (k < lines.length && NOTE_LINE.test(lines[k].text)) k++;
    if (k < lines.length && MARK.test(lines[k].text) && k + 1 < lines.length) start = k;
  }
  if (start < 0) return { lines, appendices: [] };
  const before = lines.slice(0, start);
  const { title } = readTitle(lines, start + 1);
  // the 要点 printed as the attachment of its 印发 notice stays the body
  const objects = printedObjects(before);
  if (
    title &&
    (objects.includes(squash(title)) ||
      (isTitleCandidate({ ...lines[start + 1], text: title }) && !before.some((l) => l.label?.level === 1)))
  ) {
    return { lines, appendices: [] };
  }
  const appendices: Appendix[] = [];
  let i = start;
  while (i < lines.length) {
    let end = i + 1;
    while (end < lines.length && !NUMBERED_MARK.test(lines[end].text)) end++;
    const t = readTitle(lines, i + 1);
    appendices.push({
      label: lines[i].text.replace(/[\s\u3000]+/g, '').replace(/[：:.．]$/, ''),
      title: t.title,
      blocks: blocksOf(lines.slice(t.next, end)),
    });
    i = end;
  }
  return { lines: before, appendices };
}
