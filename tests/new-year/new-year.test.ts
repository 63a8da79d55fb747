import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks';
import { fixHalfwidth } from '../../shared/checks/punctuation';
import { importText } from '../../shared/import/text';
import { createDocument, createSection, flatten, type YaodianDocument } from '../../shared/model';
import { NewYearError, detectPlanYear, planNewYear } from '../../shared/new-year';
import { scanTerms, scanYears } from '../../shared/new-year/year-scan';
import { readSeed } from '../helpers/paths';

function notice(): YaodianDocument {
  return createDocument({
    meta: {
      issuer: '吉林省民政厅',
      issuerMark: '吉林省民政厅文件',
      docNumber: '吉民发〔2024〕3号',
      copyNumber: '000123',
      secrecy: null,
      urgency: null,
      signer: null,
      noticeTitle: '吉林省民政厅关于印发2024年全省民政工作要点的通知',
      recipients: '各市（州）民政局',
      coverParagraphs: ['现将《2024年全省民政工作要点》印发给你们，请认真贯彻落实。'],
      attachments: [],
      signature: '吉林省民政厅',
      date: '2024-02-19',
      note: '（此件公开发布）',
      cc: null,
      printedBy: '吉林省民政厅办公室',
      printedDate: '2024-02-20',
      title: '2024年全省民政工作要点',
    },
    numbering: { 1: 'restart', 2: 'continuous', 3: 'restart', 4: 'none' },
    preamble: ['2024年全省民政工作要坚持稳中求进，全面贯彻落实党的二十大精神。'],
    sections: [
      createSection(1, '推进普惠型养老服务', {
        sourceLabel: '一、',
        children: [
          createSection(2, '发展老年助餐服务', {
            runIn: true,
            sourceLabel: '（一）',
            paragraphs: ['2024年，各县（市、区）全面开展老年助餐服务，到2024年年底，不少于40%街道建有服务中心。'],
          }),
          createSection(2, '提升机构养老服务水平', {
            runIn: true,
            sourceLabel: '（二）',
            paragraphs: ['2024年新增失智照护床位不少于500张，新建2000个助餐点。', '持续推进“十四五”规划任务落实。'],
          }),
        ],
      }),
      createSection(1, '优化专项社会事务', {
        sourceLabel: '二、',
        children: [
          createSection(2, '提升殡葬服务能力', {
            runIn: true,
            sourceLabel: '（三）',
            paragraphs: ['全力做好2024年清明节祭扫保障工作。将2021—2035年殡葬设施规划纳入国土空间规划。'],
          }),
        ],
      }),
    ],
    warnings: [{ code: 'number-gap', message: '原文的提示' }],
  });
}

