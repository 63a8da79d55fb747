// Import of a .docx (or .dotx/.docm) made in Word or WPS: the package is read into source lines that carry
// what Word knows (list labels, centring, size, colour, font), then the text importer's structure detection
// (importLines) builds the document, exactly as for a pasted notice.
import { LimitError, LIMITS } from '../../model/limits';
import type { Warning, YaodianDocument } from '../../model/types';
import { ImportError } from '../errors';
import { importLines } from '../text';
import { BodyReader, type DocxLine, type ReadStats } from './body';
import { BodyStream } from './body-stream';
import { isReddish } from './line';
import { ListNumbering } from './numbering';
import { openPackage, parsePart, type DocxPackage } from './package';
import { StyleSheet } from './styles';
import { child, childrenNamed, onOff, type XElement } from './xml';

const TEXT_ELEMENTS = new Set(['w:t', 'w:instrText', 'm:t']);

export interface DocxReadResult {
  lines: DocxLine[];
  stats: ReadStats;
  isTemplate: boolean;
}

/** Reads a .docx into source lines, without structure detection. Throws ImportError for unreadable files. */
export function readDocxLines(bytes: Uint8Array): DocxReadResult {
  const pkg = openPackage(bytes);
  const rels = pkg.rels(pkg.mainPath);
  const target = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;
  const styles = new StyleSheet(parsePart(pkg, target('styles') ?? 'word/styles.xml'));
  const numbering = new ListNumbering(parsePart(pkg, target('numbering') ?? 'word/numbering.xml'), styles);
  const reader = new BodyReader(styles, numbering);
  // the body's paragraphs are read as the parser closes them and dropped: the tree keeps only w:body itself
  const body = new BodyStream(reader);
  const docRoot = parsePart(pkg, pkg.mainPath, {
    keepTextIn: TEXT_ELEMENTS,
    streamChildrenOf: { name: 'w:body', each: (el) => body.take(el) },
  })!;
  if (docRoot.name !== 'w:document' || !child(docRoot, 'w:body')) {
    throw new ImportError(
      'not-docx',
      `文件内部的 ${pkg.mainPath} 不是 Word 正文（根元素为 ${docRoot.name}），不是有效的 .docx 文件`,
    );
  }
  const lines = body.finish();
  const fromHeader = firstPageHeaderMark(pkg, reader.sections[0], rels, reader);
  return { lines: [...fromHeader, ...reader.hoisted, ...lines], stats: reader.stats, isTemplate: pkg.isTemplate };
}

/**
 * Some 红头 templates put the 发文机关标志 in the first page's header. Headers are otherwise not content
 * (page numbers sit in footers), so only the red lines of the header shown on page 1 are taken.
 */
function firstPageHeaderMark(
  pkg: DocxPackage,
  sectPr: XElement | undefined,
  rels: ReturnType<DocxPackage['rels']>,
  reader: BodyReader,
): DocxLine[] {
  if (!sectPr) return [];
  const wantType = onOff(child(sectPr, 'w:titlePg')) ? 'first' : 'default';
  const ref = childrenNamed(sectPr, 'w:headerReference').find((h) => (h.attrs['w:type'] ?? 'default') === wantType);
  const path = ref ? rels.get(ref.attrs['r:id'] ?? '')?.target : undefined;
  const root = parsePart(pkg, path, { keepTextIn: TEXT_ELEMENTS });
  if (!root) return [];
  return reader.readPart(root).filter((l) => isReddish(l.color));
}

function docxWarnings(stats: ReadStats, isTemplate: boolean): Warning[] {
  const out: Warning[] = [];
  if (stats.revisions > 0)
    out.push({
      code: 'docx-revisions',
      message: `文档含有 ${stats.revisions} 处修订记录，已按“接受全部修订”后的文字导入`,
    });
  if (stats.hiddenRuns > 0)
    out.push({ code: 'docx-hidden-text', message: `文档中有 ${stats.hiddenRuns} 处隐藏文字，未导入` });
  if (stats.pictures > 0)
    out.push({ code: 'docx-pictures', message: `文档中的 ${stats.pictures} 个图片或嵌入对象未导入（只导入文字）` });
  if (stats.invalidChars > 0) {
    out.push({
      code: 'docx-invalid-chars',
      message: `文档中有 ${stats.invalidChars} 个无效的符号字符（不是有效的字符编码），已略去`,
    });
  }
  if (isTemplate) out.push({ code: 'docx-template', message: '这是 Word 模板文件（.dotx），导入的是模板中的示例文字' });
  return out;
}

export async function importDocx(bytes: Uint8Array): Promise<YaodianDocument> {
  const { lines, stats, isTemplate } = readDocxLines(bytes);
  if (!lines.some((l) => l.text !== '' || l.listLabel)) {
    throw new ImportError(
      'no-content',
      isTemplate
        ? '这是一个 Word 模板文件（.dotx），其中没有可导入的文字'
        : '文档中没有文字内容（只有空白段落、图片或表格框线）',
    );
  }
  let chars = 0;
  for (const l of lines) chars += l.text.length;
  if (chars > LIMITS.totalChars) throw new LimitError('totalChars', chars);
  const doc = importLines(lines);
  doc.warnings.push(...docxWarnings(stats, isTemplate));
  return doc;
}
