import { describe, expect, it } from 'vitest';
import {
  InterchangeError,
  createDocument,
  createSection,
  formatChineseDate,
  fromJson,
  parseChineseDate,
  toJson,
} from '../../shared/model';

describe('interchange JSON', () => {
  const doc = createDocument({
    meta: { title: '2025年全区民政工作要点', docNumber: '苏民发〔2014〕1号', date: '2024-02-19' } as never,
    numbering: { 1: 'restart', 2: 'continuous', 3: 'restart', 4: 'none' },
    preamble: ['前言。'],
    sections: [
      createSection(1, '总体要求', {
        children: [createSection(2, '抓牢思想铸魂', { runIn: true, paragraphs: ['组织开展学习。'] })],
      }),
      createSection(1, '重点任务', { children: [createSection(2, '加强政治建设', { runIn: true })] }),
    ],
  });

  it('prints computed numbers and reads back the same tree', () => {
    const json = toJson(doc);
    expect(json.format).toBe('yaodian/1');
    expect(json.sections.map((s) => [s.number, s.children.map((c) => c.number)])).toEqual([
      ['一', ['一']],
      ['二', ['二']],
    ]);
    const back = fromJson(JSON.parse(JSON.stringify(json)));
    expect(toJson(back)).toEqual(json);
    expect(back.sections[0].id).not.toBe(doc.sections[0].id); // fresh ids
  });

  it('accepts a minimal hand-written file', () => {
    const d = fromJson({ sections: [{ level: 1, heading: '一项', children: [{ level: 3, heading: '子项' }] }] });
    expect(d.sections[0].children[0]).toMatchObject({ level: 3, heading: '子项', runIn: false, paragraphs: [] });
    expect(d.meta.title).toBeNull();
  });

  it('rejects invalid input with a Chinese message', () => {
    expect(() => fromJson({ sections: [{ level: 5 }] })).toThrow(InterchangeError);
    expect(() => fromJson({ sections: [{ level: 2, children: [{ level: 1 }] }] })).toThrow(/层级/);
    expect(() => fromJson({ meta: { date: '2024年2月19日' } })).toThrow(/日期应写成“年-月-日”，如 2024-02-19/);
    expect(() => fromJson('text')).toThrow(/不是有效的要点文档/);
  });
});

describe('dates', () => {
  it.each([
    ['2024年2月19日', '2024-02-19'],
    ['2024年02月19日', '2024-02-19'],
    ['二〇二四年二月十九日', '2024-02-19'],
    ['二〇一四年十二月三十一日', '2014-12-31'],
    ['2014-01-05', '2014-01-05'],
    ['２０２４年２月１９日', '2024-02-19'],
    ['2024年2月30日', null],
    ['明天', null],
  ])('%s → %s', (text, iso) => expect(parseChineseDate(text)).toBe(iso));

  it('formats without leading zeros', () => {
    expect(formatChineseDate('2024-02-09')).toBe('2024年2月9日');
    expect(formatChineseDate(null)).toBe('');
  });
});
