// The main text of a Word 97–2003 binary document ([MS-DOC]): the FIB gives the table stream and the piece
// table (CLX); each piece is a run of characters stored either as UTF-16 or as 8-bit "compressed" text.
// Only the main document (the first ccpText characters) is read: footnotes, headers and footers (page numbers,
// running titles) follow it in the same character stream and are left out.
import { ImportError } from '../errors';
import type { WordStreams } from './container';

const WORD_97_IDENT = 0xa5ec;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const F_OBFUSCATED = 0x8000;

const cp1252 = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A run of characters stored together: character positions [cpStart, cpEnd) from file offset fc. */
export interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

export interface MainText {
  /** the main document, with Word's marks still in (\r paragraph, \x07 cell, \x13–\x15 fields) */
  text: string;
  pieces: Piece[];
  /** the FIB's view of the WordDocument stream, for the tables it points to */
  fib: DataView;
  table: Uint8Array;
}

/** File offset of the character at cp, or -1 when no piece holds it. */
export function fcOf(pieces: readonly Piece[], cp: number): number {
  for (const p of pieces) if (cp >= p.cpStart && cp < p.cpEnd) return p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2);
  return -1;
}

export function readMainText(streams: WordStreams): MainText {
  const word = streams.wordDocument;
  if (word.length < 0x1aa) throw new ImportError('corrupt-docx', 'Word 文档的文件头不完整，文件可能已损坏');
  const fib = view(word);
  const ident = fib.getUint16(0, true);
  const nFib = fib.getUint16(2, true);
  if (ident !== WORD_97_IDENT || nFib < 101) {
    throw new ImportError(
      'unsupported',
      '这是 Word 6.0/95 或更早版本的文档，无法直接导入：请在 Word 或 WPS 中另存为 .docx 后再导入',
    );
  }
  const flags = fib.getUint16(0x0a, true);
  if (flags & (F_ENCRYPTED | F_OBFUSCATED)) {
    throw new ImportError(
      'encrypted',
      '文档设置了打开密码（已加密），无法读取：请在 Word 或 WPS 中打开，取消密码后另存为 .docx 再导入',
    );
  }
  const table = streams.table(flags & F_WHICH_TABLE ? '1Table' : '0Table');
  if (!table) throw new ImportError('corrupt-docx', 'Word 文档缺少表格流（文件可能已损坏）');
  const ccpText = fib.getInt32(0x4c, true);
  const fcClx = fib.getUint32(0x1a2, true);
  const lcbClx = fib.getUint32(0x1a6, true);
  if (ccpText < 0 || fcClx + lcbClx > table.length || lcbClx === 0) {
    throw new ImportError('corrupt-docx', 'Word 文档的分段表无法读取（文件可能已损坏）');
  }
  const pieces = readPieceTable(table.subarray(fcClx, fcClx + lcbClx));
  return { text: decodePieces(word, pieces, ccpText), pieces, fib, table };
}

/** The piece table (PlcPcd inside the CLX). */
function readPieceTable(clx: Uint8Array): Piece[] {
  const v = view(clx);
  let pos = 0;
  while (pos < clx.length && clx[pos] === 0x01) pos += 3 + v.getUint16(pos + 1, true); // Prc: formatting, skipped
  if (clx[pos] !== 0x02 || pos + 5 > clx.length)
    throw new ImportError('corrupt-docx', 'Word 文档的分段表格式不对（文件可能已损坏）');
  const lcb = v.getUint32(pos + 1, true);
  const plc = pos + 5;
  const n = Math.floor((lcb - 4) / 12);
  if (n <= 0 || plc + lcb > clx.length)
    throw new ImportError('corrupt-docx', 'Word 文档的分段表长度不对（文件可能已损坏）');
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const raw = v.getUint32(plc + (n + 1) * 4 + i * 8 + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({
      cpStart: v.getInt32(plc + i * 4, true),
      cpEnd: v.getInt32(plc + (i + 1) * 4, true),
      fc: compressed ? fc / 2 : fc,
      compressed,
    });
  }
  return pieces;
}

/** Decodes the first `count` characters: 8-bit pieces as Windows-1252, the others as UTF-16. */
function decodePieces(word: Uint8Array, pieces: readonly Piece[], count: number): string {
  const parts: string[] = [];
  let taken = 0;
  for (const p of pieces) {
    if (taken >= count) break;
    const length = Math.min(p.cpEnd - p.cpStart, count - taken);
    if (length <= 0) continue;
    const end = p.fc + (p.compressed ? length : length * 2);
    if (end > word.length) throw new ImportError('corrupt-docx', 'Word 文档的文字超出文件范围（文件不完整或已损坏）');
    parts.push((p.compressed ? cp1252 : utf16).decode(word.subarray(p.fc, end)));
    taken += length;
  }
  return parts.join('');
}
