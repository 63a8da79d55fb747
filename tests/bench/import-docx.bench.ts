// .docx import speed: each fixture exported to Word by shared/export and imported back in-process.
// Target: ≤ 20 ms median per exported fixture.
import { unzipSync } from 'fflate';
import { exportDocx } from '../../shared/export';
import { importDocx, readDocxLines } from '../../shared/import/docx';
import { importText } from '../../shared/import/text';
import { createDocument, createSection } from '../../shared/model/factory';
import type { YaodianDocument } from '../../shared/model/types';
import { readSeed, SEEDS } from '../helpers/paths';
import { report, sample, sampleAsync } from './stats';

function bigDocument(sections: number): YaodianDocument {
  const para = '健全分层分类的社会救助体系，加强低收入人口动态监测，推动社会救助由资金救助、实物救助向服务救助拓展。';
  const top = Array.from({ length: Math.ceil(sections / 10) }, (_, i) =>
    createSection(1, `第${i + 1}项重点任务`, {
      children: Array.from({ length: 9 }, (_, j) =>
        createSection(2, `工作事项${i + 1}-${j + 1}`, { runIn: true, paragraphs: [para, para] }),
      ),
    }),
  );
  return createDocument({ meta: { ...createDocument().meta, title: '2025年全市民政工作要点' }, sections: top });
}

export async function run(): Promise<void> {
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    const bytes = await exportDocx(importText(readSeed(name)));
    const xml = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
    console.log(
      `${name}: ${(bytes.length / 1024).toFixed(1)} KB .docx, document.xml ${(xml.length / 1024).toFixed(1)} KB, exportDocx`,
    );
    report(
      `  ${name} read lines (unzip, XML, numbering)`,
      sample(() => readDocxLines(bytes), 40, 8),
    );
    report(`  ${name} importDocx (lines + structure)`, await sampleAsync(() => importDocx(bytes), 40, 8), 20);
  }
  const big = bigDocument(1000);
  const bytes = await exportDocx(big);
  const times = await sampleAsync(() => importDocx(bytes), 10, 2);
  console.log(`generated 1,000-section document: ${(bytes.length / 1024).toFixed(0)} KB .docx, exportDocx`);
  report('  importDocx', times);
}
