// Builds real .docx files for the import tests with the `docx` library, plus a helper that edits one part of a
// package (for what the library cannot write, such as w:lvlRestart).
import { AlignmentType, Document, Packer, Paragraph, TextRun, type IRunOptions, type ILevelsOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { YaodianDocument, Section } from '../../shared/model/types';

export const FANGSONG = '仿宋_GB2312';
export const KAITI = '楷体_GB2312';
export const HEITI = '黑体';
export const XIAOBIAOSONG = '方正小标宋简体';

export type Child = ConstructorParameters<typeof Document>[0]['sections'][number]['children'][number];

/** A body paragraph in 3号仿宋, one run per string or run options. */
export function body(...runs: Array<string | IRunOptions>): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    children: runs.map((r) => new TextRun(typeof r === 'string' ? { text: r, font: FANGSONG, size: 32 } : { font: FANGSONG, size: 32, ...r })),
  });
}

export function centered(text: string, run: Partial<IRunOptions> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: FANGSONG, size: 32, ...run })] });
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

export async function pack(children: Child[], numbering: NumberingConfig[] = [], extra: Partial<ConstructorParameters<typeof Document>[0]['sections'][number]> = {}): Promise<Uint8Array> {
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
