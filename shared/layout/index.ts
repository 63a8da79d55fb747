// Pagination for the page view: the document laid out on the GB/T 9704 grid (22 lines × 28 cells a page)
// the way the Word export prints it — notice (版头, 主体), then the 要点 on a new page, then the 版记 at
// the foot of the last page, which must be an even one. Pure: no DOM, so it is unit-tested.
import { formatChineseDate } from '../model/dates';
import { computeNumbers } from '../model/numbering';
import { runInHeadingText } from '../model/render-text';
import type { Level, Section, YaodianDocument } from '../model/types';
import { textCells, wrapText } from './wrap';

export { cellWidth, textCells, wrapText } from './wrap';

export const LINES_PER_PAGE = 22;
export const CELLS_PER_LINE = 28;
/** 2号 titles (22 pt) on the 442 pt 版心: 20 characters a line */
export const TITLE_CELLS = 20;
/** 4号 版记 text (14 pt) with one character's space each side: 30 characters of 14 pt */
export const COLOPHON_CELLS = 30;

export type LineKind =
  | 'blank' | 'copy-number' | 'secrecy' | 'urgency' | 'issuer-mark' | 'doc-number' | 'red-rule' | 'notice-title'
  | 'recipients' | 'cover' | 'attachment' | 'signature' | 'date' | 'note' | 'title' | 'preamble'
  | 'heading' | 'body' | 'cc' | 'printed';

export interface LaidLine {
  kind: LineKind;
  text: string;
  align: 'left' | 'center' | 'right';
  /** cells of indentation before the text (left aligned) or after it (right aligned) */
  indent: number;
  /** grid lines the line occupies (the 发文机关标志 is set large) */
  rows: number;
  /** for heading lines: the level, and the label's length in characters (drawn in the level's typeface) */
  level?: Level;
  labelLength?: number;
  /** characters at the start of this line that belong to a run-in heading (楷体/黑体), the rest is body */
  headingLength?: number;
  sectionId?: string;
  /** first line of a paragraph */
  first?: boolean;
  /** text set flush right on the same line (签发人 beside the 发文字号, 印发日期 beside the 印发机关) */
  rightText?: string;
}

export interface Page {
  index: number;
  /** the printed page number, or null (blank page before the 版记, and the 版记 page after it) */
  number: number | null;
  lines: LaidLine[];
  /** 版记 lines, set at the foot of this page */
  colophon: LaidLine[];
}

export interface Layout {
  pages: Page[];
  pageCount: number;
  /** section id → index of the page its heading starts on */
  sectionPages: Map<string, number>;
}

const line = (kind: LineKind, text: string, extra: Partial<LaidLine> = {}): LaidLine => ({
  kind, text, align: 'left', indent: 0, rows: 1, ...extra,
});
const blank = (): LaidLine => line('blank', '');

function paragraph(kind: LineKind, text: string, extra: Partial<LaidLine> = {}, indent = 2, width = CELLS_PER_LINE): LaidLine[] {
  const parts = wrapText(text, width, indent, 0);
  const out: LaidLine[] = [];
  for (let i = 0; i < parts.length; i++) {
    const l = line(kind, parts[i], extra);
    l.indent = i === 0 ? indent : 0;
    l.first = i === 0;
    out.push(l);
  }
  return out;
}

function centred(kind: LineKind, text: string, width: number): LaidLine[] {
  return wrapText(text, width).map((t) => line(kind, t, { align: 'center' }));
}

function hasNotice(doc: YaodianDocument): boolean {
  const m = doc.meta;
  return Boolean(m.issuerMark || m.issuer || m.docNumber || m.noticeTitle || m.recipients || m.coverParagraphs.length || m.signature || m.date);
}

/** The notice: 版头 and 主体, line by line. */
export function noticeLines(doc: YaodianDocument): LaidLine[] {
  const m = doc.meta;
  const out: LaidLine[] = [];
  if (m.copyNumber) out.push(line('copy-number', m.copyNumber));
  if (m.secrecy) out.push(line('secrecy', m.secrecy));
  if (m.urgency) out.push(line('urgency', m.urgency));
  // the mark's upper edge sits 35 mm (about 3.4 lines) below the top of the 版心
  while (out.length < 3) out.push(blank());
  const mark = m.issuerMark || (m.issuer ? `${m.issuer}文件` : '');
  if (mark) out.push(line('issuer-mark', mark, { align: 'center', rows: 2 }));
  out.push(blank(), blank());
  if (m.docNumber || m.signer) {
    if (m.signer) out.push(line('doc-number', m.docNumber ?? '', { indent: 1, rightText: `签发人：${m.signer}` }));
    else out.push(line('doc-number', m.docNumber ?? '', { align: 'center' }));
  }
  out.push(line('red-rule', ''));
  if (m.noticeTitle) {
    out.push(blank());
    out.push(...centred('notice-title', m.noticeTitle, TITLE_CELLS));
  }
  if (m.recipients) {
    out.push(blank());
    const r = /[:：]$/.test(m.recipients) ? m.recipients : `${m.recipients}：`;
    out.push(...paragraph('recipients', r, {}, 0));
  }
  for (const p of m.coverParagraphs) out.push(...paragraph('cover', p));
  if (m.attachments.length) {
    out.push(blank());
    if (m.attachments.length === 1) out.push(...paragraph('attachment', `附件：${m.attachments[0]}`));
    else m.attachments.forEach((a, i) => out.push(...wrapText(`${i === 0 ? '附件：' : ''}${i + 1}.${a}`, CELLS_PER_LINE, i === 0 ? 2 : 5, 7).map((t, j) => line('attachment', t, { indent: j === 0 ? (i === 0 ? 2 : 5) : 7 }))));
  }
  const date = formatChineseDate(m.date);
  if (m.signature || date) out.push(blank());
  // without a seal: 署名 two characters from the right; the date below, starting two characters further right
  const sigCells = textCells(m.signature ?? '');
  const dateCells = textCells(date);
  if (m.signature) out.push(line('signature', m.signature, { align: 'right', indent: dateCells > sigCells - 2 ? 2 + Math.max(0, dateCells - sigCells + 2) : 2 }));
  if (date) out.push(line('date', date, { align: 'right', indent: dateCells > sigCells - 2 ? 2 : Math.max(2, 2 + sigCells - 2 - dateCells) }));
  if (m.note) out.push(...paragraph('note', m.note));
  return out;
}

