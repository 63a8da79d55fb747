// Run by memory.bench.ts in a fresh process (bundled): one 20,000-section export or .docx import, then
// the process's peak resident memory as JSON. The document is generated from real notice sentences.
import { readFileSync, writeFileSync } from 'node:fs';
import { exportDocx } from '../../shared/export';
import { importDocx } from '../../shared/import/docx';
import { bigDocument } from '../compare/big-documents';

const [mode, file] = process.argv.slice(2);
const before = process.resourceUsage().maxRSS;
const t0 = performance.now();
let sections = 0;
if (mode === 'export') {
  const doc = bigDocument(1, true, 200);
  const bytes = await exportDocx(doc);
  writeFileSync(file, bytes);
} else {
  const doc = importDocx(new Uint8Array(readFileSync(file)));
  sections = (await doc).sections.length;
}
console.log(JSON.stringify({ ms: performance.now() - t0, startRssMb: before / 1024, peakRssMb: process.resourceUsage().maxRSS / 1024, sections }));
