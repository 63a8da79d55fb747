// Import speed of .doc, .pdf and .html: documents written to Word, then saved by LibreOffice as .doc, printed
// to PDF and saved as a web page (as in tests/formats), imported in-process through the one entry point.
// Targets: .doc ≤ 50 ms, a 20-page PDF ≤ 300 ms, an .html page ≤ 30 ms, a 1,000-section document in each
// format ≤ 1 s. The text import of the same document is printed beside each as the bare reference.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFileBytes } from '../../electron/services/import-bytes';
import { readPdfPages } from '../../electron/services/pdf-text';
import { importText } from '../../shared/import/text';
import { createDocument, createSection } from '../../shared/model/factory';
import { renderText } from '../../shared/model/render-text';
import type { YaodianDocument } from '../../shared/model/types';
import { convertAll, soffice, type Target } from '../formats/convert';
import { readSeed, tempDir } from '../helpers/paths';
import { wordMade } from '../import-docx/build-docx';
import { report, sample, sampleAsync } from './stats';

function bigDocument(sections: number): YaodianDocument {
  const para = '健全分层分类的社会救助体系，加强低收入人口动态监测，推动社会救助由资金救助、实物救助向服务救助拓展。';
  const top = Array.from({ length: Math.ceil(sections / 10) }, (_, i) =>
    createSection(1, `第${i + 1}项重点任务`, {
      children: Array.from({ length: 9 }, (_, j) =>
        createSection(2, `工作事项${i + 1}-${j + 1}`, { runIn: true, paragraphs: [para] }),
      ),
    }),
  );
  return createDocument({ meta: { ...createDocument().meta, title: '2025年全市民政工作要点' }, sections: top });
}

const TARGETS: Target[] = ['doc', 'pdf', 'html'];
const LIMITS: Record<string, Record<Target, number>> = {
  jilin: { doc: 50, pdf: 300, html: 30 },
  'twenty-pages': { doc: 50, pdf: 300, html: 30 },
  'thousand-sections': { doc: 1000, pdf: 1000, html: 1000 },
};

export async function run(): Promise<void> {
  if (!soffice) {
    console.log('LibreOffice 不可用，跳过');
    return;
  }
  const dir = tempDir('yaodian-bench-formats-');
  const docs: Record<string, YaodianDocument> = {
    jilin: importText(readSeed('jilin')),
    'twenty-pages': bigDocument(200),
    'thousand-sections': bigDocument(1000),
  };
  const sources = new Map<string, string>();
  for (const [name, doc] of Object.entries(docs)) {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, await wordMade(doc, false));
    sources.set(name, path);
  }
  const made = convertAll([...sources.values()], TARGETS, dir);
  for (const [name, doc] of Object.entries(docs)) {
    const text = renderText(doc);
    console.log(`${name}:`);
    report(
      '  bare reference: importText of its text',
      sample(() => importText(text), 10, 2),
    );
    for (const target of TARGETS) {
      const bytes = new Uint8Array(readFileSync(made.get(target)!.get(sources.get(name)!)!));
      const pages = target === 'pdf' ? `，${(await readPdfPages(bytes)).length} 页` : '';
      const runs = name === 'thousand-sections' ? 5 : 20;
      report(
        `  .${target} (${(bytes.length / 1024).toFixed(0)} KB${pages})`,
        await sampleAsync(() => importFileBytes(bytes, name), runs, 2),
        LIMITS[name][target],
      );
    }
  }
}
