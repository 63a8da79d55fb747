// Bytes of a text file → string. Office PCs save .txt as UTF-8 (with or without BOM), UTF-16 (Notepad's
// "Unicode") or GBK/GB18030; jschardet tells GBK from the rest, TextDecoder (WHATWG) decodes.
import jschardet from 'jschardet';
import { ImportError } from './errors';

const CJK_LEGACY: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'hz-gb-2312': 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  cp950: 'big5',
};

function decode(label: string, bytes: Uint8Array, fatal = true): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, line breaks (\\v is Word's manual one) and form feed: a text notice has none. */
function looksBinary(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd)
      bad++;
  }
  return bad > 8 && bad / text.length > 0.001;
}

function sniffBinaryFormat(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return '这是旧版 Word（.doc）或其他 Office 二进制文件，请在 Word 中另存为 .docx 或 .txt 后再导入';
  if (starts(0x25, 0x50, 0x44, 0x46))
    return '这是 PDF 文件，不能直接导入；请复制其中文字另存为 .txt，或使用 .docx 原件';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return '这是 RTF 文件，请在 Word 中另存为 .docx 后再导入';
  return null;
}

/** Characters a notice is made of: ASCII, CJK, CJK and full-width punctuation, general punctuation. */
function plausibleShare(text: string): number {
  const odd = text.match(
    /[^\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u27bf\u3000-\u303f\u3200-\u32ff\u4e00-\u9fff\uff00-\uffef]/g,
  );
  return text.length ? 1 - (odd ? odd.length : 0) / text.length : 0;
}

/**
 * UTF-16 without a BOM (some converters and mail clients write it): line breaks, digits and spaces leave a
 * zero byte in their pair. Whichever byte order decodes to the characters a notice is made of wins;
 * binary data decodes to code units all over the BMP and is refused. (一 is U+4E00: zeros fall on both
 * sides of the pairs, so the zero bytes' positions alone cannot tell.)
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let best: string | null = null;
  let bestShare = 0.97;
  for (const label of ['utf-16le', 'utf-16be']) {
    const text = decode(label, bytes);
    const share = text === null || text.includes('\0') ? 0 : plausibleShare(text);
    if (share >= bestShare) [best, bestShare] = [text, share];
  }
  return best;
}

/**
 * Simplified-Chinese GBK/GB18030: the trail byte of a double-byte character is 0xA1 or above for all of
 * GB2312 (and for most text), while about half of Big5's are 0x40–0x7E. When nearly all pairs look like
 * GB2312 there is no need to ask jschardet (tens of milliseconds on a long file).
 */
function plainGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let low = 0;
  const end = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < end;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1];
    if (t >= 0x30 && t <= 0x39) {
      i += 4; // a GB18030 four-byte sequence
      continue;
    }
    pairs++;
    if (t < 0xa1) low++;
    i += 2;
  }
  return pairs > 0 && low <= pairs * 0.05;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('empty', '文件是空的（0 字节）');
  let text: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decode('utf-8', bytes.subarray(3), false);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode('utf-16le', bytes.subarray(2), false);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode('utf-16be', bytes.subarray(2), false);
  else {
    const format = sniffBinaryFormat(bytes);
    if (format) throw new ImportError('binary', format);
    if (bytes.includes(0)) {
      text = utf16WithoutBom(bytes);
      if (text === null)
        throw new ImportError('binary', '这不是文本文件（含有二进制数据），请选择 .txt、.docx 或 .json 文件');
    } else text = decode('utf-8', bytes);
    if (text === null) {
      // UTF-8 with a few damaged bytes (a cut-off copy) stays UTF-8, the damage shown as �;
      // GBK read as UTF-8 gives a � for nearly every character
      const lossy = decode('utf-8', bytes, false)!;
      const damaged = lossy.split('\ufffd').length - 1;
      const wide = lossy.replace(/[\x00-\x7f\ufffd]/g, '').length;
      if (damaged <= Math.max(2, lossy.length / 1000) && wide >= damaged * 50) text = lossy;
    }
    if (text === null && plainGbk(bytes)) text = decode('gb18030', bytes);
    if (text === null) {
      const guess = jschardet.detect(bytes.subarray(0, 64 * 1024)).encoding?.toLowerCase() ?? '';
      // anything not UTF-8 on a Chinese office PC is almost surely GBK, whatever the guess
      const label = CJK_LEGACY[guess] ?? 'gb18030';
      text = decode(label, bytes) ?? (label !== 'gb18030' ? decode('gb18030', bytes) : null);
      if (text === null)
        throw new ImportError('encoding', '无法识别文件的文字编码（不是 UTF-8 或 GBK），请另存为 UTF-8 文本后再导入');
    }
  }
  if (text === null) throw new ImportError('encoding', '无法识别文件的文字编码，请另存为 UTF-8 文本后再导入');
  if (looksBinary(text))
    throw new ImportError('binary', '这不是文本文件（含有二进制数据），请选择 .txt、.docx 或 .json 文件');
  if (!/[^\s\u3000\u00a0\u200b\ufeff]/.test(text)) throw new ImportError('empty', '文件中没有文字（只有空白）');
  return text;
}
