// Page model and PDF speed. Targets: the page model of a 1,000-section notice ≤ 50 ms (the preview and the
// status bar recompute it while typing); the PDF of a real notice ≤ 300 ms, of 1,000 sections ≤ 5 s.
// Bare references in the same run: the Word export's blocks alone (compose, what the model adds pages to),
// and pdfkit writing the same number of pages with one line each in the same embedded font (the library's floor).
import PDFDocument from 'pdfkit';
import { exportPdfWithReport } from '../../electron/services/pdf/export-pdf';
import { loadFont, resolveFont } from '../../electron/services/pdf/pdf-fonts';
import { compose } from '../../shared/export/compose';
import { contextOf } from '../../shared/export/context';
import { GBT9704_2012 } from '../../shared/export/profile';
import { importText } from '../../shared/import/text';
import type { YaodianDocument } from '../../shared/model/types';
import { layoutPages } from '../../shared/page';
import { readSeed, SEEDS } from '../helpers/paths';
import { thousandSections } from './export.bench';
import { fmt, percentile, report, sample, sampleAsync } from './stats';

/** pdfkit alone: n pages, one line of Chinese each, the body font embedded. */
async function barePdf(pages: number): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('body', loadFont(resolveFont('仿宋_GB2312').file) as unknown as Buffer);
  for (let i = 0; i < pages; i++) {
    doc.addPage();
    doc
      .font('body')
      .fontSize(16)
      .text('民政工作要坚持以人民为中心的发展思想，兜牢基本民生底线。', 80, 100, { lineBreak: false });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks).length;
}

export async function run(): Promise<void> {
  const ctx = contextOf(GBT9704_2012);
  const big = thousandSections();
  const model = layoutPages(big);
  // typing: each run lays out a document in which one paragraph changed (a new section object, as an edit
  // makes it); sections left alone keep their laid-out lines
  let n = 0;
  const edited = () => {
    n++;
    const [first, ...rest] = big.sections;
    const child = first.children[0];
    const changed = { ...child, paragraphs: [`${child.paragraphs[0]}${'改'.repeat(n % 7)}`] };
    return { ...big, sections: [{ ...first, children: [changed, ...first.children.slice(1)] }, ...rest] };
  };
  report(
    `page model, 1,000 sections (${model.pageCount} pages), after an edit`,
    sample(() => layoutPages(edited()), 20, 3),
    50,
  );
  report(
    'page model, 1,000 sections, every section new (cold)',
    sample(() => layoutPages(structuredClone(big)), 5, 1),
  );
  report(
    '  reference: the export’s blocks alone (compose, cold)',
    sample(() => compose(structuredClone(big), ctx, { withSeal: false }), 5, 1),
  );
  const seeds: Array<[string, YaodianDocument]> = (Object.keys(SEEDS) as Array<keyof typeof SEEDS>).map((n) => [
    n,
    importText(readSeed(n)),
  ]);
  for (const [name, doc] of seeds)
    report(
      `page model ${name} (${layoutPages(doc).pageCount} pages)`,
      sample(() => layoutPages(doc), 30, 5),
    );
  // the first PDF reads and parses the fonts (tens of MB), once per process
  const t0 = performance.now();
  await exportPdfWithReport(seeds[0][1]);
  console.log(`${'first PDF (reads and parses the fonts)'.padEnd(48)} ${fmt(performance.now() - t0).padStart(10)}`);
  for (const [name, doc] of seeds) {
    const { pages, bytes } = await exportPdfWithReport(doc);
    report(
      `PDF ${name} (${pages} pages, ${(bytes.length / 1024).toFixed(0)} KB)`,
      await sampleAsync(() => exportPdfWithReport(doc), 10, 2),
      300,
    );
    report(`  reference: pdfkit, ${pages} pages of one line`, await sampleAsync(() => barePdf(pages), 10, 2));
  }
  const samples = await sampleAsync(() => exportPdfWithReport(big), 3, 1);
  report(`PDF 1,000 sections (${model.pageCount} pages)`, samples, 5000);
  console.log(`  (p95 ${fmt(percentile(samples, 95))})`);
  report(
    `  reference: pdfkit, ${model.pageCount} pages of one line`,
    await sampleAsync(() => barePdf(model.pageCount), 3, 1),
  );
}
