// Store speed on a 1,000-section draft: a keystroke's autosave, opening the draft, a search over twenty years
// of such drafts; and the database size. Text is real 要点 sentences from the seed notices.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Input, Method } from '../../shared/api/contract';
import { createDocument, createSection } from '../../shared/model/factory';
import { diffDocuments } from '../../shared/model/changes';
import { updateSection } from '../../shared/model/operations';
import { applyDiffToRows, toRows } from '../../shared/model/section-diff';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { openServices, type Services } from '../../electron/services/service-context';
import { readSeed, SEEDS, tempDir } from '../helpers/paths';
import { fmt, percentile, report, time } from './stats';

const sentences = (Object.keys(SEEDS) as Array<keyof typeof SEEDS>)
  .flatMap((k) => readSeed(k).split(/(?<=。)/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 8);

let cursor = 0;
const sentence = () => sentences[cursor++ % sentences.length];

/** 10 一、 × 9 (一) × 10 1. = 1,000 sections, each with one or two paragraphs of real sentences. */
export function draft(year: number): YaodianDocument {
  const sections: Section[] = [];
  for (let a = 0; a < 10; a++) {
    const twos: Section[] = [];
    for (let b = 0; b < 9; b++) {
      const threes: Section[] = [];
      for (let c = 0; c < 10; c++) {
        threes.push(
          createSection(3, sentence().slice(0, 16), {
            paragraphs: [sentence() + sentence(), ...(c % 3 ? [] : [sentence()])],
          }),
        );
      }
      twos.push(
        createSection(2, sentence().slice(0, 20), {
          runIn: true,
          paragraphs: [sentence() + sentence()],
          children: threes,
        }),
      );
    }
    sections.push(createSection(1, sentence().slice(0, 24), { children: twos }));
  }
  return createDocument({
    meta: { title: `${year}年全省民政工作要点` } as YaodianDocument['meta'],
    preamble: [sentence(), sentence()],
    sections,
  });
}

async function ok<M extends Method>(s: Services, method: M, input: Input<M>) {
  const r = await s.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

const allIds = (doc: YaodianDocument) => {
  const out: string[] = [];
  const walk = (l: Section[]) => l.forEach((s) => (out.push(s.id), walk(s.children)));
  walk(doc.sections);
  return out;
};

const cpuSamples: number[] = [];

/** Wall time; the CPU time of the same call (user + system, this process) goes to cpuSamples. */
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpuSamples.push((c.user + c.system) / 1000);
  return ms;
}

/** p95 against a target, plus the CPU-time p95 (what the code costs when the machine is busy with others). */
function verdict(label: string, wall: number[], cpu: number[], target: number): void {
  report(label, wall);
  const p95 = percentile(wall, 95);
  console.log(
    `${''.padEnd(48)} p95 ${fmt(p95)} ${p95 <= target ? '✓' : '✗'} target ≤ ${target} ms p95; CPU time median ${fmt(percentile(cpu, 50))} p95 ${fmt(percentile(cpu, 95))}`,
  );
}

const loadNote = () => {
  const [one] = loadavg();
  return `load average ${one.toFixed(1)} on ${cpus().length} cores`;
};

export async function run(): Promise<void> {
  const dir = tempDir('yaodian-bench-');
  try {
    let services = openServices({ dataDir: dir });
    const ids: string[] = [];
    const build = time(() => null);
    const t0 = performance.now();
    for (let year = 2005; year <= 2024; year++)
      ids.push((await ok(services, 'documents.create', { document: draft(year) })).summary.id);
    console.log(`built 20 drafts × 1,000 sections in ${fmt(performance.now() - t0 + build.ms)}`);
    const current = ids[ids.length - 1];

    // one keystroke's autosave on the editor's path: the change set against the acknowledged version
    // (computed as the renderer does), its JSON as it crosses the bridge, then documents.save in the service
    services.close();
    services = openServices({ dataDir: dir });
    let { summary, document: saved } = await ok(services, 'documents.get', { id: current });
    const rows = toRows(saved.sections);
    const sectionIds = allIds(saved);
    console.log(`(${loadNote()})`);
    const edits: number[] = [];
    const diffs: number[] = [];
    const bytes: number[] = [];
    for (let i = 0; i < 1100; i++) {
      const sectionId = sectionIds[(i * 37) % sectionIds.length];
      const next = updateSection(saved, sectionId, { paragraphs: [`${sentence()}(第${i}次修改)`] });
      const d0 = performance.now();
      const { changes, diff } = diffDocuments(saved, rows, next);
      const input = { id: current, version: summary.version, changes };
      const json = JSON.stringify(input);
      diffs.push(performance.now() - d0);
      const ms = await timeAsync(async () => (summary = await ok(services, 'documents.save', input)));
      applyDiffToRows(rows, diff);
      saved = next;
      if (i >= 100) {
        edits.push(ms);
        bytes.push(Buffer.byteLength(json));
      }
    }
    verdict('keystroke autosave in the service (1,000 sections)', edits, cpuSamples.splice(0).slice(100), 2);
    report('  change set computed in the editor', diffs.slice(100));
    const maxBytes = Math.max(...bytes);
    console.log(
      `${'  bytes over the bridge per autosave'.padEnd(48)} median ${percentile(bytes, 50)} B, max ${maxBytes} B ${maxBytes <= 10_240 ? '✓' : '✗'} target ≤ 10 KB`,
    );

    // opening the draft: a fresh process state (store reopened, no cache) then documents.get
    const opens: number[] = [];
    const gets: number[] = [];
    for (let i = 0; i < 15; i++) {
      services.close();
      opens.push(time(() => (services = openServices({ dataDir: dir }))).ms);
      gets.push(await timeAsync(() => ok(services, 'documents.get', { id: current })));
    }
    report('open the store (lock, quick_check, pragmas)', opens);
    verdict('open the draft (documents.get, cold)', gets, cpuSamples.splice(0), 50);

    // search over twenty years of drafts
    // common and rare short terms, indexed terms, FTS syntax, and the worst case: a short term found nowhere
    // (every year scanned)
    const queries = [
      '低保',
      '养老',
      '社会救助',
      '养老服务',
      '殡葬',
      '婚姻登记',
      '慈善',
      '儿童',
      '"未成年人" AND',
      '救助 制度',
      '不存在的词语组合',
      '锅炉',
    ];
    for (const q of queries) await ok(services, 'search.query', { query: q }); // warm the outlines
    cpuSamples.length = 0;
    const searches: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = 0; round < 10; round++) {
      for (const q of queries) {
        const ms = await timeAsync(() => ok(services, 'search.query', { query: q }));
        searches.push(ms);
        perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
      }
    }
    verdict('search over 20 years × 1,000 sections', searches, cpuSamples.splice(0), 15);
    for (const [q, ms] of perQuery) {
      const hits = (await ok(services, 'search.query', { query: q, limit: 200 })).length;
      console.log(
        `  ${q.padEnd(16)} median ${fmt(percentile(ms, 50)).padStart(9)}  p95 ${fmt(percentile(ms, 95)).padStart(9)}  hits ${hits}${hits === 200 ? '+' : ''}`,
      );
    }
    // a cold search right after opening (outlines not yet cached)
    services.close();
    services = openServices({ dataDir: dir });
    console.log(
      `first search after opening (cold): ${fmt(await timeAsync(() => ok(services, 'search.query', { query: '养老' })))}`,
    );
    const revisions = (await ok(services, 'revisions.list', { documentId: current })).length;
    services.close();

    const files = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).size] as const);
    const total = files.reduce((n, [, size]) => n + size, 0);
    console.log(`(${loadNote()})`);
    console.log(
      `database size: ${(total / 1024 / 1024).toFixed(1)} MB for 20 drafts × 1,000 sections (${revisions} revisions of the edited one) — ${files.map(([f, s]) => `${f} ${(s / 1024).toFixed(0)} KB`).join(', ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
