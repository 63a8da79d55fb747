// Import of a saved web page (.html/.htm, or .mhtml as one file) and of HTML from the clipboard: the page's
// text lines go through the text importer as a pasted copy would.
import type { YaodianDocument } from '../../model/types';
import { ImportError } from '../errors';
import type { SourceLine } from '../source-line';
import { importLines } from '../text';
import { decodeHtml } from './decode';
import { htmlToLines } from './lines';
import { mhtmlToHtml } from './mhtml';

function importHtmlLines(lines: SourceLine[]): YaodianDocument {
  if (!lines.some((l) => /[\u4e00-\u9fff]/.test(l.text))) {
    throw new ImportError('no-content', '网页中没有公文正文（去掉导航、脚本和隐藏内容后没有中文文字）');
  }
  return importLines(lines);
}

export function importHtml(bytes: Uint8Array): YaodianDocument {
  return importHtmlLines(htmlToLines(decodeHtml(bytes)));
}

export async function importMhtml(bytes: Uint8Array): Promise<YaodianDocument> {
  return importHtmlLines(htmlToLines(await mhtmlToHtml(bytes)));
}
