// The Word export's template parts kept in the user's cache folder, so that a fresh process (every
// `yaodian export`) does not build them again with the docx library. A file per key (profile + builder code
// + docx version); anything unreadable or inconsistent is ignored and rebuilt.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setTemplateStore, type Template, type TemplateStore } from '../../shared/export/package';

const MAGIC = 'yaodian-docx-template/1';

function docxVersion(): string {
  try {
    return (createRequire(import.meta.url)('docx/package.json') as { version: string }).version;
  } catch {
    return 'bundled';
  }
}

/** The user's own cache folder (never a shared temporary folder: another account could plant a file there). */
export function defaultCacheDir(): string {
  if (process.env.YAODIAN_CACHE_DIR) return process.env.YAODIAN_CACHE_DIR;
  if (process.platform === 'win32') {
    return join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'yaodian', 'cache');
  }
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'yaodian');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'yaodian');
}

interface Header {
  magic: string;
  key: string;
  documentOpen: string;
  sectMain: string;
  sectNoNumbers: string;
  parts: Array<[name: string, length: number]>;
  entries: Array<[name: string, crc: number, size: number, length: number]>;
}

function encode(key: string, t: Template): Buffer {
  const dec = new TextDecoder();
  const header: Header = {
    magic: MAGIC,
    key,
    documentOpen: t.documentOpen,
    sectMain: t.sectMain,
    sectNoNumbers: t.sectNoNumbers,
    parts: Object.entries(t.parts).map(([name, data]) => [name, data.length]),
    entries: t.entries.map((e) => [dec.decode(e.name), e.crc, e.size, e.data.length]),
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([length, json, ...Object.values(t.parts), ...t.entries.map((e) => e.data)]);
}

function decode(key: string, buf: Buffer): Template | null {
  if (buf.length < 4) return null;
  const n = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + n).toString('utf8')) as Header;
  if (header.magic !== MAGIC || header.key !== key) return null;
  let at = 4 + n;
  const take = (length: number) => {
    const out = new Uint8Array(buf.subarray(at, at + length));
    at += length;
    return out;
  };
  const parts: Record<string, Uint8Array> = {};
  for (const [name, length] of header.parts) parts[name] = take(length);
  const enc = new TextEncoder();
  const entries = header.entries.map(([name, crc, size, length]) => ({
    name: enc.encode(name),
    crc,
    size,
    data: take(length),
  }));
  if (at !== buf.length) return null;
  const { documentOpen, sectMain, sectNoNumbers } = header;
  return { parts, entries, documentOpen, sectMain, sectNoNumbers };
}

export function folderTemplateStore(dir: string): TemplateStore {
  const version = docxVersion();
  const fileOf = (key: string) => {
    const hash = createHash('sha256').update(`${version}\n${key}`).digest('hex').slice(0, 32);
    return join(dir, `docx-template-${hash}.bin`);
  };
  return {
    read(key) {
      let buf: Buffer;
      try {
        buf = readFileSync(fileOf(key));
      } catch {
        return null;
      }
      try {
        return decode(`${version}\n${key}`, buf);
      } catch {
        return null;
      }
    },
    write(key, template) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = fileOf(key);
      const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(temp, encode(`${version}\n${key}`, template), { mode: 0o600 });
      renameSync(temp, file);
    },
  };
}

let installed = false;

/** Uses the user's cache folder for export templates from now on in this process (once). */
export function useTemplateCache(dir = defaultCacheDir()): void {
  if (installed) return;
  installed = true;
  setTemplateStore(folderTemplateStore(dir));
}
