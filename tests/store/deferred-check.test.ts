// A large data file gets a quick per-table check at open and SQLite's full check after start (open.ts): damage in
// the tables' pages is still found and recovered at open; damage only the full check sees (here the free-page
// list) lets the file open, is reported in Chinese by the check after start (also to the browser-mode page),
// changes nothing, and is recovered at the next start.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDevHost } from '../../electron/dev-host';
import { openServices } from '../../electron/services/service-context';
import { checkMarkerPath, openStore } from '../../electron/store/open';
import { createSection } from '../../shared/model/factory';
import { insertSection } from '../../shared/model/operations';
import { saveEdit } from '../helpers/save-edit';
import { tempDir } from '../helpers/paths';

const dbIn = (dir: string) => join(dir, 'yaodian.db');
const LARGE = { fullCheckMaxBytes: 0 }; // every file counts as large: the check at open is the quick one

async function dataDirWithDocument(): Promise<string> {
  const dir = tempDir();
  const services = openServices({ dataDir: dir });
  const doc = await services.handlers['documents.create']({ title: '二〇二四年工作要点' });
  for (let i = 0; i < 60; i++) {
    const r = await saveEdit(services.call, doc.summary.id, (d) =>
      insertSection(d, { parentId: null }, createSection(1, `第${i}节`, { paragraphs: ['正文'.repeat(200)] })),
    );
    expect(r.ok).toBe(true);
  }
  services.close();
  return dir;
}

/** Frees pages, then scribbles over the first free-list page: no table reads it, the full check does. */
function damageFreeList(path: string): void {
  const db = new Database(path);
  db.exec(`CREATE TABLE junk (x);
    WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 300)
    INSERT INTO junk SELECT randomblob(1000) FROM c;
    DROP TABLE junk;`);
  db.close();
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const trunk = bytes.readUInt32BE(32);
  expect(trunk).toBeGreaterThan(1);
  bytes.fill(0x5a, (trunk - 1) * pageSize, trunk * pageSize);
  writeFileSync(path, bytes);
}

describe('the integrity check after start', () => {
  it('a large file whose table pages are damaged is still set aside and recovered at open', async () => {
    const dir = await dataDirWithDocument();
    const path = dbIn(dir);
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, pageSize * 6);
    writeFileSync(path, bytes);
    const store = openStore(path, LARGE);
    try {
      expect(store.notices[0]).toContain('原文件没有删除');
      expect(store.deferredCheck).toBeNull(); // the recovery ran the full check
      expect(store.db.prepare('SELECT count(*) n FROM sections').get()).toEqual({ n: 60 });
    } finally {
      store.close();
    }
  });

  it('a file damaged where the quick check does not look opens; the check after start reports it', async () => {
    const dir = await dataDirWithDocument();
    const path = dbIn(dir);
    damageFreeList(path);
    const damaged = readFileSync(path);

    const store = openStore(path, LARGE);
    let notice: string | null;
    try {
      expect(store.notices).toEqual([]);
      expect(store.db.prepare('SELECT count(*) n FROM sections').get()).toEqual({ n: 60 });
      expect(store.deferredCheck).not.toBeNull();
      notice = store.deferredCheck!();
    } finally {
      store.close();
    }
    expect(notice).toContain('启动后的完整性检查发现数据文件');
    expect(notice).toContain('有数据页损坏');
    expect(notice).toContain('下次启动时会先完整检查');
    expect(existsSync(checkMarkerPath(path))).toBe(true);
    expect(readdirSync(dir).some((f) => f.includes('damaged'))).toBe(false); // nothing set aside while running

    // the next start checks fully (the marker), sets the file aside and recovers every section
    const next = openStore(path, LARGE);
    try {
      expect(next.notices).toHaveLength(1);
      expect(next.notices[0]).toContain('原文件');
      expect(next.deferredCheck).toBeNull();
      expect(next.db.prepare('SELECT count(*) n FROM sections').get()).toEqual({ n: 60 });
      expect(next.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      next.close();
    }
    const aside = readdirSync(dir).find((f) => f.startsWith('yaodian.db.damaged-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!)).length).toBe(damaged.length);
    expect(existsSync(checkMarkerPath(path))).toBe(false);
  });

  it('a sound large file: the check after start finds nothing', async () => {
    const dir = await dataDirWithDocument();
    const store = openStore(dbIn(dir), LARGE);
    try {
      expect(store.deferredCheck!()).toBeNull();
    } finally {
      store.close();
    }
    expect(existsSync(checkMarkerPath(dbIn(dir)))).toBe(false);
  });

  it('browser mode: the host answers at once and hands the later finding to the page', async () => {
    const dir = await dataDirWithDocument();
    damageFreeList(dbIn(dir));
    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>要点</title>');
    const seen: string[] = [];
    const host = await startDevHost({ dataDir: dir, staticDir, port: 0, ...LARGE, onNotice: (n) => seen.push(n) });
    try {
      expect(host.notices).toEqual([]);
      const headers = { 'x-yaodian-key': host.secret, 'content-type': 'application/json' };
      const list = await fetch(`${host.url}api/call`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ method: 'documents.list', input: {} }),
      });
      expect(((await list.json()) as { ok: boolean }).ok).toBe(true);
      const info = (await (await fetch(`${host.url}api/host-info`, { headers })).json()) as { notices?: string[] };
      expect(info.notices).toHaveLength(1);
      expect(info.notices![0]).toContain('启动后的完整性检查发现数据文件');
      expect(seen).toEqual(info.notices);
    } finally {
      await host.close();
      rmSync(staticDir, { recursive: true, force: true });
    }
  });
});
