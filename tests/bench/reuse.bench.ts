// Proofreading and comparing at scale: a check of a 1,000-section document (≤ 100 ms) and a compare of two
// 1,000-section documents a year apart (≤ 1 s), and of two 20,000-section ones (≤ 3 s); also a new-year plan.
import { runChecks } from '../../shared/checks';
import { compareDocuments } from '../../shared/compare';
import { countSections } from '../../shared/model/tree';
import { planNewYear } from '../../shared/new-year';
import { bigDocument, nextYear } from '../compare/big-documents';
import { report, sample } from './stats';

export async function run(): Promise<void> {
  const half = bigDocument(1, false);
  const full = bigDocument(1, true);
  const { doc: next, edits } = nextYear(half, 2);
  console.log(
    `documents: ${countSections(half.sections)} and ${countSections(next.sections)} sections; ` +
      `edits ${edits.edited}, removed ${edits.removed}, added ${edits.added}, moved ${edits.moved}`,
  );
  console.log(`findings: ${runChecks(half).length} (half-width source), ${runChecks(full).length} (full-width)`);
  report(
    'check 1,000 sections (half-width source)',
    sample(() => runChecks(half), 30),
    100,
  );
  report(
    'check 1,000 sections (full-width)',
    sample(() => runChecks(full), 30),
    100,
  );
  const r = compareDocuments(half, next);
  console.log(`compare counts: ${JSON.stringify(r.counts)}`);
  report(
    'compare two 1,000-section documents',
    sample(() => compareDocuments(half, next), 10, 2),
    1000,
  );
  const unrelated = bigDocument(7, false);
  report(
    'compare two unrelated 1,000-section documents',
    sample(() => compareDocuments(half, unrelated), 5, 1),
    1000,
  );
  report(
    'new-year plan of 1,000 sections',
    sample(() => planNewYear(half, { skeleton: false }), 10, 2),
  );

  // 对比往年 stays linear: two 20,000-section documents a year apart (full-width punctuation as printed)
  const big = bigDocument(1, true, 200);
  const { doc: bigNext, edits: bigEdits } = nextYear(big, 2);
  console.log(
    `documents: ${countSections(big.sections)} and ${countSections(bigNext.sections)} sections; ` +
      `edits ${bigEdits.edited}, removed ${bigEdits.removed}, added ${bigEdits.added}, moved ${bigEdits.moved}`,
  );
  const cpu: number[] = [];
  const wall = sample(
    () => {
      const c0 = process.cpuUsage();
      compareDocuments(big, bigNext);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    },
    3,
    1,
  );
  report('compare two 20,000-section documents', wall, 3000);
  console.log(`${''.padEnd(48)} CPU time median ${cpu.sort((a, b) => a - b)[cpu.length >> 1].toFixed(0)} ms`);
}
