// The font table: the office-PC font names with what Word needs to substitute a Chinese font on a
// machine that lacks one (GB2312 charset, family, pitch, PANOSE) and their other names (altName).
import { esc } from './xml';

interface FontInfo {
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  pitch: 'fixed' | 'variable';
}

const KNOWN: Record<string, FontInfo> = {
  方正小标宋简体: { altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  方正小标宋_GBK: { altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  仿宋_GB2312: { altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
};

/** fontTable.xml for the given font names (unknown Chinese names default to GB2312 with 宋体 as fallback). */
export function fontTableXml(names: Iterable<string>): string {
  const fonts = [...new Set(names)].map((name) => {
    const latin = /^[\x20-\x7e]+$/.test(name);
    const f =
      KNOWN[name] ??
      (latin
        ? { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' }
        : { altName: '宋体', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' });
    return `<w:font w:name="${esc(name)}">${f.altName ? `<w:altName w:val="${esc(f.altName)}"/>` : ''}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts.join('') +
    '</w:fonts>'
  );
}
