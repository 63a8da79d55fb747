// A whole 红头 notice made in Word: 发文机关标志 (in a paragraph, a text box or the first-page header), 文号,
// title, 主送, 署名, date, 附注, the 要点, and the 版记 as a table. The tree and every metadata field are checked.
import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Footer,
  Header,
  InsertedTextRun,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
  PageNumber,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx, readDocxLines } from '../../shared/import/docx';
import { emptyMeta } from '../../shared/model/factory';
import { body, centered, FANGSONG, HEITI, KAITI, pack, plain, XIAOBIAOSONG, type Child } from './build-docx';

const MARK = '吉林省民政厅文件';
const DOC_NUMBER = '吉民发〔2024〕3号';
const RECIPIENTS = '各市（州）民政局，长白山管委会民政局，各县（市、区）民政局';
const COVER = '《2024年全省民政工作要点》已经省民政厅党组会议审议通过，现印发给你们，请结合实际认真贯彻落实。';
const TITLE = '2024年全省民政工作要点';
const PREAMBLE =
  '2024年全省民政工作要坚持以习近平新时代中国特色社会主义思想为指导，在推进吉林全面振兴中作出民政新贡献。';

function redMark(): Paragraph {
  return centered(MARK, { font: XIAOBIAOSONG, size: 72, color: 'FF0000' });
}

function redLine(): Paragraph {
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 1 } },
    children: [],
  });
}

function runIn(label: string, heading: string, rest: string): Paragraph {
  return body({ text: `${label}${heading}。`, font: KAITI }, rest);
}

function colophon(): Table {
  const cell = (text: string, align: (typeof AlignmentType)[keyof typeof AlignmentType], span = 1) =>
    new TableCell({
      columnSpan: span,
      children: [new Paragraph({ alignment: align, children: [new TextRun({ text, font: FANGSONG, size: 28 })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [cell('抄送：省委办公厅，省政府办公厅。', AlignmentType.LEFT, 2)] }),
      new TableRow({
        children: [cell('吉林省民政厅办公室', AlignmentType.LEFT), cell('2024年2月20日印发', AlignmentType.RIGHT)],
      }),
    ],
  });
}

/** The notice after its 发文机关标志. */
function noticeBody(): Child[] {
  return [
    new Paragraph({ children: [] }),
    centered(DOC_NUMBER),
    redLine(),
    new Paragraph({ children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // the title broken with Shift+Enter into the trapezoid GB/T 9704 asks for
      children: [
        new TextRun({ text: '关于印发2024年全省民政工作要点', font: XIAOBIAOSONG, size: 44 }),
        new TextRun({ text: '的通知', font: XIAOBIAOSONG, size: 44, break: 1 }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: `${RECIPIENTS}：`, font: FANGSONG, size: 32 })] }),
    body(COVER),
    new Paragraph({ children: [] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: '吉林省民政厅', font: FANGSONG, size: 32 })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: '2024年2月19日', font: FANGSONG, size: 32 })],
    }),
    body('（此件公开发布）'),
    new Paragraph({ children: [new PageBreak()] }),
    centered(TITLE, { font: XIAOBIAOSONG, size: 44 }),
    body(PREAMBLE),
    body({ text: '一、持续深化理论武装', font: HEITI }),
    runIn('（一）', '深入学习贯彻习近平新时代中国特色社会主义思想', '巩固深化主题教育成果。'),
    runIn('（二）', '深入学习宣传贯彻习近平总书记关于民政工作的重要论述', '创新方式载体。'),
    body({ text: '二、健全社会救助体系', font: HEITI }),
    runIn('（三）', '加强低收入人口动态监测', '建设全省统一的低收入人口动态监测信息平台。'),
    body('研究谋划过渡期后制度安排。'),
    new Paragraph({ children: [] }),
    colophon(),
  ];
}

const FOOTER = {
  default: new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })],
      }),
    ],
  }),
};

const EXPECTED_META = {
  ...emptyMeta(),
  issuer: '吉林省民政厅',
  issuerMark: MARK,
  docNumber: DOC_NUMBER,
  noticeTitle: '关于印发2024年全省民政工作要点的通知',
  recipients: RECIPIENTS,
  coverParagraphs: [COVER],
  signature: '吉林省民政厅',
  date: '2024-02-19',
  note: '（此件公开发布）',
  cc: '省委办公厅，省政府办公厅',
  printedBy: '吉林省民政厅办公室',
  printedDate: '2024-02-20',
  title: TITLE,
};

const EXPECTED_TREE = [
  {
    level: 1,
    heading: '持续深化理论武装',
    runIn: false,
    paragraphs: [],
    children: [
      {
        level: 2,
        heading: '深入学习贯彻习近平新时代中国特色社会主义思想',
        runIn: true,
        paragraphs: ['巩固深化主题教育成果。'],
        children: [],
      },
      {
        level: 2,
        heading: '深入学习宣传贯彻习近平总书记关于民政工作的重要论述',
        runIn: true,
        paragraphs: ['创新方式载体。'],
        children: [],
      },
    ],
  },
  {
    level: 1,
    heading: '健全社会救助体系',
    runIn: false,
    paragraphs: [],
    children: [
      {
        level: 2,
        heading: '加强低收入人口动态监测',
        runIn: true,
        paragraphs: ['建设全省统一的低收入人口动态监测信息平台。', '研究谋划过渡期后制度安排。'],
        children: [],
      },
    ],
  },
];

