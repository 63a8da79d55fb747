// What a file is, from its first bytes rather than its name: a user's "通知.doc" may be a .docx, a web page
// saved by the browser or a PDF renamed. Extensions are only used to word an error.

export type FileKind = 'zip' | 'ole' | 'pdf' | 'mhtml' | 'html' | 'text';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/** The first bytes as Latin-1, lower case, BOM and leading blanks dropped: enough to see markup or headers. */
function head(bytes: Uint8Array, length: number): string {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  let out = '';
  const end = Math.min(bytes.length, start + length);
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i]);
  return out.trimStart().toLowerCase();
}

// a saved web page starts with its doctype, <html>, or (some editors and clipboards) a comment or <meta>
const HTML_START = new RegExp(
  '^(?:<\\?xml[^>]*>\\s*|<!--[\\s\\S]*?-->\\s*)*' +
    '(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta[\\s>])',
);
// a MIME message (MHTML, .mht): a header block whose Content-Type is multipart/related or text/html
const MIME_HEADER = /^(?:[a-z-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?content-type:\s*(?:multipart\/related|text\/html)/;

export function sniffKind(bytes: Uint8Array): FileKind {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)
  ) {
    return 'zip';
  }
  if (startsWith(bytes, OLE)) return 'ole';
  // the PDF header may follow a few junk bytes (the specification allows it within the first 1024)
  const start = head(bytes, 1024);
  const pdfAt = start.indexOf('%pdf-');
  // (binary junk: control bytes, which no text has, UTF-8 Chinese included)
  if (pdfAt === 0 || (pdfAt > 0 && /[\x00-\x08\x0e-\x1f]/.test(start.slice(0, pdfAt)))) return 'pdf';
  if (MIME_HEADER.test(start.replace(/^from:[^\n]*\n/, ''))) return 'mhtml';
  if (HTML_START.test(start)) return 'html';
  return 'text';
}
