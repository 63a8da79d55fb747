// The font files a PDF embeds: the fonts the layout profile names, found where office PCs keep them (the
// Windows font folder, the user's font folders), else a stated fallback — Noto CJK, as on this kind of Linux
// machine — with a warning naming both. Plain Node: only the command line and the back end use it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { create } from 'fontkit';

export interface FontFile {
  path: string;
  /** the PostScript name of the face inside a collection (.ttc) */
  face?: string;
  /** shown in warnings and document properties */
  label: string;
}

/** The file names Windows (and the font vendors) give the fonts GB/T 9704 names, in order of preference. */
const FILE_NAMES: Record<string, Array<[string, string?]>> = {
  '仿宋_GB2312': [['fsgb2312.ttf'], ['仿宋_gb2312.ttf'], ['simfang.ttf']],
  '仿宋': [['simfang.ttf'], ['fsgb2312.ttf']],
  '楷体_GB2312': [['ktgb2312.ttf'], ['楷体_gb2312.ttf'], ['simkai.ttf']],
  '楷体': [['simkai.ttf'], ['ktgb2312.ttf']],
  '黑体': [['simhei.ttf']],
  '宋体': [['simsun.ttc', 'SimSun'], ['simsun.ttf']],
  '方正小标宋简体': [['fzxbsjw.ttf'], ['方正小标宋简体.ttf'], ['fzxbsjw--gb1-0.ttf'], ['fzxiaobiaosong-b05s.ttf']],
  '方正小标宋_GBK': [['fzxbsk.ttf'], ['方正小标宋_gbk.ttf'], ['fzxbsjw.ttf']],
  'Times New Roman': [['times.ttf']],
};

/** What stands in for a font this machine lacks: sans for 黑体, serif for the rest (Noto CJK has no 仿宋 or 楷体). */
const NOTO_SANS: FontFile = { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  face: 'NotoSansCJKsc-Regular', label: 'Noto Sans CJK SC' };
const NOTO_SERIF: FontFile = { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  face: 'NotoSerifCJKsc-Regular', label: 'Noto Serif CJK SC' };
const NOTO_SERIF_BOLD: FontFile = { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
  face: 'NotoSerifCJKsc-Bold', label: 'Noto Serif CJK SC Bold' };

function fontFolders(): string[] {
  const winDir = process.env.WINDIR ?? process.env.SystemRoot ?? 'C:\\Windows';
  const local = process.env.LOCALAPPDATA;
  return [
    join(winDir, 'Fonts'),
    ...(local ? [join(local, 'Microsoft', 'Windows', 'Fonts')] : []),
    join(homedir(), '.fonts'), join(homedir(), '.local', 'share', 'fonts'),
    '/usr/share/fonts', '/usr/local/share/fonts',
  ];
}

let index: Map<string, string> | null = null;

/** Every font file in the font folders (two levels deep), by lower-case file name. Read once. */
function fileIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (/\.(ttf|ttc|otf)$/i.test(name)) {
        if (!index!.has(name.toLowerCase())) index!.set(name.toLowerCase(), path);
      } else if (depth < 3) {
        try {
          if (statSync(path).isDirectory()) walk(path, depth + 1);
        } catch {
          // unreadable entries are skipped
        }
      }
    }
  };
  for (const dir of fontFolders()) walk(dir, 0);
  return index;
}

export interface ResolvedFont {
  file: FontFile;
  /** set when the named font is not installed and a fallback stands in */
  warning?: string;
}

/** The file for a font name: the named font where installed, else the fallback (with a warning). */
export function resolveFont(name: string, role: 'cjk' | 'latin' = 'cjk'): ResolvedFont {
  const files = fileIndex();
  for (const [file, face] of FILE_NAMES[name] ?? [[`${name.toLowerCase()}.ttf`], [`${name.toLowerCase()}.otf`]]) {
    const path = files.get(file);
    if (path) return { file: { path, face, label: name } };
  }
  if (role === 'latin') {
    const path = files.get('liberationserif-regular.ttf');
    if (path) return { file: { path, label: 'Liberation Serif' }, warning: warningFor(name, 'Liberation Serif') };
    return { file: NOTO_SERIF, warning: warningFor(name, NOTO_SERIF.label) };
  }
  const fallback = /黑/.test(name) ? NOTO_SANS : /标宋/.test(name) ? NOTO_SERIF_BOLD : NOTO_SERIF;
  return { file: fallback, warning: warningFor(name, fallback.label) };
}

function warningFor(name: string, label: string): string {
  return `本机没有字体“${name}”，PDF 中以“${label}”代替（在装有该字体的电脑上导出可得到原字体）`;
}

type Font = ReturnType<typeof create>;
interface Glyph { id: number; advanceWidth: number; codePoints: number[] }
const fontCache = new Map<string, Font>();

/**
 * The font as pdfkit sees it, without OpenType shaping: glyphs straight from the character map, each with its
 * own advance. Every character is placed by the page model, Chinese needs no ligatures or contextual forms,
 * and shaping with the large CJK fonts' lookup tables was most of a PDF's drawing time.
 */
function unshaped(font: Font): Font {
  const f = font as unknown as { glyphsForString(t: string): Glyph[] };
  const layout = (text: string) => {
    const glyphs = f.glyphsForString(text);
    let advanceWidth = 0;
    const positions = glyphs.map((g) => {
      advanceWidth += g.advanceWidth;
      return { xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 };
    });
    return { glyphs, positions, advanceWidth };
  };
  return new Proxy(font, {
    get(target, key) {
      if (key === 'layout') return layout;
      const v = Reflect.get(target, key, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * A font, read and parsed once per process: the CJK fonts are tens of megabytes and parsing their glyph
 * tables is most of a PDF's cost; pdfkit takes the parsed font and subsets it for each document.
 */
export function loadFont(file: FontFile): Font {
  const key = `${file.path}#${file.face ?? ''}`;
  let f = fontCache.get(key);
  if (!f) {
    f = unshaped(create(readFileSync(file.path), file.face));
    fontCache.set(key, f);
  }
  return f;
}
