// Word list numbering: the labels Word prints are computed from numbering.xml and give the same tree as
// numbers typed by hand.
import { LevelFormat, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx, readDocxLines } from '../../shared/import/docx';
import {
  body,
  centered,
  listItem,
  pack,
  patchPart,
  plain,
  readPart,
  XIAOBIAOSONG,
  type NumberingConfig,
} from './build-docx';

const L1: NumberingConfig = {
  reference: 'l1',
  levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 }],
};
const L2: NumberingConfig = {
  reference: 'l2',
  levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', start: 1 }],
};
const L3: NumberingConfig = {
  reference: 'l3',
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }],
};
/** One multilevel list as Word's “定义新的多级列表” makes it: 一、 / （一） / 1. */
const MULTI: NumberingConfig = {
  reference: 'multi',
  levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.', start: 1 },
  ],
};

const TITLE = '2025年全市民政工作要点';
const PREAMBLE = '2025年全市民政工作的总体要求是：坚持以人民为中心，兜牢民生底线。';

function heading(text: string) {
  return [{ text, font: '黑体' }];
}

/** The 要点 with separate single-level lists: （一） numbers on through the document, 1. restarts by instance. */
async function separateLists(): Promise<Uint8Array> {
  return pack(
    [
      centered(TITLE, { font: XIAOBIAOSONG, size: 44 }),
      body(PREAMBLE),
      listItem('l1', 0, heading('强化党建引领')),
      listItem('l2', 0, '加强政治建设。持续深化理论武装。'),
      listItem('l3', 0, '健全学习制度。每月集中学习一次。', 1),
      listItem('l3', 0, '开展专题培训。全年培训两期。', 1),
      listItem('l2', 0, '推进作风建设。深化为基层减负。'),
      listItem('l1', 0, heading('兜牢民生底线')),
      listItem('l2', 0, '完善社会救助。健全分层分类救助体系。'),
      listItem('l3', 0, '提高低保标准。城乡低保标准提高5%。', 2),
      listItem('l2', 0, '发展养老服务'),
      body('推进居家社区养老服务网络建设。'),
    ],
    [L1, L2, L3],
  );
}

const SEPARATE_TREE = [
  {
    level: 1,
    heading: '强化党建引领',
    runIn: false,
    paragraphs: [],
    children: [
      {
        level: 2,
        heading: '加强政治建设',
        runIn: true,
        paragraphs: ['持续深化理论武装。'],
        children: [
          { level: 3, heading: '健全学习制度', runIn: true, paragraphs: ['每月集中学习一次。'], children: [] },
          { level: 3, heading: '开展专题培训', runIn: true, paragraphs: ['全年培训两期。'], children: [] },
        ],
      },
      { level: 2, heading: '推进作风建设', runIn: true, paragraphs: ['深化为基层减负。'], children: [] },
    ],
  },
  {
    level: 1,
    heading: '兜牢民生底线',
    runIn: false,
    paragraphs: [],
    children: [
      {
        level: 2,
        heading: '完善社会救助',
        runIn: true,
        paragraphs: ['健全分层分类救助体系。'],
        children: [
          { level: 3, heading: '提高低保标准', runIn: true, paragraphs: ['城乡低保标准提高5%。'], children: [] },
        ],
      },
      { level: 2, heading: '发展养老服务', runIn: false, paragraphs: ['推进居家社区养老服务网络建设。'], children: [] },
    ],
  },
];

