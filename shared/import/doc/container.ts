// An OLE compound file (D0CF11E0…) holds many kinds of Office file. Only a Word 97–2003 / WPS document
// (a WordDocument stream) can be read; the others are named so the user knows what to do.
import CFB from 'cfb';
import { ImportError } from '../errors';

export interface WordStreams {
  wordDocument: Uint8Array;
  /** the table stream, 0Table or 1Table; which one the FIB says */
  table(name: '0Table' | '1Table'): Uint8Array | null;
}

function bytesOf(content: ArrayLike<number> | undefined): Uint8Array | null {
  if (!content) return null;
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

export function openWordStreams(bytes: Uint8Array): WordStreams {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch {
    throw new ImportError('corrupt-docx', '文件已损坏或不完整（Office 复合文档结构无法读取），请重新获取原文件');
  }
  const names = new Set(container.FileIndex.filter((e) => e.type === 2).map((e) => e.name));
  const stream = (name: string) => bytesOf(CFB.find(container, name)?.content);
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) {
    throw new ImportError(
      'encrypted',
      '文档设置了打开密码（已加密），无法读取：请在 Word 或 WPS 中打开，取消密码后另存为 .docx 再导入',
    );
  }
  if (names.has('WordDocument')) {
    return { wordDocument: stream('WordDocument')!, table: (name) => stream(name) };
  }
  if (names.has('Workbook') || names.has('Book'))
    throw new ImportError('unsupported', '这是 Excel 表格（.xls），不是 Word 文档，其中没有可导入的公文');
  if (names.has('PowerPoint Document'))
    throw new ImportError('unsupported', '这是 PowerPoint 演示文稿（.ppt），不是 Word 文档，其中没有可导入的公文');
  throw new ImportError('unsupported', '这是 Office 复合文档，但其中没有 Word 正文（不是 .doc 或 .wps 文字文档）');
}
