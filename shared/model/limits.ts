// The document limits, decided once: import, paste, open, save (the contract's schemas) and the browser-mode host
// all use these numbers, so whatever is imported can also be saved. A 要点 notice has tens to a few hundred
// sections and tens of thousands of characters; the limits are far above that (issue 13 asks that a 20,000-section
// document import, export and compare within its time and memory budgets) and within what the program can write:
// the Chinese numerals stop at 九万九千九百九十九 (MAX_CHINESE_NUMERAL), so no numbering mode can run out of them.
import { UserError } from '../errors';
import type { Section, YaodianDocument } from './types';

export const LIMITS = {
  /**
   * sections in a whole document (every level): the 20,000 of issue 13's largest document; every number stays
   * ≤ 99,999 (the largest Chinese numeral written) whatever the numbering mode
   */
  sections: 20_000,
  /** nesting of sections: the four levels 一、（一）1.（1） */
  depth: 4,
  /** paragraphs under one section, in the preamble or in the notice's cover text */
  paragraphs: 5_000,
  /** characters of one paragraph or heading */
  paragraphChars: 100_000,
  /** characters of a whole document, and of a pasted text: room for 20,000 sections of a few sentences each */
  totalChars: 4_000_000,
  /** nesting of a JSON value (interchange file, API input) before its schema is even looked at */
  jsonDepth: 64,
  /** characters of one field of the notice (发文机关, 标题, 主送…) */
  fieldChars: 2_000,
  /** attachments named in 附件说明, and attachment contents after the 署名 */
  attachments: 50,
  /** cells in one row of an attachment's table */
  tableColumns: 100,
} as const;

export type LimitName = keyof typeof LIMITS;

const LIMIT_NAMES: Record<LimitName, { what: string; unit: string }> = {
  sections: { what: '标题（章节）数', unit: '个' },
  depth: { what: '标题层级', unit: '级' },
  paragraphs: { what: '一处的段落数', unit: '段' },
  paragraphChars: { what: '一段的字数', unit: '字' },
  totalChars: { what: '全文字数', unit: '字' },
  jsonDepth: { what: '数据嵌套层数', unit: '层' },
  fieldChars: { what: '一项通知信息（如标题、主送机关）的字数', unit: '字' },
  attachments: { what: '附件数', unit: '个' },
  tableColumns: { what: '附件表格一行的格数', unit: '格' },
};

const fmt = (n: number) => n.toLocaleString('en-US');

/** A document (or input) past one of LIMITS; the message names the limit and by how much it was passed. */
export class LimitError extends UserError {
  constructor(
    readonly limit: LimitName,
    readonly actual: number,
    where = '',
  ) {
    const { what, unit } = LIMIT_NAMES[limit];
    const max = LIMITS[limit];
    const advice =
      limit === 'jsonDepth'
        ? '不像是要点文档的数据，请检查文件内容'
        : '不像是一份要点通知；请分成几份文档，或删去多余的内容后再试';
    const over = `超过上限 ${fmt(max)} ${unit}（多出 ${fmt(actual - max)} ${unit}）`;
    super('invalid-input', `${where}${what}为 ${fmt(actual)} ${unit}，${over}，${advice}`);
  }
}

/** Throws LimitError when a text is longer than `limit` characters (UTF-16 units, as the schemas count). */
export function assertTextWithin(text: string, limit: 'paragraphChars' | 'totalChars', where = ''): void {
  if (text.length > LIMITS[limit]) throw new LimitError(limit, text.length, where);
}

/**
 * Measures how deeply a parsed JSON value nests, without recursion (a 20,000-deep array must not overflow the
 * stack), and throws LimitError past LIMITS.jsonDepth. Run it before schema parsing, which does recurse.
 */
export function assertJsonDepth(value: unknown, where = ''): void {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > LIMITS.jsonDepth) throw new LimitError('jsonDepth', measureDepth(value), where);
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
}

function measureDepth(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, depth);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return max;
}

export interface DocumentSize {
  fieldChars: number;
  attachments: number;
  tableColumns: number;
  sections: number;
  depth: number;
  /** most paragraphs in one place (a section, the preamble, the cover text) */
  paragraphs: number;
  /** longest paragraph or heading */
  paragraphChars: number;
  totalChars: number;
}

