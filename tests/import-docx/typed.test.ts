// Numbers typed by hand, run-in headings set in their own font, and the Word-saved 公文 template.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx, readDocxLines } from '../../shared/import/docx';
import type { Section } from '../../shared/model/types';
import { sharedRoot } from '../helpers/paths';
import { body, centered, FANGSONG, HEITI, KAITI, outline, pack, plain, XIAOBIAOSONG } from './build-docx';

const TITLE = '2025年全市民政工作要点';

describe('numbers typed by hand', () => {
  async function typed(): Promise<Uint8Array> {
    return pack([
      centered(TITLE, { font: XIAOBIAOSONG, size: 44 }),
      body('　　2025年，全市民政工作要以兜底民生为重点。'),
      body({ text: '一、总体要求', font: HEITI }),
      body({ text: '（一）指导思想。', font: KAITI }, '坚持以人民为中心的发展思想。'),
      // a tab after the label, as many typists use to line up headings
      new Paragraph({
        children: [
          new TextRun({ text: '（二）', font: KAITI, size: 32 }),
          new TextRun({ text: '\t主要目标。', font: KAITI, size: 32 }),
          new TextRun({ text: '低保标准稳步提高。', font: FANGSONG, size: 32 }),
        ],
      }),
      body('1．健全制度。完善救助办法。'),
      body('（1）低保审核。下放审核确认权限。'),
      body('（2）特困供养。提高供养标准。'),
      body('2.强化监管。开展专项检查。'),
      body({ text: '二、重点任务', font: HEITI }),
      // 1. directly under 二、: the level is what the number's style says, not the depth
      body('1.推进养老服务。建设区域养老服务中心。'),
      body('2.加强儿童福利。提高孤儿保障标准。'),
    ]);
  }

  it('imports the levels the labels say, including a level-3 list directly under 一、', async () => {
    const doc = await importDocx(await typed());
    expect(doc.meta.title).toBe(TITLE);
    expect(doc.preamble).toEqual(['2025年，全市民政工作要以兜底民生为重点。']);
    expect(plain(doc.sections, true)).toEqual([
      {
        level: 1,
        heading: '总体要求',
        runIn: false,
        paragraphs: [],
        sourceLabel: '一、',
        children: [
          {
            level: 2,
            heading: '指导思想',
            runIn: true,
            paragraphs: ['坚持以人民为中心的发展思想。'],
            children: [],
            sourceLabel: '（一）',
          },
          {
            level: 2,
            heading: '主要目标',
            runIn: true,
            paragraphs: ['低保标准稳步提高。'],
            sourceLabel: '（二）',
            children: [
              {
                level: 3,
                heading: '健全制度',
                runIn: true,
                paragraphs: ['完善救助办法。'],
                sourceLabel: '1．',
                children: [
                  {
                    level: 4,
                    heading: '低保审核',
                    runIn: true,
                    paragraphs: ['下放审核确认权限。'],
                    children: [],
                    sourceLabel: '（1）',
                  },
                  {
                    level: 4,
                    heading: '特困供养',
                    runIn: true,
                    paragraphs: ['提高供养标准。'],
                    children: [],
                    sourceLabel: '（2）',
                  },
                ],
              },
              {
                level: 3,
                heading: '强化监管',
                runIn: true,
                paragraphs: ['开展专项检查。'],
                children: [],
                sourceLabel: '2.',
              },
            ],
          },
        ],
      },
      {
        level: 1,
        heading: '重点任务',
        runIn: false,
        paragraphs: [],
        sourceLabel: '二、',
        children: [
          {
            level: 3,
            heading: '推进养老服务',
            runIn: true,
            paragraphs: ['建设区域养老服务中心。'],
            children: [],
            sourceLabel: '1.',
          },
          {
            level: 3,
            heading: '加强儿童福利',
            runIn: true,
            paragraphs: ['提高孤儿保障标准。'],
            children: [],
            sourceLabel: '2.',
          },
        ],
      },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('gives the same tree as Word list numbering would', async () => {
    const { lines } = readDocxLines(await typed());
    expect(lines.every((l) => l.listLabel === null)).toBe(true);
    // the tab after （二） reads as a space, the typed indent (U+3000) is layout and trimmed
    expect(lines[4].text).toBe('（二） 主要目标。低保标准稳步提高。');
    expect(lines[1].text).toBe('2025年，全市民政工作要以兜底民生为重点。');
  });
});

describe('run-in headings set in their own font', () => {
  async function runIns(): Promise<Uint8Array> {
    return pack([
      centered(TITLE, { font: XIAOBIAOSONG, size: 44 }),
      body({ text: '一、兜牢民生底线', font: HEITI }),
      // 楷体 heading and 仿宋 body in one paragraph
      body(
        { text: '（一）完善社会救助体系。', font: KAITI },
        '健全分层分类的社会救助体系，',
        '加强低收入人口动态监测。',
      ),
      // the label in its own run, the heading bold 仿宋
      body(
        { text: '（二）', font: KAITI },
        { text: '发展养老服务。', font: KAITI, bold: true },
        '建设县乡村三级养老服务网络。',
      ),
      // bold lead sentence of a level-3 item
      body({ text: '1.提高低保标准。', bold: true }, '城乡低保标准分别提高5%。'),
      // a heading whose sentence ends with ？ keeps it
      body({ text: '2.如何落实责任？', bold: true }, '实行清单管理。'),
    ]);
  }

  it('splits heading and body text; the lead span is reported with its font and weight', async () => {
    const { lines } = readDocxLines(await runIns());
    expect(lines.slice(2).map((l) => [l.text, l.font, l.bold, l.leadLength])).toEqual([
      ['（一）完善社会救助体系。健全分层分类的社会救助体系，加强低收入人口动态监测。', KAITI, false, 12],
      ['（二）发展养老服务。建设县乡村三级养老服务网络。', KAITI, false, 10],
      ['1.提高低保标准。城乡低保标准分别提高5%。', FANGSONG, true, 9],
      ['2.如何落实责任？实行清单管理。', FANGSONG, true, 9],
    ]);
    const doc = await importDocx(await runIns());
    expect(plain(doc.sections)).toEqual([
      {
        level: 1,
        heading: '兜牢民生底线',
        runIn: false,
        paragraphs: [],
        children: [
          {
            level: 2,
            heading: '完善社会救助体系',
            runIn: true,
            paragraphs: ['健全分层分类的社会救助体系，加强低收入人口动态监测。'],
            children: [],
          },
          {
            level: 2,
            heading: '发展养老服务',
            runIn: true,
            paragraphs: ['建设县乡村三级养老服务网络。'],
            children: [
              {
                level: 3,
                heading: '提高低保标准',
                runIn: true,
                paragraphs: ['城乡低保标准分别提高5%。'],
                children: [],
              },
              { level: 3, heading: '如何落实责任？', runIn: true, paragraphs: ['实行清单管理。'], children: [] },
            ],
          },
        ],
      },
    ]);
  });
});

describe('the Word-saved 公文 template (.dotx)', () => {
  const path = join(sharedRoot, 'fixtures', 'docx', 'word-saved-gongwen-template.dotx');

  it('imports without error: its sample text, numbered by heading styles linked to one multilevel list', async () => {
    const doc = await importDocx(new Uint8Array(readFileSync(path)));
    // the template is not empty: Word saved sample paragraphs in Heading 2–5 styles (一、 （一） 1. （1）)
    const count = (level: number) => {
      let n = 0;
      const walk = (list: readonly Section[]) =>
        list.forEach((s) => ((n += s.level === level ? 1 : 0), walk(s.children)));
      walk(doc.sections);
      return n;
    };
    expect([1, 2, 3, 4].map(count)).toEqual([12, 17, 14, 11]);
    expect(doc.meta.title).toBe('测试文段');
    expect(doc.preamble).toEqual(['诸葛亮、亮葛诸', '这是一段不需要缩进的内容。', '这也是一段不需要缩进的内容。']);
    expect(outline(doc).slice(0, 3)).toEqual(['1:一级标题a', '1:一级标题b', '1:一级标题c']);
    // Word's counters: （一）…（十三） under 一级标题k, restarting at （一） under 一级标题2 (十二、)
    const k = doc.sections[10];
    expect(k.children.map((c) => c.sourceLabel)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
      '（七）',
      '（八）',
      '（九）',
      '（十）',
      '（十一）',
      '（十二）',
      '（十三）',
    ]);
    expect(doc.sections[11]).toMatchObject({ heading: '一级标题2', sourceLabel: '十二、' });
    expect(doc.sections[11].children[0]).toMatchObject({ heading: '二级标题3', sourceLabel: '（一）' });
    expect(k.children[10].children[9].children.map((c) => c.sourceLabel)).toEqual([
      '（1）',
      '（2）',
      '（3）',
      '（4）',
      '（5）',
      '（6）',
      '（7）',
      '（8）',
      '（9）',
      '（10）',
    ]);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(doc.warnings).toEqual([
      { code: 'docx-template', message: '这是 Word 模板文件（.dotx），导入的是模板中的示例文字' },
    ]);
  });

  it('reads the fonts its styles give (黑体 for 一、, 楷体 for （一）, 仿宋 for the body)', () => {
    const { lines, isTemplate } = readDocxLines(new Uint8Array(readFileSync(path)));
    expect(isTemplate).toBe(true);
    const byLabel = (label: string) => lines.find((l) => l.listLabel === label)!;
    expect(byLabel('一、')).toMatchObject({ text: '一级标题a', font: '黑体', sizeHalfPoints: 32 });
    expect(byLabel('（一）')).toMatchObject({ text: '二级标题a', font: '楷体' });
    expect(lines[0]).toMatchObject({ text: '测试文段', centered: true, sizeHalfPoints: 44, font: '方正小标宋_GBK' });
    expect(lines[2]).toMatchObject({ font: '仿宋', centered: false });
  });
});
