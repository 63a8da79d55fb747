// Peak memory of a Word export and of a .docx import of a 20,000-section document, each in a fresh process
// (the compiled code, as the command line runs it). Target: ≤ 300 MB peak resident memory each.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedRoot, tempDir } from '../helpers/paths';

interface Figures {
  ms: number;
  startRssMb: number;
  peakRssMb: number;
}

export async function run(): Promise<void> {
  const dir = tempDir('yaodian-memory-');
  try {
    const esbuild = await import('esbuild');
    const script = join(dir, 'memory-child.mjs');
    await esbuild.build({
      entryPoints: [join(repoRoot, 'tests/bench/memory-child.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    const docx = join(dir, 'big.docx');
    const env = { ...process.env, YAODIAN_SHARED: sharedRoot };
    for (const mode of ['export', 'import'] as const) {
      const f = JSON.parse(execFileSync(process.execPath, [script, mode, docx], { env }).toString()) as Figures;
      const label = mode === 'export' ? 'export 20,000 sections to .docx' : 'import that .docx (20,000 sections)';
      console.log(
        `${label.padEnd(48)} peak ${f.peakRssMb.toFixed(0)} MB (process start ${f.startRssMb.toFixed(0)} MB), ` +
          `${(f.ms / 1000).toFixed(1)} s ${f.peakRssMb <= 300 ? '✓' : '✗'} target ≤ 300 MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
