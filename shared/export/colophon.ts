// 版记 (GB/T 9704 7.4): 抄送 and 印发机关/印发日期 in 4号仿宋 between a thick first and last line and
// thin lines between, the last line on the 版心's bottom edge. It is a table floated to the bottom
// of the page's text area (vertAnchor margin, bottom), so its place does not depend on how the body
// above it breaks; pagination only decides which page it goes on.
import { formatChineseDate } from '../model/dates';
import type { NoticeMeta } from '../model/types';
import type { Context } from './context';
import type { Drawn, DrawnLine } from './blocks';
import { drawLine, drawParagraph } from './draw';
import { breakLines, glyphsOf } from './measure';
import { TAB, para, textRuns, xmlSafe } from './xml';

export interface Colophon {
  xml: string;
  /** grid lines the table takes */
  lines: number;
  /** what the page model draws, from the table's top edge */
  draw: () => Drawn;
}

export function buildColophon(meta: NoticeMeta, ctx: Context): Colophon | null {
  const { g, profile } = ctx;
  const cc =
    meta.cc &&
    xmlSafe(meta.cc)
      .trim()
      .replace(/^抄送[:：]\s*/, '')
      .replace(/[。.；;，,]+$/, '');
  const printedBy = xmlSafe(meta.printedBy?.trim() ?? '');
  const printed = formatChineseDate(meta.printedDate);
  if (!cc && !printedBy && !printed) return null;
  const p = g.linePitch;
  const m = ctx.colophon;
  const side = m.cell; // one character of 4号 on each side
  const font = profile.fonts.colophon;
  const style = { eastAsia: font, sz: m.size / 10, spacing: 0 };
  const rows: Array<{ xml: string; lines: number; draw: () => DrawnLine[] }> = [];
  const full = { width: g.textWidth, left: side, right: side, first: 0 };
  if (cc) {
    const label = '抄送：';
    const text = `${label}${cc}。`;
    const labelW = 3 * m.cell;
    const glyphs = glyphsOf(text, m);
    const lines = breakLines(glyphs, {
      firstWidth: g.textWidth - 2 * side,
      width: g.textWidth - 2 * side - labelW,
      engine: 'word',
      size: m.size,
    }).length;
    rows.push({
      lines,
      xml: para(
        { style: 'GwColophon', exactLine: p, ind: { left: side + labelW, right: side, hanging: labelW } },
        textRuns(text, style, font, m, glyphs),
      ),
      draw: () =>
        drawParagraph(
          glyphs,
          glyphs.map(() => font),
          m,
          { ...full, left: side + labelW, first: -labelW, align: 'left' },
        ),
    });
  }
  if (printedBy || printed) {
    const runs =
      textRuns(printedBy, style, font, m) + (printed ? TAB + textRuns(`${printed}印发`, style, font, m) : '');
    const dateText = printed ? `${printed}印发` : '';
    rows.push({
      lines: 1,
      draw: () => [
        {
          spans: [
            ...drawLine(printedBy, font, m, { ...full, align: 'left' }).spans,
            ...(dateText ? drawLine(dateText, font, m, { ...full, align: 'right' }).spans : []),
          ],
        },
      ],
      xml: para(
        { style: 'GwColophon', exactLine: p, ind: { left: side, right: side }, tabs: [['right', g.textWidth - side]] },
        runs,
      ),
    });
  }
  const thick = Math.round(profile.colophon.thickPt * 8);
  const thin = Math.round(profile.colophon.thinPt * 8);
  const border = (sz: number) => `w:val="single" w:sz="${sz}" w:space="0" w:color="000000"`;
  const tr = (r: { xml: string; lines: number }) =>
    `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${r.lines * p}" w:hRule="exact"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${g.textWidth}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${r.xml}</w:tc></w:tr>`;
  const xml =
    '<w:tbl><w:tblPr>' +
    `<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" w:vertAnchor="margin" w:horzAnchor="page" w:tblpX="${g.marginLeft}" w:tblpYSpec="bottom"/><w:tblOverlap w:val="never"/>` +
    `<w:tblW w:w="${g.textWidth}" w:type="dxa"/>` +
    `<w:tblBorders><w:top ${border(thick)}/><w:left w:val="nil"/><w:bottom ${border(thick)}/><w:right w:val="nil"/><w:insideH ${border(thin)}/><w:insideV w:val="nil"/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid><w:gridCol w:w="${g.textWidth}"/></w:tblGrid>` +
    rows.map(tr).join('') +
    '</w:tbl>';
  const draw = (): Drawn => {
    const lines: DrawnLine[] = [];
    const rules = [];
    let y = 0;
    for (const [i, r] of rows.entries()) {
      const w = (i === 0 ? thick : thin) * 2.5;
      rules.push({ y, x: 0, width: g.textWidth, weight: w, color: '000000' });
      const drawn = r.draw();
      // the row's lines are centred in it (vAlign center); one grid line each
      for (let k = 0; k < r.lines; k++) lines.push(drawn[k] ?? { spans: [] });
      y += r.lines * p;
    }
    rules.push({ y, x: 0, width: g.textWidth, weight: thick * 2.5, color: '000000' });
    return { lines, rules };
  };
  return { xml, lines: rows.reduce((n, r) => n + r.lines, 0), draw };
}
