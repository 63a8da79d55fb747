// The 2号 title's line breaks: whole words, 《…》 kept together where it fits, balanced lines in a
// trapezoid or diamond (never an hourglass), nothing wider than the 版心.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../shared/export/context';
import { glyphsOf, widthOf } from '../../shared/export/measure';
import { GBT9704_2012 } from '../../shared/export/profile';
import { breakTitle } from '../../shared/export/title-lines';

const ctx = contextOf(GBT9704_2012);
const lines = (title: string) =>
  breakTitle(glyphsOf(title, ctx.title), { maxWidth: ctx.g.textWidth, cell: ctx.title.cell });
const width = (s: string) => widthOf(glyphsOf(s, ctx.title));

const TITLES = [
  '关于进一步加强和改进新时代民政领域社会组织登记管理和综合监管工作的实施意见',
  '关于印发《吉林省民政厅关于加强低收入人口动态监测做好分层分类社会救助工作的实施方案》的通知',
  '江苏省民政厅关于转发民政部办公厅关于做好2014年元旦春节期间困难群众生活保障工作的通知的通知',
  '关于做好全省城乡低保标准提标和特困人员救助供养标准调整工作的通知',
  '关于表彰2023年度全省民政系统先进集体和先进个人的决定',
  '关于开展2024年全省养老服务机构安全隐患排查整治专项行动的通知',
  '中共吉林省民政厅党组关于深入学习贯彻习近平总书记关于民政工作重要论述的实施意见',
  '关于印发《2024年全省民政工作要点》和《2024年全省民政系统安全生产工作要点》的通知',
];

describe('title line breaking', () => {
  it('keeps a title that fits on one line whole', () => {
    expect(lines('关于印发2014年全省民政工作要点的通知')).toEqual(['关于印发2014年全省民政工作要点的通知']);
    expect(lines('关于印发《2024年全省民政工作要点》的通知')).toEqual(['关于印发《2024年全省民政工作要点》的通知']);
  });

  it('breaks between words into balanced lines', () => {
    expect(lines(TITLES[0])).toEqual([
      '关于进一步加强和改进新时代民政领域',
      '社会组织登记管理和综合监管工作的实施意见',
    ]);
    expect(lines(TITLES[4])).toEqual(['关于表彰2023年度全省民政系统', '先进集体和先进个人的决定']);
    expect(lines(TITLES[3])).toEqual(['关于做好全省城乡低保标准提标和', '特困人员救助供养标准调整工作的通知']);
  });

  it('never splits a name the dictionary misses, a number with its unit, or 的通知', () => {
    expect(lines(TITLES[6])).toEqual([
      '中共吉林省民政厅党组',
      '关于深入学习贯彻习近平总书记',
      '关于民政工作重要论述的实施意见',
    ]);
    for (const t of TITLES) {
      const ls = lines(t);
      for (let i = 1; i < ls.length; i++) {
        const a = ls[i - 1].at(-1)!;
        const b = ls[i][0];
        expect(/\d/.test(a) && /[\d年月日号]/.test(b), `${ls[i - 1]}|${ls[i]}`).toBe(false);
        expect(ls[i].startsWith('通知'), ls.join('|')).toBe(false);
        expect('，。、；：）》”'.includes(b)).toBe(false);
        expect('（《“'.includes(a)).toBe(false);
      }
    }
  });

  it('keeps 《…》 on one line when it fits, and breaks inside only a name longer than a line', () => {
    expect(lines(TITLES[7])).toEqual([
      '关于印发《2024年全省民政工作要点》和',
      '《2024年全省民政系统安全生产工作要点》',
      '的通知',
    ]);
    const long = lines(TITLES[1]);
    expect(long.length).toBe(3);
    expect(long[0]).toMatch(/^关于印发《/);
    expect(long[2]).toMatch(/》的通知$/);
  });

  it('stays within the 版心 and never forms an hourglass', () => {
    for (const t of TITLES) {
      const ls = lines(t);
      expect(ls.join('')).toBe(t);
      for (const l of ls) expect(width(l)).toBeLessThanOrEqual(ctx.g.textWidth);
      const w = ls.map(width);
      for (let i = 1; i < w.length - 1; i++) {
        const hourglass = w[i] < w[i - 1] - ctx.title.cell / 2 && w[i] < w[i + 1] - ctx.title.cell / 2;
        expect(hourglass, ls.join('|')).toBe(false);
      }
    }
  });
});
