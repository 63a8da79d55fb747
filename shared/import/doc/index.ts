// Import of a Word 97–2003 .doc or a WPS-saved .doc/.wps: the main text is read from the compound file and
// split into paragraphs, then the text importer's structure detection builds the document. Word's automatic
// list numbers live in the list tables, not in the text, and are not read: typed numbers (the usual case in
// notices) come through as printed.
import type { YaodianDocument } from '../../model/types';
import { ImportError } from '../errors';
import type { SourceLine } from '../source-line';
import { importLines } from '../text';
import { openWordStreams } from './container';
import { readMainText } from './text';

const FIELD_BEGIN = '\x13';
const FIELD_SEPARATOR = '\x14';
const FIELD_END = '\x15';

/** Field codes (HYPERLINK "…", PAGE) are dropped; their results, the text Word shows, are kept. */
function dropFieldCodes(text: string): string {
  if (!text.includes(FIELD_BEGIN)) return text;
  let out = '';
  // one entry per open field: true while in its code part
  const open: boolean[] = [];
  for (const ch of text) {
    if (ch === FIELD_BEGIN) open.push(true);
    else if (ch === FIELD_SEPARATOR) open[open.length - 1] = false;
    else if (ch === FIELD_END) open.pop();
    else if (!open.length || !open.includes(true)) out += ch;
  }
  return out;
}

/**
 * Word's marks to lines: \r ends a paragraph, \v is a manual line break, \f a page or section break; a table
 * cell ends with \x07 and its row with a second one, so cells become tab-separated rows.
 */
export function docTextToLines(main: string): SourceLine[] {
  const text = dropFieldCodes(main)
    .replace(/\x07\x07/g, '\n')
    .replace(/\x07/g, '\t')
    .replace(/\x1e/g, '-')
    .replace(/[\x00-\x06\x08\x1f]/g, '');
  return text.split(/[\r\n\v\f]/).map((t) => ({ text: t.replace(/\t+$/, '') }));
}

export function readDocLines(bytes: Uint8Array): SourceLine[] {
  return docTextToLines(readMainText(openWordStreams(bytes)));
}

export function importDoc(bytes: Uint8Array): YaodianDocument {
  const lines = readDocLines(bytes);
  if (!lines.some((l) => l.text.trim())) throw new ImportError('no-content', 'Word 文档中没有文字内容（只有空白段落、图片或表格框线）');
  return importLines(lines);
}
