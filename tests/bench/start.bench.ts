// Start-up: the command line as a whole process against a bare `node -e 0` measured in the same run, and the
// first Word export in a fresh process against a warm one. Runs interleaved so both see the same machine load.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliBundle } from '../../scripts/build-lib.mjs';
import { readSeed, repoRoot, seedPath, tempDir } from '../helpers/paths';
import { fmt, percentile } from './stats';
import { buildChildScript } from './child-script';

const RUNS = 15;

function wall(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], env });
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  await buildCliBundle();
  const seed = seedPath('jiangsu');
  const bare: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const b = wall(['-e', '0']);
    const c = wall([join(repoRoot, 'bin', 'yaodian.mjs'), 'import', seed, '--json']);
    if (i >= 2) {
      bare.push(b);
      cli.push(c);
    }
  }
  // for reference: the same call compiled through tsx at start, as the command ran before the bundle
  const viaTsx: number[] = [];
  for (let i = 0; i < 5; i++)
    viaTsx.push(wall(['--import', 'tsx', join(repoRoot, 'cli', 'bin.ts'), 'import', seed, '--json']));
  const ratio = percentile(cli, 50) / percentile(bare, 50);
  console.log(`${'bare node -e 0'.padEnd(48)} median ${fmt(percentile(bare, 50))}`);
  console.log(
    `${'yaodian import SEED --json (whole process)'.padEnd(48)} median ${fmt(percentile(cli, 50))} = ` +
      `${ratio.toFixed(1)}× bare ${ratio <= 4 ? '✓' : '✗'} target ≤ 4×`,
  );
  const tsxRatio = percentile(viaTsx, 50) / percentile(bare, 50);
  console.log(
    `${'  reference: the same through tsx (development)'.padEnd(48)} median ${fmt(percentile(viaTsx, 50))} = ${tsxRatio.toFixed(1)}× bare`,
  );

  // first export in a fresh process vs the second one in the same process, on the compiled code
  const dir = tempDir('yaodian-start-');
  try {
    const script = await buildChildScript('export-twice', dir);
    const cacheDir = join(dir, 'cache');
    const measure = (label: string, env: NodeJS.ProcessEnv) => {
      const firsts: number[] = [];
      const warms: number[] = [];
      const loads: number[] = [];
      for (let i = 0; i < 9; i++) {
        const out = execFileSync(process.execPath, [script], {
          env: { ...env, YAODIAN_BENCH_TEXT: readSeed('jiangsu') },
        }).toString();
        const { load, first, second } = JSON.parse(out) as { load: number; first: number; second: number };
        loads.push(load);
        firsts.push(first);
        warms.push(second);
      }
      const r = percentile(firsts, 50) / percentile(warms, 50);
      console.log(
        `${label.padEnd(48)} median ${fmt(percentile(firsts, 50))} vs ${fmt(percentile(warms, 50))} = ${r.toFixed(1)}× ` +
          `${r <= 2 ? '✓' : '✗'} target ≤ 2× (code loaded in ${fmt(percentile(loads, 50))})`,
      );
    };
    const { YAODIAN_CACHE_DIR: _ignored, ...noCache } = process.env;
    measure('first export (fresh) vs warm, template built', noCache);
    // the command line's and the app's way: the template read from the cache folder the first run filled
    execFileSync(process.execPath, [script], {
      env: { ...process.env, YAODIAN_CACHE_DIR: cacheDir, YAODIAN_BENCH_TEXT: readSeed('jiangsu') },
    });
    measure('first export (fresh) vs warm, template cached', { ...process.env, YAODIAN_CACHE_DIR: cacheDir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
