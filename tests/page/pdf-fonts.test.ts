// Which font file a PDF embeds: the profile's font from the Windows font folder when it is there (no warning),
// else a stated stand-in (a warning naming both), never a path that does not exist.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveFont } from '../../electron/services/pdf/pdf-fonts';
import { tempDir } from '../helpers/paths';

const saved = process.env.WINDIR;
afterEach(() => {
  if (saved === undefined) delete process.env.WINDIR;
  else process.env.WINDIR = saved;
});

describe('resolveFont', () => {
  it('takes the office font from the Windows font folder', () => {
    const win = tempDir('yaodian-win-');
    mkdirSync(join(win, 'Fonts'));
    // a font file (set-up installs Noto CJK) under the name Windows gives 黑体 (resolving does not read it)
    symlinkSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', join(win, 'Fonts', 'SimHei.ttf'));
    process.env.WINDIR = win;
    const r = resolveFont('黑体');
    expect(r.file.path).toBe(join(win, 'Fonts', 'SimHei.ttf'));
    expect(r.warning).toBeUndefined();
  });

  it('names the stand-in for a font the machine lacks, and the file exists', () => {
    process.env.WINDIR = tempDir('yaodian-nowin-');
    for (const [name, like] of [
      ['方正小标宋简体', /Bold|宋体/],
      ['仿宋_GB2312', /Serif|宋体|仿宋/],
      ['黑体', /Sans|黑体|雅黑/],
    ] as const) {
      const r = resolveFont(name);
      expect(existsSync(r.file.path), name).toBe(true);
      expect(r.file.label).toMatch(like);
      expect(r.warning).toContain(`“${name}”`);
      expect(r.warning).toContain(`“${r.file.label}”`);
    }
    const latin = resolveFont('Times New Roman', 'latin');
    expect(existsSync(latin.file.path)).toBe(true);
    expect(latin.warning).toContain('Times New Roman');
  });
});
