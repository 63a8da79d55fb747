// The PDF of a notice: the page model (shared/page) drawn with pdfkit, fonts embedded (subset), every
// character where the page model puts it, so the PDF has the Word file's pages, lines and positions.
//
// Why a PDF library and not Chromium's print: the command line must write PDFs where no browser runs (and
// Electron's binary cannot run on every machine), Chromium's print of HTML would lay the text out again with
// its own line breaking (a second layout that can disagree with Word's pages), and a library that draws the
// page model's glyph positions gives the same pages as the .docx by construction, offline, in milliseconds.
import PDFDocument from 'pdfkit';
import type { ModelPage, PageModel, Span } from '../../../shared/page';
import { loadFont, resolveFont, type ResolvedFont } from './pdf-fonts';

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  /** the layout profile's name, for the keywords */
  profileName: string;
  now?: Date;
}

export interface PdfResult {
  bytes: Uint8Array;
  warnings: string[];
  /** font name → the file embedded for it */
  fonts: Record<string, string>;
}

const pt = (twips: number) => twips / 20;
const FULL_WIDTH = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+$/;

export async function drawPdf(model: PageModel, info: PdfInfo): Promise<PdfResult> {
  const g = model.geometry;
  const now = info.now ?? new Date();
  const doc = new PDFDocument({
    size: [pt(g.pageWidth), pt(g.pageHeight)],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    lang: 'zh-CN',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: `公文, GB/T 9704-2012, ${info.profileName}`,
      Creator: '要点（yaodian）',
      Producer: '要点（yaodian）',
      CreationDate: now,
      ModDate: now,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const warnings = new Set<string>();
  const fonts: Record<string, string> = {};
  const registered = new Map<string, string>();
  const byFile = new Map<string, string>();
  /** the pdfkit font key for a profile font name (Latin text: the profile's Latin font); one per font file */
  const fontKey = (name: string, latin: boolean): string => {
    const wanted = latin ? model.profile.fonts.latin : name;
    const key = `${latin ? 'L' : 'C'}:${wanted}`;
    let id = registered.get(key);
    if (id) return id;
    const r: ResolvedFont = resolveFont(wanted, latin ? 'latin' : 'cjk');
    if (r.warning) warnings.add(r.warning);
    fonts[wanted] = r.file.label;
    // names that resolve to the same file share one embedded subset (a fallback stands in for several)
    const file = `${r.file.path}#${r.file.face ?? ''}`;
    id = byFile.get(file);
    if (!id) {
      id = `F${byFile.size}`;
      doc.registerFont(id, loadFont(r.file) as unknown as Buffer);
      byFile.set(file, id);
    }
    registered.set(key, id);
    return id;
  };

  const left = g.marginLeft;
  const top = g.marginTop;
  for (const page of model.pages) {
    doc.addPage({ size: [pt(g.pageWidth), pt(g.pageHeight)], margin: 0 });
    drawRules(doc, page, left, top);
    for (const line of page.lines) {
      for (const span of line.spans)
        drawSpan(doc, span, fontKey(span.font, span.latin), pt(left + span.x), pt(top + line.baseline));
    }
    if (page.folio) {
      const f = page.folio;
      doc.font(fontKey(f.font, false)).fontSize(pt(f.size)).fillColor('#000000');
      doc.text(f.text, pt(left + f.x), pt(top + f.baseline), { lineBreak: false, baseline: 'alphabetic' });
    }
  }
  doc.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), warnings: [...warnings], fonts };
}

function drawRules(doc: PDFKit.PDFDocument, page: ModelPage, left: number, top: number): void {
  for (const r of page.rules) {
    doc.save().lineWidth(pt(r.weight)).strokeColor(`#${r.color}`).lineCap('butt');
    if (r.height) doc.moveTo(pt(left + r.x), pt(top + r.y)).lineTo(pt(left + r.x), pt(top + r.y + r.height));
    else doc.moveTo(pt(left + r.x), pt(top + r.y)).lineTo(pt(left + r.x + r.width), pt(top + r.y));
    doc.stroke().restore();
  }
}

/**
 * One span at its place. Full-width text is set with the grid's character spacing; where the font's own
 * widths are not one em (a substitute font's proportional quotes), each character is set at its cell.
 */
function drawSpan(doc: PDFKit.PDFDocument, span: Span, font: string, x: number, baseline: number): void {
  const size = pt(span.size);
  doc
    .font(font)
    .fontSize(size)
    .fillColor(span.color ? `#${span.color}` : '#000000');
  const scale = span.scale && span.scale !== 100 ? span.scale : undefined;
  const opts = (cs: number) => ({
    lineBreak: false,
    baseline: 'alphabetic' as const,
    characterSpacing: cs,
    ...(scale ? { horizontalScaling: scale } : {}),
  });
  const chars = [...span.text];
  if (span.latin) {
    doc.text(span.text, x, baseline, opts(pt(span.spacing)));
    return;
  }
  // ideographs and full-width punctuation are one em in every CJK font; other symbols are measured
  if (FULL_WIDTH.test(span.text) || Math.abs(doc.widthOfString(span.text) - chars.length * size) < 0.05 * size) {
    doc.text(span.text, x, baseline, opts(pt(span.spacing)));
    return;
  }
  const cell = (size + pt(span.spacing)) * (scale ? scale / 100 : 1);
  chars.forEach((ch, i) => doc.text(ch, x + i * cell, baseline, opts(0)));
}
