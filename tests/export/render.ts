// LibreOffice renders the exports to PDF (one invocation for all files, its own profile folder so
// parallel runs do not collide); poppler reads them back: text by page, word boxes, page sizes, pixels.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export function renderPdfs(docxFiles: string[], outDir: string): Map<string, string> {
  const profile = `/tmp/lo-${randomBytes(6).toString('hex')}`;
  try {
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxFiles,
      ],
      {
        stdio: 'ignore',
        timeout: 240_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return new Map(docxFiles.map((f) => [f, join(outDir, basename(f).replace(/\.docx$/, '.pdf'))]));
}

/** Page sizes in points, one per page. */
export function pageSizes(pdf: string): Array<[number, number]> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The text of each page, as `pdftotext -layout` lays it out, lines trimmed, empty lines dropped. */
export function pageLines(pdf: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages.map((p) =>
    p
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
}

export interface Word {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Word boxes per page (points from the top left), from `pdftotext -bbox`. */
export function pageWords(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          xMin: +m[1],
          yMin: +m[2],
          xMax: +m[3],
          yMax: +m[4],
          text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
        }),
      ),
    );
}

/** Width in characters as the standard counts them: full-width 1, half-width 0.5 (East Asian Width). */
export function cells(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    n += wide ? 1 : 0.5;
  }
  return n;
}

export const PAGE_NUMBER = /^[—–-]\s*(\d+)\s*[—–-]$/;

export interface Raster {
  width: number;
  height: number;
  /** points per pixel */
  scale: number;
  rgb(x: number, y: number): [number, number, number];
}

/** One page as pixels (pdftoppm, PPM). */
export function raster(pdf: string, page: number, dpi = 144): Raster {
  const data = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // P6\n<w> <h>\n255\n<bytes>
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (data[pos] === 0x20 || data[pos] === 0x0a) pos++;
    let s = '';
    while (data[pos] !== 0x20 && data[pos] !== 0x0a) s += String.fromCharCode(data[pos++]);
    fields.push(s);
  }
  pos++;
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return {
    width,
    height,
    scale: 72 / dpi,
    rgb: (x, y) => {
      const i = pos + (y * width + x) * 3;
      return [data[i], data[i + 1], data[i + 2]];
    },
  };
}

const isRed = ([r, g, b]: [number, number, number]) => r > 180 && g < 100 && b < 100;
const isDark = ([r, g, b]: [number, number, number]) => r < 110 && g < 110 && b < 110;

/** Rows (in points) with red ink, and the rows where red runs across at least `minWidthPt`. */
export function redRows(img: Raster, minWidthPt = 0): Array<{ y: number; x0: number; x1: number }> {
  const out: Array<{ y: number; x0: number; x1: number }> = [];
  for (let y = 0; y < img.height; y++) {
    let x0 = -1;
    let x1 = -1;
    let n = 0;
    for (let x = 0; x < img.width; x++) {
      if (isRed(img.rgb(x, y))) {
        if (x0 < 0) x0 = x;
        x1 = x;
        n++;
      }
    }
    if (n && (x1 - x0) * img.scale >= minWidthPt && n * img.scale >= minWidthPt * 0.9)
      out.push({ y: y * img.scale, x0: x0 * img.scale, x1: (x1 + 1) * img.scale });
  }
  return out;
}

/** Rows (in points) where a dark rule runs across at least `minWidthPt`. */
export function darkRules(img: Raster, minWidthPt: number): number[] {
  const out: number[] = [];
  for (let y = 0; y < img.height; y++) {
    let n = 0;
    for (let x = 0; x < img.width; x++) if (isDark(img.rgb(x, y))) n++;
    if (n * img.scale >= minWidthPt) out.push(y * img.scale);
  }
  return out;
}
