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
  仿宋_GB2312: [['fsgb2312.ttf'], ['仿宋_gb2312.ttf'], ['simfang.ttf']],
  仿宋: [['simfang.ttf'], ['fsgb2312.ttf']],
  楷体_GB2312: [['ktgb2312.ttf'], ['楷体_gb2312.ttf'], ['simkai.ttf']],
  楷体: [['simkai.ttf'], ['ktgb2312.ttf']],
  黑体: [['simhei.ttf']],
  宋体: [['simsun.ttc', 'SimSun'], ['simsun.ttf']],
  方正小标宋简体: [['fzxbsjw.ttf'], ['方正小标宋简体.ttf'], ['fzxbsjw--gb1-0.ttf'], ['fzxiaobiaosong-b05s.ttf']],
  方正小标宋_GBK: [['fzxbsk.ttf'], ['方正小标宋_gbk.ttf'], ['fzxbsjw.ttf']],
  'Times New Roman': [['times.ttf']],
};

/** A file that may stand in: its name in the font folders, the face in a collection, what the warning calls it. */
type Candidate = [file: string, face: string | undefined, label: string];

const NOTO_SANS: Candidate = ['notosanscjk-regular.ttc', 'NotoSansCJKsc-Regular', 'Noto Sans CJK SC'];
const NOTO_SERIF: Candidate = ['notoserifcjk-regular.ttc', 'NotoSerifCJKsc-Regular', 'Noto Serif CJK SC'];
const NOTO_SERIF_BOLD: Candidate = ['notoserifcjk-bold.ttc', 'NotoSerifCJKsc-Bold', 'Noto Serif CJK SC Bold'];
const SIMSUN: Candidate = ['simsun.ttc', 'SimSun', '宋体'];
const SIMHEI: Candidate = ['simhei.ttf', undefined, '黑体'];
const YAHEI: Candidate = ['msyh.ttc', 'MicrosoftYaHei', '微软雅黑'];

/**
 * What stands in for a font this machine lacks, first found wins: for 黑体 a sans, for 小标宋 a bold serif,
 * for the rest a serif (Noto CJK has no 仿宋 or 楷体); Windows' own fonts where the office fonts are missing.
 */
const FALLBACKS: Record<'sans' | 'bold' | 'serif' | 'latin', Candidate[]> = {
  sans: [SIMHEI, NOTO_SANS, YAHEI, SIMSUN, NOTO_SERIF],
  bold: [NOTO_SERIF_BOLD, SIMSUN, NOTO_SERIF, SIMHEI, NOTO_SANS, YAHEI],
  serif: [NOTO_SERIF, SIMSUN, ['simfang.ttf', undefined, '仿宋'], YAHEI, NOTO_SANS, SIMHEI],
  latin: [
    ['times.ttf', undefined, 'Times New Roman'],
    ['liberationserif-regular.ttf', undefined, 'Liberation Serif'],
    NOTO_SERIF,
    SIMSUN,
    NOTO_SANS,
  ],
};

function fontFolders(): string[] {
  const winDir = process.env.WINDIR ?? process.env.SystemRoot ?? 'C:\\Windows';
  const local = process.env.LOCALAPPDATA;
  return [
    join(winDir, 'Fonts'),
    ...(local ? [join(local, 'Microsoft', 'Windows', 'Fonts')] : []),
    join(homedir(), '.fonts'),
    join(homedir(), '.local', 'share', 'fonts'),
    '/usr/share/fonts',
    '/usr/local/share/fonts',
  ];
}

let index: Map<string, string> | null = null;
let indexedFolders = '';

/** Every font file in the font folders (two levels deep), by lower-case file name. Read once per set of folders. */
function fileIndex(): Map<string, string> {
  const folders = fontFolders();
  if (index && indexedFolders === folders.join('|')) return index;
  indexedFolders = folders.join('|');
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
  for (const dir of folders) walk(dir, 0);
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
  const kind = role === 'latin' ? 'latin' : /黑/.test(name) ? 'sans' : /标宋/.test(name) ? 'bold' : 'serif';
  for (const [file, face, label] of FALLBACKS[kind]) {
    const path = files.get(file);
    if (path) return { file: { path, face, label }, warning: warningFor(name, label) };
  }
  throw new PdfFontError(`无法导出 PDF：本机没有字体“${name}”，也找不到可代替的中文字体（如宋体、Noto CJK）`);
}

class PdfFontError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfFontError';
  }
}

function warningFor(name: string, label: string): string {
  return `本机没有字体“${name}”，PDF 中以“${label}”代替（在装有该字体的电脑上导出可得到原字体）`;
}

type Font = ReturnType<typeof create>;
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
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
