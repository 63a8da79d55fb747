// A saved web page's bytes → string. Chinese government sites still serve GB2312/GBK pages; the page says so in
// its <meta charset> or http-equiv Content-Type. Without a declaration the text decoder's guess is used.
import { decodeText } from '../encoding';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

function latin1(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < Math.min(length, bytes.length); i++) out += String.fromCharCode(bytes[i]);
  return out;
}

export function decodeHtml(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = bom ? null : META_CHARSET.exec(latin1(bytes, 4096))?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // an unknown label: fall through to the guess
    }
  }
  return decodeText(bytes);
}