/** Counts what LIMITS bound, iteratively (an over-deep tree from any source cannot overflow the stack). */
export function measureDocument(doc: YaodianDocument): DocumentSize {
  const size: DocumentSize = {
    sections: 0,
    depth: 0,
    paragraphs: 0,
    paragraphChars: 0,
    totalChars: 0,
    fieldChars: 0,
    tableColumns: 0,
    attachments: Math.max(doc.meta.attachments?.length ?? 0, doc.appendices?.length ?? 0),
  };
  for (const value of Object.values(doc.meta)) {
    if (typeof value === 'string') size.fieldChars = Math.max(size.fieldChars, value.length);
  }
  for (const name of doc.meta.attachments ?? []) size.fieldChars = Math.max(size.fieldChars, name.length);
  const texts = (list: readonly string[]) => {
    size.paragraphs = Math.max(size.paragraphs, list.length);
    for (const t of list) {
      size.paragraphChars = Math.max(size.paragraphChars, t.length);
      size.totalChars += t.length;
    }
  };
  texts(doc.preamble);
  texts(doc.meta.coverParagraphs ?? []);
  for (const a of doc.appendices ?? []) {
    size.fieldChars = Math.max(size.fieldChars, a.label.length, a.title?.length ?? 0);
    size.paragraphs = Math.max(size.paragraphs, a.blocks.length);
    texts(a.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])));
    for (const b of a.blocks) {
      if (b.kind !== 'table') continue;
      size.paragraphs = Math.max(size.paragraphs, b.rows.length);
      for (const row of b.rows) {
        size.tableColumns = Math.max(size.tableColumns, row.length);
        texts(row);
      }
    }
  }
  // every save measures the whole document: the sections are counted in locals, without a call per text
  let { sections, depth, paragraphs, paragraphChars, totalChars } = size;
  const lists: Array<readonly Section[]> = [doc.sections];
  const depths: number[] = [1];
  while (lists.length) {
    const list = lists.pop()!;
    const at = depths.pop()!;
    if (list.length && at > depth) depth = at;
    sections += list.length;
    for (const s of list) {
      const texts = s.paragraphs;
      if (texts.length > paragraphs) paragraphs = texts.length;
      let chars = s.heading.length;
      if (chars > paragraphChars) paragraphChars = chars;
      for (const t of texts) {
        if (t.length > paragraphChars) paragraphChars = t.length;
        chars += t.length;
      }
      totalChars += chars;
      if (s.children.length) {
        lists.push(s.children);
        depths.push(at + 1);
      }
    }
  }
  return { ...size, sections, depth, paragraphs, paragraphChars, totalChars };
}

/** Throws LimitError past LIMITS.sections: importers call it right after building the tree, before numbering. */
export function assertSectionCount(sections: readonly Section[]): void {
  let count = 0;
  const stack: Array<readonly Section[]> = [sections];
  while (stack.length) {
    const list = stack.pop()!;
    count += list.length;
    for (const s of list) if (s.children.length) stack.push(s.children);
  }
  if (count > LIMITS.sections) throw new LimitError('sections', count);
}

/**
 * Counts the sections of interchange JSON before it is parsed into a document (parsing 200,000 sections costs
 * seconds and hundreds of MB only to be refused): `sections` and every `children` list, iteratively.
 */
export function assertRawSectionCount(input: unknown, where = ''): void {
  let count = 0;
  const stack: unknown[] = [(input as { sections?: unknown } | null)?.sections];
  while (stack.length) {
    const list = stack.pop();
    if (!Array.isArray(list)) continue;
    count += list.length;
    if (count > LIMITS.sections) throw new LimitError('sections', countAll(input), where);
    for (const s of list) if (s && typeof s === 'object') stack.push((s as { children?: unknown }).children);
  }
}

function countAll(input: unknown): number {
  let count = 0;
  const stack: unknown[] = [(input as { sections?: unknown } | null)?.sections];
  while (stack.length) {
    const list = stack.pop();
    if (!Array.isArray(list)) continue;
    count += list.length;
    for (const s of list) if (s && typeof s === 'object') stack.push((s as { children?: unknown }).children);
  }
  return count;
}

const ORDER: ReadonlyArray<Exclude<LimitName, 'jsonDepth'>> = [
  'totalChars',
  'sections',
  'depth',
  'paragraphs',
  'paragraphChars',
  'fieldChars',
  'attachments',
  'tableColumns',
];

/** The first limit a document passes, or null. */
function exceededLimit(doc: YaodianDocument): LimitError | null {
  const size = measureDocument(doc);
  for (const name of ORDER) if (size[name] > LIMITS[name]) return new LimitError(name, size[name]);
  return null;
}

/** Throws LimitError when the document passes any of LIMITS (`where` prefixes the message, e.g. a file name). */
export function assertWithinLimits(doc: YaodianDocument, where = ''): void {
  const err = exceededLimit(doc);
  if (err) throw new LimitError(err.limit, err.actual, where);
}
