// PDF text runs → lines: reading order, running headers and page numbers dropped, indentation and centring
// kept as the text importer reads them, and which lines the page width broke.
import { describe, expect, it } from 'vitest';
import { pdfPagesToLines, type PdfPage, type PdfTextItem } from '../../shared/import/pdf';

const SIZE = 16;
const LEFT = 80;

/** A line of text at a baseline, one run per character (as many PDF writers emit them), in shuffled order. */
function line(text: string, y: number, x = LEFT, size = SIZE): PdfTextItem[] {
  return [...text].map((ch, i) => ({ text: ch, x: x + i * size, y, width: size, size })).reverse();
}

function page(lines: PdfTextItem[][], header: string, footer: string): PdfPage {
  return {
    width: 595,
    height: 842,
    items: [...line(header, 800, LEFT + 8 * SIZE), ...lines.flat(), ...line(footer, 40, LEFT + 24 * SIZE)],
  };
}

const full = (s: string) => s.repeat(Math.ceil(28 / s.length)).slice(0, 28);

describe('PDF pages to lines', () => {
  it('drops running headers and page numbers, keeps reading order, indentation and centring', () => {
    const p1 = page(
      [
        line('2025年工作要点', 700, LEFT + 9.5 * SIZE),
        line(full('推进社会救助').slice(2), 660, LEFT + 2 * SIZE),
        line(full('健全分层分类'), 630),
        line('体系建设。', 600),
      ],
      '青石县民政局',
      '— 1 —',
    );
    const p2 = page(
      [line('一、兜牢民生底线', 700, LEFT + 2 * SIZE), line(full('加强困境儿童'), 670), line('保障。', 640)],
      '青石县民政局',
      '— 2 —',
    );
    const lines = pdfPagesToLines([p1, p2]);
    expect(lines.map((l) => l.text)).toEqual([
      '2025年工作要点',
      `　　${full('推进社会救助').slice(2)}`,
      full('健全分层分类'),
      '体系建设。',
      '　　一、兜牢民生底线',
      full('加强困境儿童'),
      '保障。',
    ]);
    expect(lines[0].centered).toBe(true);
    // the full lines ran into the right edge and the next line starts at the margin: the page width broke them
    expect(lines.map((l) => l.atRightEdge)).toEqual([false, true, true, false, false, true, false]);
  });

  it('keeps a line that repeats on only one page, and a number that is part of the text', () => {
    const p1 = page([line('附件1', 700), line('2', 690)], '', '');
    const p2 = page([line('第二页正文。', 700)], '', '');
    expect(pdfPagesToLines([p1, p2]).map((l) => l.text)).toEqual(['附件1', '2', '第二页正文。']);
  });

  it('gives no lines for pages without text (a scan)', () => {
    expect(pdfPagesToLines([{ width: 595, height: 842, items: [] }])).toEqual([]);
  });
});
