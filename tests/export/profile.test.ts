// Layout profiles: GB/T 9704-2012 by default, built-in and local variants validated with zod, and
// every export naming the profile it used.
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_PROFILES,
  GBT9704_2012,
  ProfileError,
  exportDocxWithReport,
  parseLayoutProfile,
  resolveProfile,
} from '../../shared/export';
import { everyElement } from './fixtures';
import { all, child, children, openDocx, path, relTarget, style, val } from './ooxml';

describe('layout profiles', () => {
  it('defaults to GB/T 9704-2012 and resolves built-ins by id', () => {
    expect(resolveProfile(undefined)).toBe(GBT9704_2012);
    expect(resolveProfile('gbt9704-2012-fangsong').fonts.body).toBe('仿宋');
    expect(Object.keys(BUILTIN_PROFILES)).toEqual(['gbt9704-2012', 'gbt9704-2012-fangsong']);
    expect(() => resolveProfile('a4-custom')).toThrow(
      '没有名为“a4-custom”的版式方案（可用：gbt9704-2012、gbt9704-2012-fangsong）',
    );
  });

  it('reads a partial local profile onto its base', () => {
    const p = parseLayoutProfile({ extends: 'gbt9704-2012-fangsong', pageNumber: { format: '-{n}-', sideChars: 0 } });
    expect(p.id).toBe('gbt9704-2012-fangsong-local');
    expect(p.fonts.body).toBe('仿宋');
    expect(p.pageNumber).toEqual({ ...GBT9704_2012.pageNumber, format: '-{n}-', sideChars: 0 });
    expect(p.page).toEqual(GBT9704_2012.page);
  });

  it('rejects invalid profiles with a Chinese message naming the field', () => {
    const bad = (input: unknown) => {
      try {
        parseLayoutProfile(input);
      } catch (e) {
        expect(e).toBeInstanceOf(ProfileError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(bad({ sizes: { body: 40 } })).toBe('版式方案无效：字号.body 不能大于 24 磅');
    expect(bad({ issuerMark: { color: 'red' } })).toBe(
      '版式方案无效：发文机关标志.color 颜色应为 6 位十六进制，如 FF0000',
    );
    expect(bad({ pageNumber: { format: '第页' } })).toBe('版式方案无效：页码.format 页码格式须含 {n}');
    expect(bad({ fonts: { body: '' } })).toBe('版式方案无效：字体.body 字体名不能为空');
    expect(bad({ colour: 'x' })).toBe('版式方案无效：根 含 1 个不认识的字段');
    expect(bad({ page: { leftMm: 60, textWidthMm: 156 } })).toBe('版式方案无效：订口加版心宽度超出纸张宽度');
    expect(bad({ extends: 'nope' })).toMatch(/^版式方案的 extends 不是内置方案/);
    expect(bad([1, 2])).toBe('版式方案应为 JSON 对象');
    expect(bad({ sizes: { body: '16' } })).toBe('版式方案无效：字号.body 应为数字（磅）');
    expect(bad({ fonts: '仿宋' })).toBe('版式方案无效：字体 应为对象');
    expect(bad({ pageNumber: { position: 'left' } })).toBe(
      '版式方案无效：页码.position 应为 outside（单页右、双页左）或 center（居中）',
    );
  });

  it('lays out with a local profile: its fonts, mark size, page-number style, and its name in the file', async () => {
    const profile = {
      id: 'county-2025',
      name: '某县本地版式',
      fonts: { body: '仿宋', heading2: '楷体', pageNumber: '仿宋' },
      sizes: { issuerMark: 36 },
      pageNumber: { format: '- {n} -', position: 'center' },
    };
    const r = await exportDocxWithReport(everyElement(), { profile });
    expect(r.profile).toBe('county-2025');
    expect(r.profileName).toBe('某县本地版式');
    const parts = openDocx(r.bytes);
    const styles = parts.xml('word/styles.xml');
    expect(path(style(styles, 'Normal'), 'w:rPr', 'w:rFonts')!.attrs['w:eastAsia']).toBe('仿宋');
    expect(path(style(styles, 'Heading2'), 'w:rPr', 'w:rFonts')!.attrs['w:eastAsia']).toBe('楷体');
    const mark = all(parts.xml('word/document.xml'), 'w:p').find(
      (p) => val(path(p, 'w:pPr', 'w:pStyle')) === 'GwMark',
    )!;
    expect(val(path(children(mark, 'w:r')[0], 'w:rPr', 'w:sz'))).toBe('72');
    // one centred footer for every page: no odd/even headers
    expect(child(parts.xml('word/settings.xml'), 'w:evenAndOddHeaders')).toBeUndefined();
    const sect = all(parts.xml('word/document.xml'), 'w:sectPr')[0];
    const footer = parts.xml(relTarget(parts, children(sect, 'w:footerReference')[0].attrs['r:id']));
    expect(val(path(child(footer, 'w:p'), 'w:pPr', 'w:jc'))).toBe('center');
    expect(
      all(footer, 'w:t')
        .map((t) => t.text)
        .join('#'),
    ).toBe('- # -');
    expect(path(children(child(footer, 'w:p'), 'w:r')[0], 'w:rPr', 'w:rFonts')!.attrs['w:eastAsia']).toBe('仿宋');
    // named in the document properties
    expect(parts.raw('docProps/custom.xml')).toContain('county-2025');
    expect(child(parts.xml('docProps/core.xml'), 'dc:description')!.text).toBe('版式方案：某县本地版式（county-2025）');
    // the font table declares the local fonts too
    const fonts = children(parts.xml('word/fontTable.xml'), 'w:font').map((f) => f.attrs['w:name']);
    expect(fonts).toEqual(expect.arrayContaining(['仿宋', '楷体', '黑体', '方正小标宋简体', 'Times New Roman']));
  });

  it('condenses an issuer name too wide for the 版心', async () => {
    const doc = everyElement();
    const long = { ...doc, meta: { ...doc.meta, issuerMark: '中共某某市委社会工作部某某市民政局联合文件' } };
    const r = await exportDocxWithReport(long);
    const mark = all(openDocx(r.bytes).xml('word/document.xml'), 'w:p').find(
      (p) => val(path(p, 'w:pPr', 'w:pStyle')) === 'GwMark',
    )!;
    const scale = Number(val(path(children(mark, 'w:r')[0], 'w:rPr', 'w:w')));
    // 21 characters of 42 pt = 882 pt: condensed to fit the 442 pt 版心
    expect(scale).toBeLessThanOrEqual(Math.floor((100 * 8844) / (21 * 840)));
    expect(scale).toBeGreaterThan(40);
  });
});