describe('a 红头 notice made in Word', () => {
  it('reads the lines with what Word knows: red mark, centred lines, the broken title joined, the 版记 rows, no footer', async () => {
    const { lines } = readDocxLines(await pack([redMark(), ...noticeBody()], [], { footers: FOOTER }));
    expect(lines.map((l) => l.text)).toEqual([
      MARK,
      DOC_NUMBER,
      '关于印发2024年全省民政工作要点的通知',
      `${RECIPIENTS}：`,
      COVER,
      '吉林省民政厅',
      '2024年2月19日',
      '（此件公开发布）',
      TITLE,
      PREAMBLE,
      '一、持续深化理论武装',
      '（一）深入学习贯彻习近平新时代中国特色社会主义思想。巩固深化主题教育成果。',
      '（二）深入学习宣传贯彻习近平总书记关于民政工作的重要论述。创新方式载体。',
      '二、健全社会救助体系',
      '（三）加强低收入人口动态监测。建设全省统一的低收入人口动态监测信息平台。',
      '研究谋划过渡期后制度安排。',
      '抄送：省委办公厅，省政府办公厅。',
      '吉林省民政厅办公室  2024年2月20日印发',
    ]);
    expect(lines[0]).toMatchObject({
      centered: true,
      color: 'FF0000',
      sizeHalfPoints: 72,
      font: XIAOBIAOSONG,
      bold: false,
    });
    expect(lines[2]).toMatchObject({ centered: true, sizeHalfPoints: 44, color: null });
    expect(lines[8]).toMatchObject({ text: TITLE, pageBreakBefore: true, centered: true });
    expect(lines.filter((l) => l.pageBreakBefore).length).toBe(1);
    // the run-in heading's 楷体 span is reported apart from the 仿宋 body text after it
    expect(lines[11]).toMatchObject({
      font: KAITI,
      leadLength: '（一）深入学习贯彻习近平新时代中国特色社会主义思想。'.length,
    });
    expect(lines[10].leadLength).toBeUndefined();
  });

  it('imports the tree and every metadata field', async () => {
    const doc = await importDocx(await pack([redMark(), ...noticeBody()], [], { footers: FOOTER }));
    expect(doc.meta).toEqual(EXPECTED_META);
    expect(doc.preamble).toEqual([PREAMBLE]);
    expect(plain(doc.sections)).toEqual(EXPECTED_TREE);
    expect(doc.toc).toBeNull();
    expect(doc.warnings).toEqual([]);
  });

  it('takes the 发文机关标志 from a text box and puts it at the top', async () => {
    const box = new Textbox({
      style: { width: '156mm', height: '20mm' },
      children: [centered(MARK, { font: XIAOBIAOSONG, size: 60, color: 'C00000' })],
    });
    // anchored in the 文号's paragraph, as WPS templates do
    const children = noticeBody();
    children.splice(
      1,
      1,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [box, new TextRun({ text: DOC_NUMBER, font: FANGSONG, size: 32 })],
      }),
    );
    const bytes = await pack(children);
    const { lines } = readDocxLines(bytes);
    expect(lines.slice(0, 2).map((l) => [l.text, l.origin, l.color])).toEqual([
      [MARK, 'textbox', 'C00000'],
      [DOC_NUMBER, 'body', null],
    ]);
    const doc = await importDocx(bytes);
    expect(doc.meta).toEqual(EXPECTED_META);
    expect(plain(doc.sections)).toEqual(EXPECTED_TREE);
  });

  it('takes a red 发文机关标志 from the first-page header, and nothing else from headers', async () => {
    const bytes = await pack(noticeBody(), [], {
      properties: { titlePage: true },
      headers: {
        first: new Header({ children: [redMark()] }),
        default: new Header({ children: [centered('内部资料 注意保存')] }),
      },
      footers: FOOTER,
    });
    const { lines } = readDocxLines(bytes);
    expect(lines[0]).toMatchObject({ text: MARK, origin: 'header', color: 'FF0000' });
    expect(lines.some((l) => l.text.includes('内部资料'))).toBe(false);
    const doc = await importDocx(bytes);
    expect(doc.meta).toEqual(EXPECTED_META);
  });

  it('reads tracked changes as accepted: deletions out, insertions in, and says so', async () => {
    const revision = { author: '张三', date: '2024-02-18T09:00:00Z' };
    const children = noticeBody();
    children.splice(
      children.length - 3,
      1,
      new Paragraph({
        children: [
          new TextRun({ text: '研究谋划', font: FANGSONG, size: 32 }),
          new DeletedTextRun({ ...revision, id: 1, text: '2025年', font: FANGSONG, size: 32 }),
          new InsertedTextRun({ ...revision, id: 2, text: '过渡期后', font: FANGSONG, size: 32 }),
          new TextRun({ text: '制度安排。', font: FANGSONG, size: 32 }),
        ],
      }),
    );
    const doc = await importDocx(await pack([redMark(), ...children]));
    expect(plain(doc.sections)).toEqual(EXPECTED_TREE);
    expect(doc.warnings).toEqual([
      { code: 'docx-revisions', message: '文档含有 2 处修订记录，已按“接受全部修订”后的文字导入' },
    ]);
  });
});
