// Bundled and run by start.bench.ts in a fresh process: loads the export code, exports a real notice twice
// and prints both times as JSON (the first includes loading the code and building the template parts).
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { importText } = await import('../../shared/import/text');
const { exportDocx } = await import('../../shared/export');
const doc = importText(process.env.YAODIAN_BENCH_TEXT ?? '');
const t1 = performance.now();
await exportDocx(doc);
const t2 = performance.now();
await exportDocx(doc);
const t3 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, second: t3 - t2 }));
