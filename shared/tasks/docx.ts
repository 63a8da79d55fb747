// Tables laid out to GB/T 9704 as a .docx of their own (the 分工表, each unit's list, the quarterly report),
// written with the docx library like the notice export: A4, the standard's 版心, 仿宋 4号 in the cells, the
// header row in 黑体 and repeated at the top of every page, fixed column widths (WPS honours only these),
// rows kept whole across pages.
import {
  AlignmentType,
  Document,
  Footer,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { mmToTwips } from '../export/geometry';
import { GBT9704_2012, type LayoutProfile } from '../export/profile';

export interface DocxTable {
  /** a heading above the table, e.g. 一、牵头任务 (黑体 3号), or null */
  caption: string | null;
  header: string[];
  rows: string[][];
  /** relative column widths (any unit; scaled to the 版心 width) */
  widths: number[];
}

export interface TableDocument {
  /** 附件 label at the top left (黑体 3号), or null */
  label: string | null;
  /** 方正小标宋 2号, centred */
  title: string;
  /** lines under the title (仿宋 3号, centred), e.g. the unit or the period */
  subtitle?: string | null;
  tables: DocxTable[];
  /** paragraphs after the tables (仿宋 3号) */
  notes?: string[];
}

const HALF_POINTS = (pt: number) => pt * 2;
const SIZE_3 = 16; // 三号
const SIZE_4 = 14; // 四号

function font(name: string, latin: string) {
  return { ascii: latin, hAnsi: latin, eastAsia: name, cs: latin, hint: 'eastAsia' as const };
}

function para(
  text: string,
  f: string,
  pt: number,
  p: LayoutProfile,
  opts: { center?: boolean; bold?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: Math.round(pt * 20 * 1.25) },
    children: [new TextRun({ text, font: font(f, p.fonts.latin), size: HALF_POINTS(pt), bold: opts.bold })],
  });
}

function cell(text: string, width: number, f: string, p: LayoutProfile, center: boolean): TableCell {
  // a cell's text may hold line breaks (several 进展 lines): one paragraph each
  const lines = text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57, top: 40, bottom: 40 }, // 1 mm: a 5-character unit name fits a 19% column
    children: lines.map((l) => para(l, f, SIZE_4, p, { center })),
  });
}

function table(t: DocxTable, p: LayoutProfile): Table {
  const total = mmToTwips(p.page.textWidthMm);
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((w / sum) * total));
  const narrow = (i: number) => t.widths[i] / sum < 0.1; // 序号, 完成时限: centred
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: mmToTwips(10), rule: HeightRule.ATLEAST },
    children: t.header.map((h, i) => cell(h, widths[i], p.fonts.heading1, p, true)),
  });
  const rows = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: widths.map((w, i) => cell(r[i] ?? '', w, p.fonts.body, p, narrow(i))),
      }),
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    rows: [header, ...rows],
  });
}

function pageFooter(p: LayoutProfile): Footer {
  const f = font(p.fonts.pageNumber, p.fonts.pageNumber);
  const [before, after] = p.pageNumber.format.split('{n}');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: before, font: f, size: HALF_POINTS(p.sizes.pageNumber) }),
          new TextRun({ children: [PageNumber.CURRENT], font: f, size: HALF_POINTS(p.sizes.pageNumber) }),
          new TextRun({ text: after, font: f, size: HALF_POINTS(p.sizes.pageNumber) }),
        ],
      }),
    ],
  });
}

export async function tableDocx(d: TableDocument, p: LayoutProfile = GBT9704_2012): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  if (d.label) children.push(para(d.label, p.fonts.heading1, SIZE_3, p));
  children.push(para('', p.fonts.body, SIZE_3, p));
  children.push(para(d.title, p.fonts.title, p.sizes.title, p, { center: true }));
  if (d.subtitle) children.push(para(d.subtitle, p.fonts.heading2, SIZE_3, p, { center: true }));
  children.push(para('', p.fonts.body, SIZE_3, p));
  for (const t of d.tables) {
    if (t.caption) children.push(para(t.caption, p.fonts.heading1, SIZE_3, p));
    children.push(table(t, p));
    children.push(para('', p.fonts.body, SIZE_4, p));
  }
  for (const n of d.notes ?? []) children.push(para(n, p.fonts.body, SIZE_3, p));
  const right = p.page.widthMm - p.page.leftMm - p.page.textWidthMm;
  const bottom = p.page.heightMm - p.page.topMm - p.page.textHeightMm;
  const doc = new Document({
    creator: '要点',
    title: d.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(p.page.widthMm), height: mmToTwips(p.page.heightMm) },
            margin: {
              top: mmToTwips(p.page.topMm),
              bottom: mmToTwips(bottom),
              left: mmToTwips(p.page.leftMm),
              right: mmToTwips(right),
              footer: mmToTwips(bottom - p.pageNumber.belowTextMm - 3),
            },
          },
        },
        footers: { default: pageFooter(p) },
        children,
      },
    ],
  });
  return (await Packer.pack(doc, 'uint8array')) as Uint8Array;
}
