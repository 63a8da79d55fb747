// Import of a PDF with a text layer: the Node side reads the text runs (PDF.js), this module rebuilds the
// lines and the text importer does the rest. A PDF without any text is a scan: no OCR, say so.
import type { YaodianDocument } from '../../model/types';
import { ImportError } from '../errors';
import { importLines } from '../text';
import { pdfPagesToLines } from './lines';
import type { PdfReader } from './types';

export type { PdfPage, PdfReader, PdfTextItem } from './types';
export { pdfPagesToLines } from './lines';

export async function importPdf(bytes: Uint8Array, read: PdfReader): Promise<YaodianDocument> {
  const pages = await read(bytes);
  const lines = pdfPagesToLines(pages);
  if (!lines.some((l) => /[\u4e00-\u9fff\w]/.test(l.text))) {
    throw new ImportError(
      'no-text-layer',
      `PDF 中没有文字层（共 ${pages.length} 页，都是图片），可能是扫描件；本程序不做文字识别，请找到原始 Word 文档或可复制文字的 PDF`,
    );
  }
  return importLines(lines);
}
