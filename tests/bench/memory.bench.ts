// Peak memory of a Word export and of a .docx import of a 20,000-section document, each in a fresh process
// (the compiled code, as the command line runs it). Target: ≤ 300 MB peak resident memory each.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { sharedRoot, tempDir } from '../helpers/paths';
import { buildChildScript } from './child-script';

interface Figures {
  ms: number;
  startRssMb: number;
  peakRssMb: number;
}

export async function run(): Promise<void> {
  const dir = tempDir('yaodian-memory-');
  try {
    const script = await buildChildScript('memory-child', dir);
    const docx = join(dir, 'big.docx');
    const env = { ...process.env, YAODIAN_SHARED: sharedRoot };
    for (const mode of ['export', 'import'] as const) {
      const label = mode === 'export' ? 'export 20,000 sections to .docx' : 'import that .docx (20,000 sections)';
      let out: string;
      try {
        out = execFileSync(process.execPath, [script, mode, docx], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        }).toString();
      } catch (e) {
        // the document limits (shared/model/limits.ts) refuse such a file early: say so and go on with the bench
        const why = String((e as { stderr?: Buffer }).stderr ?? e).match(/LimitError: ([^\n]+)/)?.[1];
        console.log(`${label.padEnd(48)} not measured: ${why ?? String(e).split('\n')[0]}`);
        continue;
      }
      const f = JSON.parse(out) as Figures;
      console.log(
        `${label.padEnd(48)} peak ${f.peakRssMb.toFixed(0)} MB (process start ${f.startRssMb.toFixed(0)} MB), ` +
          `${(f.ms / 1000).toFixed(1)} s ${f.peakRssMb <= 300 ? '✓' : '✗'} target ≤ 300 MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
