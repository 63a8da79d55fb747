// The command line as compiled JavaScript: the bundle scripts/setup.sh and `npm run build` make runs without
// tsx and answers exactly as the TypeScript sources do; bin/yaodian.mjs uses it while it is current.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, seedPath, tempDir } from '../helpers/paths';
import { buildCliBundle } from '../../scripts/build-lib.mjs';

const run = promisify(execFile);
let outDir: string;
beforeAll(async () => {
  outDir = tempDir('yaodian-cli-bundle-');
  await buildCliBundle({ outDir });
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('command-line bundle', () => {
  it('imports a real notice with the same JSON as the sources, without loading tsx', async () => {
    const args = ['import', seedPath('jiangsu'), '--json'];
    const compiled = await run(process.execPath, [join(outDir, 'yaodian.mjs'), ...args], { cwd: repoRoot });
    const sources = await run(process.execPath, ['--import', 'tsx', join(repoRoot, 'cli', 'bin.ts'), ...args], {
      cwd: repoRoot,
    });
    expect(compiled.stdout.length).toBeGreaterThan(1000);
    expect(compiled.stdout).toBe(sources.stdout);
    const code = [
      join(outDir, 'yaodian.mjs'),
      ...readdirSync(join(outDir, 'chunks')).map((f) => join(outDir, 'chunks', f)),
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/from\s*["']tsx/);
  }, 60_000);

  it('splits the commands so that an import does not load the Word writer', () => {
    const entry = readFileSync(join(outDir, 'yaodian.mjs'), 'utf8');
    const importChunk = /import\(["']\.\/chunks\/(import-[^"']+)["']\)/.exec(entry)?.[1];
    expect(importChunk).toBeDefined();
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(outDir, 'chunks', file), 'utf8');
      for (const m of code.matchAll(/from\s*["']\.\/([^"']+)["']/g)) visit(m[1]);
    };
    visit(importChunk!);
    const loaded = [...seen].map((f) => readFileSync(join(outDir, 'chunks', f), 'utf8')).join('\n');
    expect(loaded).toContain('jschardet');
    expect(loaded).not.toContain('PageNumber.CURRENT');
  });
});
