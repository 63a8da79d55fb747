// Import of a Word 97–2003 .doc or a WPS-saved .doc/.wps: the main text is read from the compound file and
// split into paragraphs, each with the label Word's automatic list numbering prints before it (counted by
// the .docx importer's numbering engine), then the text importer's structure detection builds the document.
import type { YaodianDocument } from '../../model/types';
import { ListNumbering } from '../docx/numbering';
import { StyleSheet } from '../docx/styles';
import { ImportError } from '../errors';
import type { SourceLine } from '../source-line';
import { importLines } from '../text';
import { openWordStreams } from './container';
import { readLists } from './lists';
import { readParagraphProps, type ParagraphProps } from './papx';
import { paragraphStyles } from './styles';
import { fcOf, readMainText } from './text';

const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;

interface Paragraph {
  text: string;
  /** character position of the paragraph mark (\r, or \x07 ending a table cell or row) */
  markCp: number;
  cell: boolean;
}

/**
 * The main text as paragraphs. Field codes (HYPERLINK "…", PAGE) are dropped and their results, the text
 * Word shows, kept; pictures and other anchors are dropped; a non-breaking hyphen is a hyphen.
 */
function splitParagraphs(main: string): Paragraph[] {
  const out: Paragraph[] = [];
  const open: boolean[] = []; // one entry per open field: true while in its code part
  let text = '';
  for (let cp = 0; cp < main.length; cp++) {
    const c = main.charCodeAt(cp);
    if (c === FIELD_BEGIN) open.push(true);
    else if (c === FIELD_SEPARATOR) open[open.length - 1] = false;
    else if (c === FIELD_END) open.pop();
    else if (c === 0x0d || c === 0x07) {
      out.push({ text, markCp: cp, cell: c === 0x07 });
      text = '';
    } else if (open.includes(true)) continue;
    else if (c === 0x1e) text += '-';
    else if (c >= 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) text += main[cp];
  }
  if (text) out.push({ text, markCp: main.length, cell: false });
  return out;
}

/** Paragraphs to lines: a row of cells is one line, cells separated by tabs; \v and \f break lines. */
function toLines(
  paragraphs: Paragraph[],
  propsAt: (cp: number) => ParagraphProps | null,
  numbering: ListNumbering,
): SourceLine[] {
  const lines: SourceLine[] = [];
  let row: string[] = [];
  for (const p of paragraphs) {
    const props = propsAt(p.markCp);
    if (p.cell) {
      // the row's own end mark; without properties, an empty mark after a cell is taken as the row end
      const rowEnd = props ? props.rowEnd : p.text === '' && row.length > 0;
      if (!rowEnd) {
        row.push(p.text.replace(/[\v\f]/g, ' '));
        continue;
      }
      lines.push({ text: row.join('\t').replace(/\t+$/, '') });
      row = [];
      continue;
    }
    const listLabel = props && props.ilfo > 0 ? numbering.next({ numId: String(props.ilfo), ilvl: props.ilvl }) : null;
    const centered = props?.centered ? { centered: true } : {};
    p.text
      .split(/[\v\f]/)
      .forEach((text, i) => lines.push({ text, ...(i === 0 && listLabel ? { listLabel } : {}), ...centered }));
  }
  if (row.length) lines.push({ text: row.join('\t') });
  return lines;
}

export function readDocLines(bytes: Uint8Array): SourceLine[] {
  const streams = openWordStreams(bytes);
  const main = readMainText(streams);
  const papx = readParagraphProps(streams.wordDocument, main.fib, main.table, paragraphStyles(main.fib, main.table));
  const propsAt = (cp: number) => {
    const fc = fcOf(main.pieces, cp);
    return fc < 0 ? null : papx(fc);
  };
  const numbering = new ListNumbering(readLists(main.fib, main.table), new StyleSheet(null));
  return toLines(splitParagraphs(main.text), propsAt, numbering);
}

/** The lines, or an ImportError: a damaged file that slips past the checks fails with a message too. */
function readOrExplain(bytes: Uint8Array): SourceLine[] {
  try {
    return readDocLines(bytes);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(
      'corrupt-docx',
      'Word 文档（.doc）已损坏或不完整，无法读取：请在 Word 或 WPS 中打开后另存为 .docx 再导入',
    );
  }
}

export function importDoc(bytes: Uint8Array): YaodianDocument {
  const lines = readOrExplain(bytes);
  if (!lines.some((l) => l.text.trim() || l.listLabel)) {
    throw new ImportError('no-content', 'Word 文档中没有文字内容（只有空白段落、图片或表格框线）');
  }
  return importLines(lines);
}
