// 附件 pages (GB/T 9704 7.3.8): each attachment on a new page after the main text, "附件" and its number in
// 3号黑体 flush left on the first line, the title centred on the third line, then its text and tables.
// appendixTableBlocks is the one table writer: other features (the 任务分工表) append their tables through it.
import type { Appendix, AppendixBlock } from '../model/types';
import { exactBlock, type Block, type Drawn, type DrawnRule } from './blocks';
import { blankLine, gridPara, titleBlock } from './compose';
import type { Context } from './context';
import { drawLines } from './draw';
import { breakLines, glyphsOf, lineWidth, type Glyph } from './measure';
import { para, textRuns, xmlSafe } from './xml';

type AppendixTable = Extract<AppendixBlock, { kind: 'table' }>;

export function appendixBlocks(ctx: Context, appendix: Appendix): Block[] {
  const { profile, g } = ctx;
  const blocks: Block[] = [];
  const label = appendix.label.trim() || '附件';
  blocks.push(
    gridPara(
      ctx,
      'appendixLabel',
      [{ text: label, style: { eastAsia: profile.fonts.heading1 }, font: profile.fonts.heading1 }],
      { style: 'GwFlush', pageBreakBefore: true },
      { left: 0, right: 0, first: 0 },
    ),
  );
  if (appendix.title?.trim()) {
    blocks.push(blankLine());
    blocks.push(titleBlock(ctx, 'appendixTitle', appendix.title, 0, false));
    blocks.push(blankLine());
  }
  const first = { left: 0, right: 0, first: 2 * g.cell };
  for (const b of appendix.blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.trim())
        blocks.push(
          gridPara(ctx, 'appendixText', [{ text: b.text.trim(), style: {}, font: profile.fonts.body }], {}, first),
        );
    } else {
      blocks.push(...appendixTableBlocks(ctx, b));
    }
  }
  return blocks;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
/** the thin rules of a table, twips (0.5 pt) */
const RULE = 10;

/**
 * A table on the body grid: 3号仿宋 cells set from the top (黑体 centred header rows), thin rules all round, every row a
 * whole number of grid lines high (exact, so Word, WPS and LibreOffice agree on the page breaks), rows never
 * split, header rows repeated on each page, column widths written on the grid and on every cell (WPS
 * ignores a table without them). One block per row, so the page model breaks the table between rows.
 */
