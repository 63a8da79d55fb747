// Word export speed, in-process, zip included: each real notice ≤ 10 ms median; a 1,000-section
// document ≤ 1 s.
import { exportDocx, exportDocxWithReport } from '../../shared/export';
import { importText } from '../../shared/import/text';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { readSeed, SEEDS } from '../helpers/paths';
import { fmt, percentile, report, sampleAsync } from './stats';

/** 1,000 sections: 10 一、 × 10 (一) × 9 1. with run-in headings and body text, and a full notice. */
export function thousandSections(): YaodianDocument {
  const text = '健全分层分类的社会救助体系，加强低收入人口动态监测，推进“物质+服务”救助，2025年底前实现全覆盖。';
  const sections: Section[] = [];
  for (let a = 0; a < 10; a++) {
    const level2: Section[] = [];
    for (let b = 0; b < 10; b++) {
      const level3 = Array.from({ length: 8 }, (_, c) =>
        createSection(3, `第${c + 1}项具体任务`, { runIn: true, paragraphs: [text, text] }),
      );
      level2.push(
        createSection(2, `推进第${b + 1}项重点工作`, { runIn: true, paragraphs: [text.repeat(2)], children: level3 }),
      );
    }
    sections.push(createSection(1, `第${a + 1}方面工作`, { children: level2 }));
  }
  return createDocument({
    meta: {
      ...emptyMeta(),
      issuer: '某某省民政厅',
      docNumber: '某民发〔2025〕1号',
      noticeTitle: '关于印发2025年全省民政工作要点的通知',
      recipients: '各市民政局',
      coverParagraphs: ['现将要点印发给你们，请认真贯彻落实。'],
      signature: '某某省民政厅',
      date: '2025-02-10',
      cc: '民政部办公厅',
      printedBy: '某某省民政厅办公室',
      printedDate: '2025-02-11',
      title: '2025年全省民政工作要点',
    },
    preamble: [text],
    sections,
  });
}

/**
 * Exports a fresh copy of `doc` on each call (copied beforehand, outside the timing): the same objects again would
 * come from the export's per-section cache, kept for the page preview, and time a lookup rather than an export.
 */
function freshCopies(doc: YaodianDocument, count: number): () => Promise<Uint8Array> {
  const copies = Array.from({ length: count }, () => structuredClone(doc));
  let next = 0;
  return () => exportDocx(copies[next++]);
}

export async function run(): Promise<void> {
  // the first export builds the profile's package template once (the docx library's packer)
  const t0 = performance.now();
  await exportDocx(createDocument());
  console.log(`${'first export (builds the docx template)'.padEnd(48)} ${fmt(performance.now() - t0).padStart(10)}`);
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    const doc = importText(readSeed(name));
    const { bytes, layout } = await exportDocxWithReport(doc);
    report(
      `export ${name} (${layout.pages} pages, ${(bytes.length / 1024).toFixed(0)} KB)`,
      await sampleAsync(freshCopies(doc, 50), 40, 10),
      10,
    );
  }
  const big = thousandSections();
  const { bytes, layout } = await exportDocxWithReport(big);
  const samples = await sampleAsync(freshCopies(big, 13), 10, 3);
  report(`export 1,000 sections (${layout.pages} pages, ${(bytes.length / 1024).toFixed(0)} KB)`, samples, 1000);
  console.log(`  (p95 ${fmt(percentile(samples, 95))})`);
}
