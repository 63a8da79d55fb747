// Bundled and run by start.bench.ts in a fresh process: loads the export code, exports a real notice twice
// and prints both times as JSON (the first includes loading the code and building or reading the template).
// The second exports a copy: the same objects again would come from the export's per-section cache (kept for
// the page preview, which lays out after every edit) and time a cache lookup, not an export.
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { importText } = await import('../../shared/import/text');
const { exportDocx } = await import('../../shared/export');
// as the command line and the app do (electron/services/export-file.ts): templates kept in a cache folder
if (process.env.YAODIAN_CACHE_DIR) (await import('../../electron/services/template-cache')).useTemplateCache();
const doc = importText(process.env.YAODIAN_BENCH_TEXT ?? '');
const t1 = performance.now();
await exportDocx(doc);
const t2 = performance.now();
await exportDocx(structuredClone(doc));
const t3 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, second: t3 - t2 }));