describe('classifying years in a text', () => {
  const kinds = (text: string) =>
    scanYears(text, 2024, 2025).map((h) => [text.slice(h.index, h.index + h.length), h.action]);
  it.each<[string, Array<[string, string]>]>([
    ['2024年，各县全面开展', [['2024', 'changed']]],
    ['2024年新增床位500张', [['2024', 'changed']]],
    ['全力做好2024年清明节祭扫保障工作', [['2024', 'changed']]],
    ['到2024年年底，不少于40%街道', [['2024', 'review']]],
    ['各地于2024年4月底前出台细则', [['2024', 'review']]],
    ['确保2024年6月底前愿住尽住', [['2024', 'review']]],
    ['2024年是“十四五”规划的关键之年', [['2024', 'review']]],
    ['经2024年第6次党组会议审议', [['2024', 'review']]],
    ['将2021—2035年殡葬设施规划', [['2021—2035', 'review']]],
    ['实施方案（2022-2024年）', [['2022-2024', 'review']]],
    ['发布2023年老年人口信息', [['2023', 'review']]],
    ['完成1990年以来的数据补录', [['1990', 'review']]],
    ['到2035年基本实现', [['2035', 'review']]],
    ['《意见》（吉民发〔2024〕5号）', [['2024', 'review']]],
    ['新建2000个助餐点，培训1300人', []],
    ['热线“12349”全天服务', []],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('suggests the moved year for a target date, never for history', () => {
    expect(scanYears('到2024年年底', 2024, 2025)[0].replacement).toBe('2025');
    expect(scanYears('完成1990年以来', 2024, 2025)[0].replacement).toBeNull();
  });

  it('finds period-bound references', () => {
    const text =
      '贯彻党的二十大和二十届三中全会精神，落实“十四五”规划和“八五”普法，开展第二届活动和第五轮联检，打造十五分钟养老服务圈。';
    expect(scanTerms(text).map((t) => text.slice(t.index, t.index + t.length))).toEqual([
      '党的二十大',
      '二十届三中全会',
      '十四五',
      '“八五”普法',
      '第二届',
      '第五轮',
    ]);
  });
});

describe('a draft for next year', () => {
  const source = notice();
  const before = JSON.stringify(source);
  const plan = planNewYear(source, { skeleton: false });
  const d = plan.document;

  it('defaults to the year after the source title year', () => {
    expect(detectPlanYear(source)).toEqual({ year: 2024, source: '要点标题' });
    expect([plan.sourceYear, plan.year]).toEqual([2024, 2025]);
  });

  it('moves the titles and the 文号 year, leaving the number for the user, and clears the dates', () => {
    expect(d.meta.title).toBe('2025年全省民政工作要点');
    expect(d.meta.noticeTitle).toBe('吉林省民政厅关于印发2025年全省民政工作要点的通知');
    expect(d.meta.docNumber).toBe('吉民发〔2025〕号');
    expect([d.meta.date, d.meta.printedDate, d.meta.copyNumber]).toEqual([null, null, null]);
    expect(d.meta.issuer).toBe('吉林省民政厅');
  });

  it('lists every change with location, before, after, action and a Chinese reason', () => {
    expect(plan.changes.map((c) => [c.action, c.location])).toEqual([
      ['changed', '要点标题'],
      ['changed', '通知标题'],
      ['changed', '发文字号'],
      ['cleared', '成文日期'],
      ['cleared', '印发日期'],
      ['cleared', '份号'],
      ['changed', '通知正文'],
      ['changed', '前言'],
      ['review', '前言'],
      ['changed', '一、（一） 正文'],
      ['review', '一、（一） 正文'],
      ['changed', '一、（二） 正文第1段'],
      ['review', '一、（二） 正文第2段'],
      ['changed', '二、（三） 正文'],
      ['review', '二、（三） 正文'],
    ]);
    for (const c of plan.changes) expect(c.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(plan.changes[2]).toMatchObject({ before: '吉民发〔2024〕3号', after: '吉民发〔2025〕号' });
    expect(plan.changes[3]).toMatchObject({ before: '2024年2月19日', after: '', action: 'cleared' });
    const target = plan.changes.find((c) => c.before.includes('到2024年年底'))!;
    expect(target).toMatchObject({ action: 'review', location: '一、（一） 正文' });
    expect(target.suggestion).toContain('到2025年年底');
    expect(plan.changes.find((c) => c.before.includes('十四五'))!.action).toBe('review');
  });

  it('changes only the plan-year phrases in the body', () => {
    const bodies = flatten(d.sections).map(({ section }) => section.paragraphs.join('|'));
    expect(bodies[1]).toBe('2025年，各县（市、区）全面开展老年助餐服务，到2024年年底，不少于40%街道建有服务中心。');
    expect(bodies[2]).toBe('2025年新增失智照护床位不少于500张，新建2000个助餐点。|持续推进“十四五”规划任务落实。');
    expect(bodies[4]).toBe('全力做好2025年清明节祭扫保障工作。将2021—2035年殡葬设施规划纳入国土空间规划。');
    expect(d.preamble).toEqual(['2025年全省民政工作要坚持稳中求进，全面贯彻落实党的二十大精神。']);
    expect(d.meta.coverParagraphs).toEqual(['现将《2025年全省民政工作要点》印发给你们，请认真贯彻落实。']);
  });

  it('is a new document: new ids, no source labels or import warnings, same numbering modes', () => {
    const oldIds = new Set(flatten(source.sections).map((f) => f.section.id));
    const flat = flatten(d.sections);
    expect(flat).toHaveLength(5);
    expect(flat.some((f) => oldIds.has(f.section.id))).toBe(false);
    expect(flat.every((f) => f.section.sourceLabel === undefined)).toBe(true);
    expect(d.warnings).toEqual([]);
    expect(d.numbering).toEqual(source.numbering);
    expect(JSON.stringify(source)).toBe(before);
  });
});

describe('options', () => {
  it('keeps only the skeleton: headings, run-in flags and numbering, bodies emptied', () => {
    const plan = planNewYear(notice(), { year: 2025, skeleton: true });
    const flat = flatten(plan.document.sections).map((f) => [
      f.section.level,
      f.section.heading,
      f.section.runIn,
      f.section.paragraphs.length,
    ]);
    expect(flat).toEqual([
      [1, '推进普惠型养老服务', false, 0],
      [2, '发展老年助餐服务', true, 0],
      [2, '提升机构养老服务水平', true, 0],
      [1, '优化专项社会事务', false, 0],
      [2, '提升殡葬服务能力', true, 0],
    ]);
    expect(plan.document.preamble).toEqual([]);
    expect(plan.changes.at(-1)).toMatchObject({ location: '正文', action: 'cleared', before: '5段正文' });
    expect(plan.changes.filter((c) => c.sectionId)).toEqual([]);
  });

  it('moves by more than one year when asked', () => {
    const plan = planNewYear(notice(), { year: 2027, skeleton: false });
    expect(plan.document.meta.title).toBe('2027年全省民政工作要点');
    expect(plan.document.meta.docNumber).toBe('吉民发〔2027〕号');
  });

  it('normalises the 文号 brackets while moving the year, and says so', () => {
    const doc = notice();
    doc.meta.docNumber = '吉民发[2024]3号';
    const c = planNewYear(doc, { skeleton: false }).changes.find((x) => x.location === '发文字号')!;
    expect(c.after).toBe('吉民发〔2025〕号');
    expect(c.reason).toContain('六角括号');
  });

  it('reads and moves a title year written in Chinese numerals', () => {
    const doc = createDocument({
      meta: { title: '二〇二四年全市民政工作要点', noticeTitle: '关于印发二零二四年全市民政工作要点的通知' } as never,
    });
    expect(detectPlanYear(doc)).toEqual({ year: 2024, source: '要点标题' });
    const plan = planNewYear(doc, { skeleton: false });
    expect([plan.document.meta.title, plan.document.meta.noticeTitle]).toEqual([
      '二〇二五年全市民政工作要点',
      '关于印发二〇二五年全市民政工作要点的通知',
    ]);
  });

  it('needs a year when the source has none, and then changes no year', () => {
    const doc = createDocument({
      meta: { title: '全省民政工作要点' } as never,
      sections: [createSection(1, '加强领导', { paragraphs: ['2024年新增床位。'] })],
    });
    expect(() => planNewYear(doc, { skeleton: false })).toThrow(NewYearError);
    expect(() => planNewYear(doc, { skeleton: false })).toThrow(/无法.*识别原文年度/);
    const plan = planNewYear(doc, { year: 2025, skeleton: false });
    expect(plan.sourceYear).toBeNull();
    expect(plan.changes.map((c) => c.action)).toEqual(['review']);
    expect(plan.document.sections[0].paragraphs).toEqual(['2024年新增床位。']);
  });
});

describe('the real notices', () => {
  it('Jilin 2024 → 2025: the titles and plan-year phrases move, targets and periods are flagged', () => {
    const plan = planNewYear(importText(readSeed('jilin')), { skeleton: false });
    const count = (a: string) => plan.changes.filter((c) => c.action === a).length;
    expect([count('changed'), count('cleared'), count('review')]).toEqual([9, 1, 15]);
    const find = (text: string) => plan.changes.find((c) => c.before.includes(text))!;
    expect(find('2024年,各县')).toMatchObject({ action: 'changed', location: '五、（十三） 正文' });
    expect(find('到2024年年底')).toMatchObject({ action: 'review', location: '五、（十三） 正文' });
    expect(find('2021—2035年')).toMatchObject({ action: 'review', location: '八、（二十五） 正文' });
    expect(find('十四五')).toMatchObject({ action: 'review', location: '十、（三十六） 正文' });
    expect(plan.document.meta.title).toBe('2025年全省民政工作要点');
  });

  it('Jiangsu 2014 → 2015: 文号 with its number left empty', () => {
    const plan = planNewYear(importText(readSeed('jiangsu')), { skeleton: false });
    expect(plan.document.meta.docNumber).toBe('苏民发〔2015〕号');
    expect(plan.document.meta.noticeTitle).toBe('关于印发2015年全省民政工作要点的通知');
    // 新建2000个 is a count, not a year
    expect(plan.changes.some((c) => c.before.includes('2000个'))).toBe(false);
  });

  it('Maoji 2025 → 2026: "2025年是…收官之年" is flagged, "2025年新建" moves', () => {
    const plan = planNewYear(importText(readSeed('maoji')), { skeleton: false });
    expect(plan.changes.find((c) => c.before.includes('收官之年'))).toMatchObject({
      action: 'review',
      location: '前言',
    });
    expect(plan.changes.find((c) => c.before.includes('新建3个'))).toMatchObject({
      action: 'changed',
      location: '四、（十二） 正文',
    });
    expect(plan.document.toc).toBeNull();
  });

  it('a full-width draft checks clean but for what the user must fill in', () => {
    const source = importText(readSeed('jilin').split('\n').map(fixHalfwidth).join('\n'));
    const draft = planNewYear(source, { skeleton: false }).document;
    expect(runChecks(draft).map((f) => [f.code, f.location])).toEqual([
      ['date-missing', '成文日期'],
      ['paragraph-end', '十、（三十二） 正文'],
    ]);
  });
});