describe('Word list numbering', () => {
  it('computes the labels Word prints: 一、 （一） continuing across 一、, 1. restarting per list instance', async () => {
    const { lines } = readDocxLines(await separateLists());
    expect(lines.map((l) => [l.listLabel ?? '', l.text])).toEqual([
      ['', TITLE],
      ['', PREAMBLE],
      ['一、', '强化党建引领'],
      ['（一）', '加强政治建设。持续深化理论武装。'],
      ['1.', '健全学习制度。每月集中学习一次。'],
      ['2.', '开展专题培训。全年培训两期。'],
      ['（二）', '推进作风建设。深化为基层减负。'],
      ['二、', '兜牢民生底线'],
      ['（三）', '完善社会救助。健全分层分类救助体系。'],
      ['1.', '提高低保标准。城乡低保标准提高5%。'],
      ['（四）', '发展养老服务'],
      ['', '推进居家社区养老服务网络建设。'],
    ]);
  });

  it('imports separate lists into the tree, with level 2 continuous and level 3 restarting', async () => {
    const doc = await importDocx(await separateLists());
    expect(doc.meta.title).toBe(TITLE);
    expect(doc.preamble).toEqual([PREAMBLE]);
    expect(plain(doc.sections)).toEqual(SEPARATE_TREE);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'continuous', 3: 'restart', 4: 'restart' });
    expect(doc.sections[1].children[0].sourceLabel).toBe('（三）');
    expect(doc.warnings).toEqual([]);
  });

  it('restarts （一） under each 一、 when each parent starts a new list instance', async () => {
    const bytes = await pack(
      [
        centered(TITLE, { font: XIAOBIAOSONG, size: 44 }),
        listItem('l1', 0, heading('强化党建引领')),
        listItem('l2', 0, '加强政治建设。持续深化理论武装。', 1),
        listItem('l2', 0, '推进作风建设。深化为基层减负。', 1),
        listItem('l1', 0, heading('兜牢民生底线')),
        listItem('l2', 0, '完善社会救助。健全分层分类救助体系。', 2),
        listItem('l2', 0, '发展养老服务。推进居家社区养老服务网络建设。', 2),
      ],
      [L1, L2],
    );
    const { lines } = readDocxLines(bytes);
    expect(lines.map((l) => l.listLabel ?? '')).toEqual(['', '一、', '（一）', '（二）', '二、', '（一）', '（二）']);
    const doc = await importDocx(bytes);
    expect(doc.numbering[2]).toBe('restart');
    expect(plain(doc.sections).map((s) => [s.heading, s.children.map((c) => c.heading)])).toEqual([
      ['强化党建引领', ['加强政治建设', '推进作风建设']],
      ['兜牢民生底线', ['完善社会救助', '发展养老服务']],
    ]);
  });

  async function multilevel(): Promise<Uint8Array> {
    return pack(
      [
        centered(TITLE, { font: XIAOBIAOSONG, size: 44 }),
        listItem('multi', 0, heading('强化党建引领')),
        listItem('multi', 1, '加强政治建设。持续深化理论武装。'),
        listItem('multi', 2, '健全学习制度。每月集中学习一次。'),
        listItem('multi', 2, '开展专题培训。全年培训两期。'),
        listItem('multi', 1, '推进作风建设。深化为基层减负。'),
        listItem('multi', 2, '整治形式主义。精简会议文件。'),
        listItem('multi', 0, heading('兜牢民生底线')),
        listItem('multi', 1, '完善社会救助。健全分层分类救助体系。'),
        listItem('multi', 2, '提高低保标准。城乡低保标准提高5%。'),
      ],
      [MULTI],
    );
  }

  it('numbers a multilevel list as Word does: lower levels restart after a higher level by default', async () => {
    const bytes = await multilevel();
    const { lines } = readDocxLines(bytes);
    expect(lines.map((l) => l.listLabel ?? '')).toEqual([
      '',
      '一、',
      '（一）',
      '1.',
      '2.',
      '（二）',
      '1.',
      '二、',
      '（一）',
      '1.',
    ]);
    const doc = await importDocx(bytes);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(plain(doc.sections)).toEqual([
      {
        level: 1,
        heading: '强化党建引领',
        runIn: false,
        paragraphs: [],
        children: [
          {
            level: 2,
            heading: '加强政治建设',
            runIn: true,
            paragraphs: ['持续深化理论武装。'],
            children: [
              { level: 3, heading: '健全学习制度', runIn: true, paragraphs: ['每月集中学习一次。'], children: [] },
              { level: 3, heading: '开展专题培训', runIn: true, paragraphs: ['全年培训两期。'], children: [] },
            ],
          },
          {
            level: 2,
            heading: '推进作风建设',
            runIn: true,
            paragraphs: ['深化为基层减负。'],
            children: [
              { level: 3, heading: '整治形式主义', runIn: true, paragraphs: ['精简会议文件。'], children: [] },
            ],
          },
        ],
      },
      {
        level: 1,
        heading: '兜牢民生底线',
        runIn: false,
        paragraphs: [],
        children: [
          {
            level: 2,
            heading: '完善社会救助',
            runIn: true,
            paragraphs: ['健全分层分类救助体系。'],
            children: [
              { level: 3, heading: '提高低保标准', runIn: true, paragraphs: ['城乡低保标准提高5%。'], children: [] },
            ],
          },
        ],
      },
    ]);
  });

  it('keeps （一） counting through the document when the level says w:lvlRestart 0', async () => {
    // the docx library cannot write w:lvlRestart; Word writes it when “重新开始列表的间隔” is cleared
    const bytes = patchPart(await multilevel(), 'word/numbering.xml', (xml) => {
      const level1 = /<w:lvl w:ilvl="1"[^>]*>(?:(?!<\/w:lvl>)[\s\S])*?<w:numFmt w:val="chineseCounting"\/>/;
      expect(level1.test(xml)).toBe(true);
      return xml.replace(level1, (m) => m.replace('<w:numFmt', '<w:lvlRestart w:val="0"/><w:numFmt'));
    });
    const { lines } = readDocxLines(bytes);
    expect(lines.map((l) => l.listLabel ?? '')).toEqual([
      '',
      '一、',
      '（一）',
      '1.',
      '2.',
      '（二）',
      '1.',
      '二、',
      '（三）',
      '1.',
    ]);
    const doc = await importDocx(bytes);
    expect(doc.numbering[2]).toBe('continuous');
    expect(doc.sections[1].children[0].heading).toBe('完善社会救助');
  });

  it('starts where w:start says and honours a w:startOverride (a list continued from another document)', async () => {
    const bytes = await pack(
      [
        listItem('l1', 0, '甲'),
        listItem('l1', 0, '乙'),
        listItem('decimal-from-5', 0, '丙'),
        listItem('decimal-from-5', 0, '丁'),
      ],
      [
        L1,
        {
          reference: 'decimal-from-5',
          levels: [{ level: 0, format: LevelFormat.DECIMAL_FULL_WIDTH, text: '%1．', start: 5 }],
        },
      ],
    );
    const patched = patchPart(bytes, 'word/numbering.xml', (xml) => {
      // make the 一、 list's instance start at 三, as Word's “设置编号值” does
      const abstractId = /<w:abstractNum w:abstractNumId="(\d+)"[^>]*>(?:(?!<\/w:abstractNum>)[\s\S])*?%1、/.exec(
        xml,
      )![1];
      const num = new RegExp(
        `(<w:num w:numId="\\d+"><w:abstractNumId w:val="${abstractId}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val=")1("/>)`,
      );
      expect(num.test(xml)).toBe(true);
      return xml.replace(num, '$13$2');
    });
    const { lines } = readDocxLines(patched);
    expect(lines.map((l) => l.listLabel)).toEqual(['三、', '四、', '５．', '６．']);
  });

  it('follows numbering linked to paragraph styles (Heading styles with w:numPr and w:pStyle levels)', async () => {
    const bytes = await pack(
      [
        new Paragraph({ style: 'L1Heading', children: [new TextRun('总体要求')] }),
        new Paragraph({ style: 'L2Heading', children: [new TextRun('指导思想。坚持新发展理念。')] }),
        new Paragraph({ style: 'L2Heading', children: [new TextRun('主要目标。低保标准稳步提高。')] }),
        new Paragraph({ style: 'L1Heading', children: [new TextRun('重点任务')] }),
        new Paragraph({ style: 'L2Heading', children: [new TextRun('兜底保障。落实困难群众救助。')] }),
      ],
      [
        {
          reference: 'styled',
          levels: [
            {
              level: 0,
              format: LevelFormat.CHINESE_COUNTING_THOUSAND,
              text: '%1、',
              start: 1,
              style: { style: 'L1Heading' },
            },
            {
              level: 1,
              format: LevelFormat.CHINESE_COUNTING_THOUSAND,
              text: '（%2）',
              start: 1,
              style: { style: 'L2Heading' },
            },
          ],
        },
      ],
    );
    // link the styles to the list the way Word does: a w:num without overrides named in the style's numPr,
    // the level found through the lvl's w:pStyle (the library writes the definition, not the link)
    const abstractId = /<w:abstractNum w:abstractNumId="(\d+)"[^>]*>(?:(?!<\/w:abstractNum>)[\s\S])*?L1Heading/.exec(
      readPart(bytes, 'word/numbering.xml'),
    )![1];
    const withNum = patchPart(bytes, 'word/numbering.xml', (xml) =>
      xml.replace(
        '</w:numbering>',
        `<w:num w:numId="90"><w:abstractNumId w:val="${abstractId}"/></w:num></w:numbering>`,
      ),
    );
    const styles = patchPart(withNum, 'word/styles.xml', (s) =>
      s.replace(
        '</w:styles>',
        '<w:style w:type="paragraph" w:styleId="L1Heading"><w:name w:val="要点一级"/><w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="L2Heading"><w:name w:val="要点二级"/><w:basedOn w:val="L1Heading"/><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style></w:styles>',
      ),
    );
    const { lines } = readDocxLines(styles);
    expect(lines.map((l) => [l.listLabel, l.font])).toEqual([
      ['一、', '黑体'],
      ['（一）', '楷体_GB2312'],
      ['（二）', '楷体_GB2312'],
      ['二、', '黑体'],
      ['（一）', '楷体_GB2312'],
    ]);
    const doc = await importDocx(styles);
    expect(
      plain(doc.sections).map((s) => [
        s.heading,
        s.children.map((c) => `${c.heading}|${c.runIn}|${c.paragraphs.join('')}`),
      ]),
    ).toEqual([
      ['总体要求', ['指导思想|true|坚持新发展理念。', '主要目标|true|低保标准稳步提高。']],
      ['重点任务', ['兜底保障|true|落实困难群众救助。']],
    ]);
  });
});
