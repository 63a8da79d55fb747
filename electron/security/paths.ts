// Path checks for everything that turns a request into a file: the app:// protocol and the loopback host's
// static files, the host's export downloads, and paths the renderer hands to the main process.
import { isAbsolute, relative, resolve, sep } from 'node:path';

const MAX_PATH_LENGTH = 4096;

/** True when `target` lies strictly inside `dir` (after resolving . and ..). */
export function isInside(dir: string, target: string): boolean {
  const rel = relative(resolve(dir), resolve(target));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * Maps a URL pathname ("/assets/index-1a2b.js", "/") to a file under `root`, or null when the path tries to
 * leave it. Every decoded segment is checked, so %2e%2e, %2f, %5c and drive letters cannot climb out.
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || pathname.length > 2048) return null;
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    const seg = decode(raw);
    if (seg === null) return null;
    if (seg === '' || seg === '.') continue;
    if (seg === '..' || /[\\/:\0]/.test(seg) || /[\x00-\x1f]/.test(seg)) return null;
    segments.push(seg);
  }
  if (segments.length === 0) segments.push('index.html');
  const file = resolve(root, ...segments);
  return isInside(root, file) ? file : null;
}

// device names Windows resolves to devices whatever the extension
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A bare file name (no folder part, nothing Windows would refuse or reinterpret). */
export function isSafeFileName(name: string): boolean {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 255 &&
    name !== '.' &&
    name !== '..' &&
    !/[\\/:*?"<>|\x00-\x1f]/.test(name) &&
    !/[. ]$/.test(name) &&
    !WINDOWS_RESERVED.test(name)
  );
}

/** An absolute local path as the renderer may pass it to the main process (no NUL, bounded length). */
export function isPlausibleLocalPath(p: unknown): p is string {
  return typeof p === 'string' && p.length > 0 && p.length <= MAX_PATH_LENGTH && !p.includes('\0') && isAbsolute(p);
}

/** An export `profile` option naming a file (a .json, or anything with a folder part) rather than a built-in id. */
export function isProfilePath(profile: string): boolean {
  return /\.json$/i.test(profile) || /[\\/]/.test(profile);
}

/** Turns a suggested file name from the renderer into a safe .docx base name for the save dialog. */
export function suggestedDocxName(name: unknown): string {
  const raw = typeof name === 'string' ? name : '';
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[:*?"<>|\x00-\x1f]+/g, ' ')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 120);
  const stem = cleaned.replace(/\.docx$/i, '').trim() || '未命名要点';
  return `${stem}.docx`;
}

/**
 * Paths the user chose in a native dialog during this run. Only those may be read (import.file), written
 * (export.docx) or shown in the file manager, so a compromised page cannot reach other files through IPC.
 */
export class PathGrants {
  private readonly paths = new Set<string>();

  private key(p: string): string {
    const abs = resolve(p);
    return sep === '\\' ? abs.toLowerCase() : abs;
  }

  grant(p: string): void {
    this.paths.add(this.key(p));
  }

  has(p: unknown): boolean {
    return isPlausibleLocalPath(p) && this.paths.has(this.key(p));
  }
}
