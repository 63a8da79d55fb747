// A power cut, modelled: the child process editing through the service API runs with a preloaded shim
// (power-cut/sync-shim.c) that copies a file aside each time it is fsynced, so the copies are exactly what a disk
// that loses unsynced writes would hold. The child is killed at a random moment; the store is then opened from
// the synced copies alone, and every edit the child saw acknowledged must be there ("已保存" means on disk).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten, validateTree } from '../../shared/model/tree';
import { repoRoot, tempDir } from '../helpers/paths';
import { openHarness } from './harness';

const CHILD = join(repoRoot, 'tests', 'store', 'edit-child.ts');

function buildShim(): string {
  const out = join(tempDir(), 'sync-shim.so');
  execFileSync('gcc', [
    '-shared',
    '-fPIC',
    '-O2',
    '-o',
    out,
    join(repoRoot, 'tests', 'store', 'power-cut', 'sync-shim.c'),
    '-ldl',
  ]);
  return out;
}

/** Runs the editing child under the shim for `ms`, kills it, and returns its acknowledged lines. */
async function editThenCut(
  shim: string,
  dataDir: string,
  syncedDir: string,
  seed: number,
  ms: number,
): Promise<string[]> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(seed)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LD_PRELOAD: shim, YD_WATCH_DIR: dataDir, YD_SYNCED_DIR: syncedDir },
  });
  let text = '';
  let stderr = '';
  proc.stdout!.setEncoding('utf8').on('data', (c: string) => (text += c));
  proc.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<void>((done) => proc.on('exit', () => done()));
  // start the clock once the store is open, so every round cuts in the middle of editing
  const started = Date.now();
  while (!text.includes('ready') && Date.now() - started < 20_000 && proc.exitCode === null)
    await new Promise((r) => setTimeout(r, 20));
  expect(text, stderr).toContain('ready');
  await new Promise((r) => setTimeout(r, ms));
  proc.kill('SIGKILL');
  await exited;
  const lines = text.split('\n');
  lines.pop(); // a line cut by the kill is not an acknowledgement
  expect(lines.filter((l) => l.startsWith('error') || l.startsWith('crash'))).toEqual([]);
  return lines;
}

describe('a power cut', () => {
  it('loses no acknowledged edit: the store opened from only the synced bytes holds every one', async () => {
    const shim = buildShim();
    let checked = 0;
    for (const [round, ms] of [700, 1100, 1500].entries()) {
      const dataDir = tempDir();
      const syncedDir = tempDir();
      const acks = await editThenCut(shim, dataDir, syncedDir, 100 + round, ms);
      const afterCut = tempDir();
      mkdirSync(afterCut, { recursive: true });
      for (const name of readdirSync(syncedDir))
        if (!name.startsWith('.')) copyFileSync(join(syncedDir, name), join(afterCut, name));
      if (!existsSync(join(afterCut, 'yaodian.db'))) writeFileSync(join(afterCut, 'yaodian.db'), ''); // all in the WAL
      const h = openHarness({ dir: afterCut });
      try {
        expect(h.store.notices.filter((n) => n.includes('损坏'))).toEqual([]);
        expect(h.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const docs = await h.ok('documents.list', {});
        expect(docs).toHaveLength(1);
        const doc = (await h.ok('documents.get', { id: docs[0].id })).document;
        expect(validateTree(doc.sections)).toEqual([]);
        const byId = new Map(flatten(doc.sections).map((f) => [f.section.id, f.section]));
        for (const line of acks) {
          const [kind, id, tag] = line.split(' ');
          if (kind === 'insert') expect(byId.get(id)?.heading, line).toContain(`标题${tag}`);
          else if (kind === 'append') expect(byId.get(id)?.paragraphs, line).toContain(`追加${tag}`);
          else if (kind === 'save') expect(byId.get(id)?.heading, line).toContain(`·${tag}`);
          else continue;
          checked++;
        }
      } finally {
        h.close();
      }
    }
    expect(checked).toBeGreaterThan(10); // enough acknowledged edits to mean something, even on a loaded machine
  }, 90_000);
});
