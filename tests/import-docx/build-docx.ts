// Builds real .docx files for the import tests with the `docx` library, plus a helper that edits one part of a
// package (for what the library cannot write, such as w:lvlRestart).
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ILevelsOptions,
  type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { computeNumbers } from '../../shared/model/numbering';
import { renderColophonText, renderNoticeText, runInHeadingText } from '../../shared/model/render-text';
import type { Level, Section, YaodianDocument } from '../../shared/model/types';

export const FANGSONG = '仿宋_GB2312';
export const KAITI = '楷体_GB2312';
export const HEITI = '黑体';
export const XIAOBIAOSONG = '方正小标宋简体';

export type Child = ConstructorParameters<typeof Document>[0]['sections'][number]['children'][number];

/** A body paragraph in 3号仿宋, one run per string or run options. */
export function body(...runs: Array<string | IRunOptions>): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    children: runs.map(
      (r) =>
        new TextRun(typeof r === 'string' ? { text: r, font: FANGSONG, size: 32 } : { font: FANGSONG, size: 32, ...r }),
    ),
  });
}

export function centered(text: string, run: Partial<IRunOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, font: FANGSONG, size: 32, ...run })],
  });
}

/** A paragraph numbered by Word list numbering. */
export function listItem(reference: string, level: number, text: string | IRunOptions[], instance?: number): Paragraph {
  const runs = typeof text === 'string' ? [{ text }] : text;
  return new Paragraph({
    numbering: { reference, level, ...(instance !== undefined ? { instance } : {}) },
    children: runs.map((r) => new TextRun({ font: FANGSONG, size: 32, ...r })),
  });
}

export interface NumberingConfig {
  reference: string;
  levels: ILevelsOptions[];
}

export async function pack(
  children: Child[],
  numbering: NumberingConfig[] = [],
  extra: Partial<ConstructorParameters<typeof Document>[0]['sections'][number]> = {},
): Promise<Uint8Array> {
  const doc = new Document({
    ...(numbering.length ? { numbering: { config: numbering } } : {}),
    sections: [{ ...extra, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Rewrites one part of a package (string replacement on its XML) and zips it again. */
export function patchPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  if (!files[part]) throw new Error(`no part ${part}`);
  files[part] = strToU8(edit(strFromU8(files[part])));
  return zipSync(files);
}

export function readPart(bytes: Uint8Array, part: string): string {
  return strFromU8(unzipSync(bytes)[part]);
}

/** The tree without ids, for exact comparison. */
export interface PlainSection {
  level: number;
  heading: string;
  runIn: boolean;
  paragraphs: string[];
  children: PlainSection[];
  sourceLabel?: string | null;
}

export function plain(sections: readonly Section[], withLabels = false): PlainSection[] {
  return sections.map((s) => ({
    level: s.level,
    heading: s.heading,
    runIn: s.runIn,
    paragraphs: [...s.paragraphs],
    children: plain(s.children, withLabels),
    ...(withLabels ? { sourceLabel: s.sourceLabel ?? null } : {}),
  }));
}

export function outline(doc: YaodianDocument): string[] {
  const out: string[] = [];
  const walk = (list: readonly Section[], depth: number) => {
    for (const s of list) {
      out.push(`${'  '.repeat(depth)}${s.level}:${s.heading}`);
      walk(s.children, depth + 1);
    }
  };
  walk(doc.sections, 0);
  return out;
}

/**
 * A .docx as a person would make it in Word from a document: the notice lines, the 要点 on a new page, headings
 * either typed or numbered with Word lists (one list per level; a new list instance under each parent where
 * the level restarts), run-in headings in the level's font before 仿宋 body text, and the 版记 as a table.
 */
export async function wordMade(doc: YaodianDocument, listNumbering: boolean): Promise<Uint8Array> {
  const m = doc.meta;
  const children: Child[] = [];
  const notice = renderNoticeText(doc);
  for (const line of notice) {
    if (line === m.issuerMark) children.push(centered(line, { font: XIAOBIAOSONG, size: 72, color: 'FF0000' }));
    else if (line === m.docNumber || line === m.noticeTitle)
      children.push(centered(line, line === m.noticeTitle ? { font: XIAOBIAOSONG, size: 44 } : {}));
    else children.push(body(line));
  }
  if (m.title) {
    children.push(
      new Paragraph({
        pageBreakBefore: notice.length > 0,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: m.title, font: XIAOBIAOSONG, size: 44 })],
      }),
    );
  }
  for (const p of doc.preamble) children.push(body(p));

  const formats: Record<Level, { format: ILevelsOptions['format']; text: string; font: string }> = {
    1: { format: LevelFormat.CHINESE_COUNTING, text: '%1、', font: HEITI },
    2: { format: LevelFormat.CHINESE_COUNTING, text: '（%1）', font: KAITI },
    3: { format: LevelFormat.DECIMAL, text: '%1.', font: FANGSONG },
    4: { format: LevelFormat.DECIMAL, text: '（%1）', font: FANGSONG },
  };
  const config: NumberingConfig[] = ([1, 2, 3, 4] as Level[]).map((l) => ({
    reference: `level${l}`,
    levels: [{ level: 0, format: formats[l].format, text: formats[l].text, start: 1 }],
  }));
  const numbers = computeNumbers(doc.sections, doc.numbering);
  const instance: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      for (const deeper of [2, 3, 4] as Level[])
        if (deeper > s.level && doc.numbering[deeper] === 'restart') instance[deeper]++;
      const numbered = doc.numbering[s.level] !== 'none';
      const label = listNumbering || !numbered ? '' : numbers.get(s.id)!.label;
      const headFont = formats[s.level].font;
      const [first, ...rest] = s.runIn ? s.paragraphs : [];
      const runs: IRunOptions[] = s.runIn
        ? [{ text: label + runInHeadingText(s.heading), font: headFont }, ...(first ? [{ text: first }] : [])]
        : [{ text: label + s.heading, font: headFont }];
      const numbering =
        listNumbering && numbered ? { reference: `level${s.level}`, level: 0, instance: instance[s.level] } : undefined;
      children.push(
        new Paragraph({
          ...(numbering ? { numbering } : { indent: { firstLine: 640 } }),
          children: runs.map((r) => new TextRun({ font: FANGSONG, size: 32, ...r })),
        }),
      );
      for (const p of s.runIn ? rest : s.paragraphs) children.push(body(p));
      walk(s.children);
    }
  };
  walk(doc.sections);

  const colophon = renderColophonText(doc);
  if (colophon.length) {
    const cell = (text: string) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, font: FANGSONG, size: 28 })] })] });
    children.push(
      new Table({
        rows: colophon.map((line) => {
          // 印发机关 and 印发日期 in two cells of their row, as Word 版记 tables have them
          const parts = line.startsWith('抄送') ? [line] : line.split(/\s{2,}/);
          return new TableRow({ children: parts.map(cell) });
        }),
      }),
    );
  }
  return pack(children, listNumbering ? config : []);
}
