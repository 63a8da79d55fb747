// Run by memory.bench.ts in a fresh process (bundled): one 20,000-section export or .docx import, then
// the process's peak resident memory as JSON. The document is generated from real notice sentences.
import { readFileSync, writeFileSync } from 'node:fs';
import { exportDocx } from '../../shared/export';
import { importDocx } from '../../shared/import/docx';
import { bigDocument } from '../compare/big-documents';

/**
 * Peak resident memory in KB. Linux's VmHWM belongs to this program's address space; maxRSS (getrusage)
 * survives exec, so a child of a big parent would report the parent's peak.
 */
function peakKb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const [mode, file] = process.argv.slice(2);
const before = peakKb();
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
console.log(
  JSON.stringify({ ms: performance.now() - t0, startRssMb: before / 1024, peakRssMb: peakKb() / 1024, sections }),
);
