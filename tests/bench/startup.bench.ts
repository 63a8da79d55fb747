// `npm start` (browser mode, renderer already built) to the host's first API answer with a 20 × 1,000-section
// archive, beside a bare `node -e 0` measured in the same run (interleaved: both see the same machine load).
// `npm run bench startup` runs it alone.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirSecret } from '../../electron/dev-host/access';
import { openServices } from '../../electron/services/service-context';
import { repoRoot, tempDir } from '../helpers/paths';
import { fmt, percentile } from './stats';
import { draft } from './store.bench';

function wall(args: string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
}

/** `npm start` in browser mode (the renderer already built) until the host answers documents.list. */
function startToFirstAnswer(dataDir: string, staticDir: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'scripts', 'start.mjs'), '--browser', '--no-open', '--port', '0', '--data-dir', dataDir],
    { cwd: repoRoot, env: { ...process.env, YAODIAN_RENDERER_DIR: staticDir }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise<number>((done, fail) => {
    let out = '';
    child.on('error', fail);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /已启动：(http:\/\/[^/\s]+\/)/.exec(out);
      if (!m) return;
      child.stdout.removeAllListeners('data');
      fetch(`${m[1]}api/call`, {
        method: 'POST',
        headers: { 'x-yaodian-key': dataDirSecret(dataDir), 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'documents.list', input: {} }),
      })
        .then((r) => r.json() as Promise<{ ok: boolean }>)
        .then((r) => {
          const ms = performance.now() - t0;
          child.kill('SIGTERM');
          child.once('exit', () => (r.ok ? done(ms) : fail(new Error('documents.list failed'))));
        }, fail);
    });
  });
}

export async function run(): Promise<void> {
  const dir = tempDir('yaodian-start-archive-');
  try {
    const dataDir = join(dir, 'data');
    const services = openServices({ dataDir });
    for (let year = 2005; year <= 2024; year++) {
      const r = await services.call('documents.create', { document: draft(year) });
      if (!r.ok) throw new Error(r.error.message);
    }
    services.close();
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>要点</title>');
    const bare: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < 9; i++) {
      const b = wall(['-e', '0']);
      const s = await startToFirstAnswer(dataDir, staticDir);
      if (i >= 2) {
        bare.push(b);
        starts.push(s);
      }
    }
    const median = percentile(starts, 50);
    console.log(`${'bare node -e 0'.padEnd(48)} median ${fmt(percentile(bare, 50))}`);
    console.log(
      `${'npm start (browser) → first API answer, 20×1,000'.padEnd(48)} median ${fmt(median)} ` +
        `${median <= 1000 ? '✓' : '✗'} target ≤ 1 s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
