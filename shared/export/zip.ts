// A minimal ZIP writer (deflate via fflate) that reuses entries compressed once: the package's fixed
// parts are deflated when the profile's template is built, so an export compresses only its own
// document.xml and core.xml. fflate's zipSync would recompress every part on every export.
import { deflateSync, strToU8 } from 'fflate';

const CRC_TABLE = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  // slice-by-8 tables
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  return t;
})();

function crc32(data: Uint8Array): number {
  const t = CRC_TABLE;
  let c = -1;
  let i = 0;
  const n8 = data.length - (data.length % 8);
  for (; i < n8; i += 8) {
    const a = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) ^ c;
    const b = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
    c =
      t[1792 + (a & 0xff)] ^
      t[1536 + ((a >>> 8) & 0xff)] ^
      t[1280 + ((a >>> 16) & 0xff)] ^
      t[1024 + (a >>> 24)] ^
      t[768 + (b & 0xff)] ^
      t[512 + ((b >>> 8) & 0xff)] ^
      t[256 + ((b >>> 16) & 0xff)] ^
      t[b >>> 24];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  /** raw deflate data */
  data: Uint8Array;
}

export function zipEntry(name: string, content: Uint8Array, level: 1 | 6 | 9 = 6): ZipEntry {
  return { name: strToU8(name), crc: crc32(content), size: content.length, data: deflateSync(content, { level }) };
}

function dosTime(d: Date): [number, number] {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  const date = (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return [time, date];
}

/** Writes the entries, in order, as a ZIP archive. */
export function writeZip(entries: readonly ZipEntry[], now: Date): Uint8Array {
  const [time, date] = dosTime(now);
  let size = 22;
  for (const e of entries) size += 30 + e.name.length + e.data.length + 46 + e.name.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  const header = (e: ZipEntry, central: boolean, offset: number) => {
    view.setUint32(p, central ? 0x02014b50 : 0x04034b50, true);
    p += 4;
    if (central) {
      view.setUint16(p, 20, true); // version made by
      p += 2;
    }
    view.setUint16(p, 20, true); // version needed
    view.setUint16(p + 2, 0x0800, true); // UTF-8 names
    view.setUint16(p + 4, 8, true); // deflate
    view.setUint16(p + 6, time, true);
    view.setUint16(p + 8, date, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.data.length, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
    view.setUint16(p + 24, 0, true); // extra
    p += 26;
    if (central) {
      view.setUint16(p, 0, true); // comment
      view.setUint16(p + 2, 0, true); // disk
      view.setUint16(p + 4, 0, true); // internal attributes
      view.setUint32(p + 6, 0, true); // external attributes
      view.setUint32(p + 10, offset, true);
      p += 14;
    }
    out.set(e.name, p);
    p += e.name.length;
  };
  for (const e of entries) {
    offsets.push(p);
    header(e, false, 0);
    out.set(e.data, p);
    p += e.data.length;
  }
  const dirStart = p;
  entries.forEach((e, i) => header(e, true, offsets[i]));
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 4, 0, true);
  view.setUint16(p + 6, 0, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - dirStart, true);
  view.setUint32(p + 16, dirStart, true);
  view.setUint16(p + 20, 0, true);
  return out;
}
