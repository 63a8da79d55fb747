// Crash safety with real processes: a child performs a stream of edits through the service API and
// prints each acknowledged one; it is killed with SIGKILL at random moments (sometimes while still
// opening the store). After every kill the store must reopen with every acknowledged edit present,
// a valid tree, and clean integrity and search-index checks. A second process opening the store while
// the first writes is refused with a Chinese "already open" answer and does no harm.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../electron/store/errors';
import { openStore } from '../../electron/store/open';
import { flatten, validateTree } from '../../shared/model/tree';
import { repoRoot, tempDir } from '../helpers/paths';
import { openHarness } from './harness';

const CHILD = join(repoRoot, 'tests', 'store', 'edit-child.ts');

interface Child {
  proc: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
  waitFor(pred: (lines: string[]) => boolean, timeoutMs?: number): Promise<void>;
}

function startChild(dataDir: string, seed: number, mode = 'edit'): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(seed), mode], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!; // a line cut by the kill is not an acknowledgement
    lines.push(...parts);
    waiters.forEach((w) => w());
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) =>
    proc.on('exit', (code) => {
      waiters.forEach((w) => w());
      resolve(code);
    }),
  );
  const waitFor = (pred: (l: string[]) => boolean, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`child timed out; stdout: ${lines.slice(-5).join(' | ')} stderr: ${stderr}`)),
        timeoutMs,
      );
      const check = () => {
        if (pred(lines)) {
          clearTimeout(timer);
          resolve();
        } else if (proc.exitCode !== null || proc.signalCode !== null) {
          clearTimeout(timer);
          reject(
            new Error(
              `child exited (${proc.exitCode ?? proc.signalCode}); stdout: ${lines.slice(-5).join(' | ')} stderr: ${stderr}`,
            ),
          );
        }
      };
      waiters.push(check);
      check();
    });
  return { proc, lines, exited, waitFor };
}

/** Every acknowledged edit of `acks` is in the reopened store; the file and its indexes are sound. */
async function verify(dataDir: string, acks: string[]) {
  const h = openHarness({ dir: dataDir });
  try {
    expect(h.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(h.db.pragma('foreign_key_check')).toEqual([]);
    h.db.exec("INSERT INTO section_search (section_search) VALUES ('integrity-check')");
    h.db.exec("INSERT INTO document_search (document_search) VALUES ('integrity-check')");
    const docs = await h.ok('documents.list', {});
    if (!acks.some((l) => l.startsWith('ready'))) return { sections: 0, checked: 0 };
    expect(docs).toHaveLength(1);
    const doc = (await h.ok('documents.get', { id: docs[0].id })).document;
    expect(validateTree(doc.sections)).toEqual([]);
    const byId = new Map(flatten(doc.sections).map((f) => [f.section.id, f.section]));
    let checked = 0;
    for (const line of acks) {
      const [kind, id, tag] = line.split(' ');
      if (kind === 'insert') expect(byId.get(id)?.heading, line).toContain(`标题${tag}`);
      else if (kind === 'append') expect(byId.get(id)?.paragraphs, line).toContain(`追加${tag}`);
      else if (kind === 'save') expect(byId.get(id)?.heading, line).toContain(`·${tag}`);
      else if (kind === 'revision')
        expect((await h.ok('revisions.get', { revisionId: id })).revision.label, line).toBe(`版本${tag}`);
      else continue;
      checked++;
    }
    return { sections: byId.size, checked };
  } finally {
    h.close();
  }
}

describe('crash safety', () => {
  it('keeps every acknowledged edit through repeated SIGKILLs', async () => {
    const dataDir = tempDir('yaodian-crash-');
    const seed = Date.now() % 100_000;
    let rand = seed;
    const next = () => (rand = (rand * 48271) % 2147483647) / 2147483647;
    const acks: string[] = [];
    const started = Date.now();
    let rounds = 0;
    let killedWhileOpening = 0;
    // at least 8 kills however slow the machine; up to 24 within about 50 s
    while (rounds < 24 && (rounds < 8 || Date.now() - started < 50_000)) {
      rounds++;
      const child = startChild(dataDir, seed * 100 + rounds);
      if (rounds > 2 && next() < 0.2) {
        // kill somewhere in start-up: module loading, opening, migrating, creating the first document
        await new Promise((r) => setTimeout(r, 150 + next() * 900));
        killedWhileOpening += child.lines.some((l) => l.startsWith('ready')) ? 0 : 1;
      } else {
        await child.waitFor((l) => l.some((x) => x.startsWith('ready')));
        await new Promise((r) => setTimeout(r, 20 + next() * 600));
      }
      child.proc.kill('SIGKILL');
      await child.exited;
      expect(
        child.lines.filter((l) => /^(error|crash|open-error)/.test(l)),
        `seed ${seed}`,
      ).toEqual([]);
      acks.push(...child.lines);
      const { checked } = await verify(dataDir, acks);
      expect(checked).toBe(acks.filter((l) => /^(insert|append|save|revision) /.test(l)).length);
    }
    const edits = acks.filter((l) => !l.startsWith('ready')).length;
    console.log(
      `crash test (seed ${seed}): ${rounds} kills (${killedWhileOpening} during start-up), ${edits} acknowledged edits verified`,
    );
    expect(edits).toBeGreaterThan(50);
  }, 180_000);

  it('answers "already open" to a second process while the first writes, without harm', async () => {
    const dataDir = tempDir('yaodian-locked-');
    const writer = startChild(dataDir, 4242);
    try {
      await writer.waitFor((l) => l.filter((x) => x.startsWith('insert')).length >= 5);
      // a second real process
      const probe = startChild(dataDir, 1, 'probe');
      await probe.exited;
      const answer = probe.lines.find((l) => l.startsWith('open-error'));
      expect(answer, probe.lines.join('\n')).toBeDefined();
      const err = JSON.parse(answer!.slice('open-error '.length)) as { code: string; message: string };
      expect(err.code).toBe('store-locked');
      expect(err.message).toContain('已被另一个程序打开');
      expect(err.message).toContain(`进程 ${writer.proc.pid}`);
      // and this test process, a third one
      let mine: unknown;
      try {
        openStore(join(dataDir, 'yaodian.db'), { lockTimeoutMs: 200 });
      } catch (e) {
        mine = e;
      }
      expect(mine).toBeInstanceOf(StoreError);
      expect((mine as StoreError).code).toBe('store-locked');
      // the writer goes on undisturbed
      const before = writer.lines.length;
      await writer.waitFor((l) => l.length >= before + 20);
    } finally {
      writer.proc.kill('SIGKILL');
      await writer.exited;
    }
    expect(writer.lines.filter((l) => /^(error|crash)/.test(l))).toEqual([]);
    const { checked } = await verify(dataDir, writer.lines);
    expect(checked).toBeGreaterThan(20);
  }, 60_000);
});