/**
 * One section's own lines (heading and paragraphs, not its children), kept per section object: sections are
 * immutable and an edit replaces only the ones it touches, so re-laying a long 要点 after a keystroke breaks
 * one paragraph again, not all of them.
 */
const laidSections = new WeakMap<Section, { label: string; lines: readonly LaidLine[] }>();

function sectionLines(s: Section, label: string): readonly LaidLine[] {
  const cached = laidSections.get(s);
  if (cached && cached.label === label) return cached.lines;
  const out: LaidLine[] = [];
  const extra = { level: s.level, labelLength: label.length, sectionId: s.id };
  if (s.runIn) {
    const head = label + runInHeadingText(s.heading);
    const [first = '', ...rest] = s.paragraphs;
    const lines = paragraph('heading', head + first, extra);
    let left = head.length;
    for (const l of lines) {
      l.headingLength = Math.max(0, Math.min(l.text.length, left));
      left -= l.text.length;
    }
    out.push(...lines);
    for (const p of rest) out.push(...paragraph('body', p, { sectionId: s.id }));
  } else {
    const lines = paragraph('heading', label + s.heading, extra);
    lines.forEach((l) => (l.headingLength = l.text.length));
    out.push(...lines);
    for (const p of s.paragraphs) out.push(...paragraph('body', p, { sectionId: s.id }));
  }
  laidSections.set(s, { label, lines: out });
  return out;
}

/** The 要点: its title, the preamble and every section with its computed number. */
export function bodyLines(doc: YaodianDocument): LaidLine[] {
  const out: LaidLine[] = [];
  if (doc.meta.title) {
    out.push(...centred('title', doc.meta.title, TITLE_CELLS));
    out.push(blank());
  }
  for (const p of doc.preamble) out.push(...paragraph('preamble', p));
  const numbers = computeNumbers(doc.sections, doc.numbering);
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      for (const l of sectionLines(s, numbers.get(s.id)?.label ?? '')) out.push(l);
      walk(s.children);
    }
  };
  walk(doc.sections);
  return out;
}

/** 版记: 抄送 and 印发机关/印发日期 (4号, one character in from each side). */
export function colophonLines(doc: YaodianDocument): LaidLine[] {
  const m = doc.meta;
  const out: LaidLine[] = [];
  if (m.cc) {
    const text = `抄送：${m.cc.replace(/[。.]$/, '')}。`;
    out.push(...wrapText(text, COLOPHON_CELLS - 2, 0, 3).map((t, i) => line('cc', t, { indent: i === 0 ? 1 : 4 })));
  }
  if (m.printedBy || m.printedDate) {
    const date = m.printedDate ? `${formatChineseDate(m.printedDate)}印发` : '';
    out.push(line('printed', m.printedBy ?? '', { indent: 1, rightText: date }));
  }
  return out;
}

function rowsOf(lines: readonly LaidLine[]): number {
  return lines.reduce((n, l) => n + l.rows, 0);
}

/** Lays the whole document out in pages. */
export function paginate(doc: YaodianDocument): Layout {
  const pages: Page[] = [];
  const sectionPages = new Map<string, number>();
  let page: Page | null = null;
  let used = 0;
  const newPage = () => {
    page = { index: pages.length, number: pages.length + 1, lines: [], colophon: [] };
    pages.push(page);
    used = 0;
  };
  const place = (l: LaidLine) => {
    if (!page || used + l.rows > LINES_PER_PAGE) newPage();
    // a blank line never opens a page
    if (l.kind === 'blank' && used === 0 && pages.length > 1) return;
    if (l.sectionId && l.first && l.kind === 'heading' && !sectionPages.has(l.sectionId)) sectionPages.set(l.sectionId, pages.length - 1);
    page!.lines.push(l);
    used += l.rows;
  };
  if (hasNotice(doc)) {
    noticeLines(doc).forEach(place);
    newPage();
  }
  bodyLines(doc).forEach(place);
  if (!page) newPage();

  const colophon = colophonLines(doc);
  if (colophon.length) {
    const need = rowsOf(colophon) + 1; // a line's room for the separator rules
    let last = pages[pages.length - 1];
    const fits = LINES_PER_PAGE - used >= need;
    if (pages.length % 2 === 1) {
      // odd last page: the 版记 goes on the even page after it
      newPage();
      last = pages[pages.length - 1];
    } else if (!fits) {
      // even and full: a blank page, then the 版记 page; neither carries a number
      newPage();
      const blankPage = pages[pages.length - 1];
      newPage();
      last = pages[pages.length - 1];
      blankPage.number = null;
      last.number = null;
    }
    last.colophon = colophon;
  }
  return { pages, pageCount: pages.length, sectionPages };
}

/** "— 3 —", as the page number is printed. */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}