function appendixTableBlocks(ctx: Context, table: AppendixTable): Block[] {
  const { g, profile } = ctx;
  const rows = table.rows.filter((r) => r.length);
  if (!rows.length) return [];
  const cols = Math.max(...rows.map((r) => r.length));
  const margin = Math.round(g.cell / 4);
  const widths = columnWidths(ctx, rows, cols, margin);
  const p = g.linePitch;
  const headerRows = Math.min(Math.max(0, table.headerRows), rows.length - 1);
  const blocks: Block[] = [];
  let headerLines = 0;
  rows.forEach((row, r) => {
    const header = r < headerRows;
    const font = header ? profile.fonts.heading1 : profile.fonts.body;
    const cells = widths.map((w, c) => {
      const text = xmlSafe((row[c] ?? '').trim());
      const glyphs = glyphsOf(text, ctx.body);
      const inner = w - 2 * margin;
      const lines = (engine: 'word' | 'libreoffice') =>
        breakLines(glyphs, { firstWidth: inner, width: inner, engine, size: ctx.body.size });
      const starts = lines('libreoffice');
      return { text, glyphs, inner, starts, n: text ? Math.max(starts.length, lines('word').length) : 1 };
    });
    const n = Math.max(...cells.map((c) => c.n));
    const tcs = cells
      .map((c, i) => {
        const style = header ? { eastAsia: font } : {};
        const runs = c.text ? textRuns(c.text, style, font, ctx.body, c.glyphs) : '';
        return (
          `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/><w:vAlign w:val="top"/></w:tcPr>` +
          `${para({ style: 'GwFlush', exactLine: p, snapToGrid: false, jc: header ? 'center' : 'left' }, runs)}</w:tc>`
        );
      })
      .join('');
    const trPr = `<w:trPr><w:cantSplit/><w:trHeight w:val="${n * p}" w:hRule="exact"/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    let xml = `<w:tr>${trPr}${tcs}</w:tr>`;
    if (r === 0) xml = tableStart(ctx, widths, margin) + xml;
    if (r === rows.length - 1) xml += '</w:tbl>';
    const block = exactBlock(header ? 'tableHeader' : 'tableRow', xml, n, p);
    block.keepTogether = true;
    if (header) headerLines += n;
    else if (headerLines) block.repeatHeader = blocks.slice(0, headerRows);
    block.draw = () => drawRow(ctx, cells, widths, margin, n, header, font, r === 0);
    blocks.push(block);
  });
  // a table must be followed by a paragraph (Word); a blank line also separates it from what follows
  blocks.push(blankLine());
  return blocks;
}

function tableStart(ctx: Context, widths: number[], margin: number): string {
  const { g } = ctx;
  const side = `<w:left w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/>`;
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${g.textWidth}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
    `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/>${side}<w:bottom w:w="0" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

/**
 * Column widths that add up to the 版心: a column whose widest text (as LibreOffice sets it, the wider
 * reckoning) takes at most 30 % of it keeps that width; the long columns share the rest by their length,
 * none narrower than four characters.
 */
function columnWidths(ctx: Context, rows: string[][], cols: number, margin: number): number[] {
  const total = ctx.g.textWidth;
  const pad = 2 * margin + 20;
  const natural = Array.from({ length: cols }, (_, c) =>
    Math.max(
      2 * ctx.g.cell + pad,
      ...rows.map((r) => lineWidth(glyphsOf((r[c] ?? '').trim(), ctx.body), 'libreoffice', ctx.body.size) + pad),
    ),
  );
  if (natural.reduce((a, b) => a + b, 0) <= total)
    return fill(
      natural.map((w) => (w * total) / natural.reduce((a, b) => a + b, 0)),
      total,
    );
  const cap = 0.3 * total;
  const keep = natural.map((w) => w <= cap);
  const kept = natural.reduce((a, w, i) => a + (keep[i] ? w : 0), 0);
  const longSum = natural.reduce((a, w, i) => a + (keep[i] ? 0 : w), 0);
  const floor = Math.min(4 * ctx.g.cell + pad, (total - kept) / Math.max(1, keep.filter((k) => !k).length));
  let widths = natural.map((w, i) => (keep[i] ? w : Math.max(floor, ((total - kept) * w) / longSum)));
  // the floors may overshoot: take it back from the widest column
  const over = widths.reduce((a, b) => a + b, 0) - total;
  if (over > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    widths = widths.map((w, i) => (i === widest ? w - over : w));
  }
  return fill(widths, total);
}

/** Whole twips that add up to the total exactly (the last column takes the rounding). */
function fill(widths: number[], total: number): number[] {
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1] += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

interface CellLayout {
  text: string;
  glyphs: Glyph[];
  inner: number;
  starts: number[];
  n: number;
}

function drawRow(
  ctx: Context,
  cells: CellLayout[],
  widths: number[],
  margin: number,
  n: number,
  header: boolean,
  font: string,
  firstRow: boolean,
): Drawn {
  const p = ctx.g.linePitch;
  const lines: Drawn['lines'] = Array.from({ length: n }, () => ({ spans: [] }));
  let x = 0;
  cells.forEach((c, i) => {
    if (c.text) {
      const drawn = drawLines(
        c.glyphs,
        c.glyphs.map(() => font),
        c.starts,
        ctx.body,
        {
          width: ctx.g.textWidth,
          left: x + margin,
          right: ctx.g.textWidth - x - widths[i] + margin,
          first: 0,
          align: header ? 'center' : 'left',
        },
      );
      drawn.forEach((l, k) => lines[Math.min(n - 1, k)].spans.push(...l.spans));
    }
    x += widths[i];
  });
  // the row's rules: its bottom, its top when it is the table's first row, and the column lines
  const rules: DrawnRule[] = [{ y: n * p, x: 0, width: ctx.g.textWidth, weight: RULE, color: '000000' }];
  if (firstRow) rules.push({ y: 0, x: 0, width: ctx.g.textWidth, weight: RULE, color: '000000' });
  let cx = 0;
  const verticals = [0, ...widths.map((w) => (cx += w))];
  for (const v of verticals) rules.push({ y: 0, x: v, width: 0, weight: RULE, color: '000000', height: n * p });
  return { lines, rules };
}
