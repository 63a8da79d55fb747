// yaodian import <文件> [--json]: the parsed document as the interchange JSON, or a readable outline with
// numbers as they will print, the notice metadata and the import warnings.
import { FileImportError, loadDocumentFromFile } from '../../electron/services/import-file';
import { countSections } from '../../shared/model/tree';
import { computeNumbers } from '../../shared/model/numbering';
import { toJson } from '../../shared/model/interchange';
import type { Level, NumberingMode, Section, YaodianDocument } from '../../shared/model/types';
import { parseFileArgs } from '../args';

const USAGE =
  '用法：yaodian import <文件> [--json]   （文件：.txt、.docx、.doc、.wps、.pdf、.html、.mhtml 或要点 JSON，按内容识别）';
const LEVEL_NAMES: Record<Level, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };
const MODE_NAMES: Record<NumberingMode, string> = {
  continuous: '全文连续编号',
  restart: '在上级标题下重新编号',
  none: '不编号',
};

function preview(text: string, max = 24): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

function paragraphsNote(paragraphs: readonly string[]): string {
  if (!paragraphs.length) return '';
  return `  ${paragraphs.length} 段「${preview(paragraphs[0])}」`;
}

export function formatOutline(doc: YaodianDocument, fileName: string): string {
  const m = doc.meta;
  const out: string[] = [`文件：${fileName}`];
  const field = (name: string, value: string | null | undefined) => {
    if (value) out.push(`  ${name}：${value}`);
  };
  out.push('', '【通知】');
  const before = out.length;
  field('发文机关', m.issuer);
  field('发文机关标志', m.issuerMark);
  field('份号', m.copyNumber);
  field('密级', m.secrecy);
  field('紧急程度', m.urgency);
  field('发文字号', m.docNumber);
  field('签发人', m.signer);
  field('标题', m.noticeTitle);
  field('主送', m.recipients);
  if (m.coverParagraphs.length) out.push(`  正文：${m.coverParagraphs.length} 段「${preview(m.coverParagraphs[0])}」`);
  if (m.attachments.length) out.push(`  附件：${m.attachments.join('；')}`);
  field('署名', m.signature);
  field('成文日期', m.date);
  field('附注', m.note);
  field('抄送', m.cc);
  if (m.printedBy || m.printedDate) out.push(`  印发：${[m.printedBy, m.printedDate].filter(Boolean).join(' ')}`);
  if (out.length === before) out.push('  （原文没有通知部分）');

  out.push('', '【要点】');
  out.push(`  标题：${m.title ?? '（未找到）'}`);
  if (doc.preamble.length) out.push(`  前言：${doc.preamble.length} 段「${preview(doc.preamble[0])}」`);
  const levels = new Set<Level>();
  const walkLevels = (list: readonly Section[]) => list.forEach((s) => (levels.add(s.level), walkLevels(s.children)));
  walkLevels(doc.sections);
  const sorted = [...levels].sort();
  if (sorted.length)
    out.push(
      `  编号：${sorted.map((l) => `${LEVEL_NAMES[l]}${l === 1 && doc.numbering[l] !== 'none' ? '依次编号' : MODE_NAMES[doc.numbering[l]]}`).join('；')}`,
    );
  out.push('');

  const numbers = computeNumbers(doc.sections, doc.numbering);
  const counts: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const walk = (list: readonly Section[], depth: number) => {
    for (const s of list) {
      counts[s.level]++;
      const label = numbers.get(s.id)?.label || '·';
      const heading = s.heading || '（无标题）';
      const marker = s.runIn ? '〔接排〕' : '';
      out.push(`${'  '.repeat(depth + 1)}${label}${heading}${marker}${paragraphsNote(s.paragraphs)}`);
      walk(s.children, depth + 1);
    }
  };
  walk(doc.sections, 0);
  const total = countSections(doc.sections);
  out.push('', `共 ${total} 个标题：${sorted.map((l) => `${LEVEL_NAMES[l]} ${counts[l]} 个`).join('，') || '无'}`);
  if (doc.toc) out.push(`原文目录 ${doc.toc.length} 条（单独保留，未作为章节导入）`);
  if (doc.warnings.length) {
    out.push('', `警告（${doc.warnings.length}）：`);
    for (const w of doc.warnings) out.push(`  [${w.code}] ${w.message}`);
  } else {
    out.push('没有警告。');
  }
  return out.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseFileArgs('import', '导入', USAGE, args);
  if (typeof parsed === 'number') return parsed;
  const { json, file } = parsed;
  let doc: YaodianDocument;
  try {
    doc = await loadDocumentFromFile(file);
  } catch (e) {
    const message =
      e instanceof FileImportError ? e.message : `无法导入“${file}”：${(e as Error)?.message ?? String(e)}`;
    console.error(`yaodian import：${oneLine(message)}`);
    return 1;
  }
  process.stdout.write(json ? `${JSON.stringify(toJson(doc), null, 2)}\n` : `${formatOutline(doc, file)}\n`);
  return 0;
}
