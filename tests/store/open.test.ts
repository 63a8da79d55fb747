// Opening the store: pragmas, migrations from an older file (seeded by hand), a damaged or foreign file
// set aside, a newer file refused, and a second opener refused while the first holds the file.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLUSH_DELAY_MS, openStore } from '../../electron/store/open';
import { StoreError } from '../../electron/store/errors';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/store/migrations';
import { lockPathFor } from '../../electron/store/lock-file';
import { listBackups } from '../../electron/store/backups';
import { openServices } from '../../electron/services/service-context';
import { tempDir } from '../helpers/paths';
import { openHarness } from './harness';
import { createSection } from '../../shared/model/factory';
import { insertSection, updateSection } from '../../shared/model/operations';
import { saveEdit } from '../helpers/save-edit';

const dbIn = (dir: string) => join(dir, 'yaodian.db');

describe('opening the store', () => {
  it('sets WAL, foreign keys, FULL sync, exclusive locking and the latest schema version', () => {
    const dir = tempDir();
    const store = openStore(dbIn(dir));
    try {
      const p = (name: string) => store.db.pragma(name, { simple: true });
      expect(p('journal_mode')).toBe('wal');
      expect(p('foreign_keys')).toBe(1);
      expect(p('synchronous')).toBe(2); // FULL: 已保存 means on disk (see open.ts)
      expect(p('locking_mode')).toBe('exclusive');
      expect(p('busy_timeout')).toBe(5000);
      expect(p('user_version')).toBe(LATEST_VERSION);
      expect(store.notices).toEqual([]);
      expect(existsSync(lockPathFor(store.path))).toBe(true);
      expect(JSON.parse(readFileSync(lockPathFor(store.path), 'utf8')).pid).toBe(process.pid);
    } finally {
      store.close();
    }
    expect(existsSync(lockPathFor(dbIn(dir)))).toBe(false);
  });

  it('numbers its migrations 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('reopens an existing store without notices and keeps its data', async () => {
    const dir = tempDir();
    const a = openServices({ dataDir: dir });
    const created = await a.handlers['documents.create']({ title: '2024年全省民政工作要点' });
    a.close();
    const b = openServices({ dataDir: dir });
    try {
      expect(b.notices).toEqual([]);
      const got = await b.handlers['documents.get']({ id: created.summary.id });
      expect(got.summary.title).toBe('2024年全省民政工作要点');
      expect(readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([]);
      // the day's first start keeps the store as it was: one daily backup, no migration backup
      expect(listBackups(dbIn(dir)).map((b) => b.reason)).toEqual(['daily']);
    } finally {
      b.close();
    }
  });

  it('migrates a version-1 file seeded by hand, keeping a backup copy first', () => {
    const dir = tempDir();
    const path = dbIn(dir);
    const old = new Database(path);
    // the version-1 schema as that release created it, written out here rather than imported
    MIGRATIONS[0].up(old);
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO documents (id, year, kind, is_template, meta, numbering, preamble, toc, warnings, rev, created_at, updated_at)
      VALUES ('doc1', 2023, 'yaodian', 0, ?, '{"1":"restart","2":"restart","3":"restart","4":"restart"}', '["导语文字"]', NULL, '[]', 1, '2023-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z')`,
      )
      .run(JSON.stringify({ title: '2023年民政工作要点', coverParagraphs: [] }));
    const ins =
      old.prepare(`INSERT INTO sections (document_id, id, parent_id, position, level, heading, run_in, paragraphs, source_label)
      VALUES ('doc1', ?, ?, ?, ?, ?, 0, ?, NULL)`);
    ins.run('s1', null, 0, 1, '兜牢民生底线', '[]');
    ins.run('s2', 's1', 0, 2, '完善低保制度', JSON.stringify(['做好最低生活保障工作。']));
    ins.run('s3', 's1', 1, 2, '发展养老服务', JSON.stringify(['建设居家社区养老服务网络。']));
    old.close();
    const before = readFileSync(path);

    const store = openStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(store.notices).toHaveLength(1);
      expect(store.notices[0]).toMatch(/已从第 1 版升级到第 \d+ 版/);
      const backup = readdirSync(join(dir, 'backups')).find((f) => f.startsWith('yaodian.db.migration-v1-'));
      expect(backup).toBeDefined();
      expect(store.notices[0]).toContain(backup!);
      // the backup is the old file's content: version 1, same rows, no search tables
      const copy = new Database(join(dir, 'backups', backup!), { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
      expect((copy.prepare('SELECT count(*) n FROM sections').get() as { n: number }).n).toBe(3);
      expect(copy.prepare("SELECT name FROM sqlite_schema WHERE name = 'section_search'").get()).toBeUndefined();
      copy.close();
      expect(before.length).toBeGreaterThan(0);
      // the search index was built from the existing rows
      const rows = store.db
        .prepare(
          `SELECT s.id FROM section_search JOIN sections s ON s.rid = section_search.rowid
        WHERE section_search MATCH '"低保制度"'`,
        )
        .all();
      expect(rows).toEqual([{ id: 's2' }]);
      const docHit = store.db
        .prepare(`SELECT rowid FROM document_search WHERE document_search MATCH '"导语文字"'`)
        .all();
      expect(docHit).toHaveLength(1);
    } finally {
      store.close();
    }
  });

  it('migrates a version-2 file (search index without ids) and searches it', async () => {
    const dir = tempDir();
    const path = dbIn(dir);
    const old = new Database(path);
    MIGRATIONS[0].up(old);
    MIGRATIONS[1].up(old);
    old.pragma('user_version = 2');
    old
      .prepare(
        `INSERT INTO documents (id, year, meta, numbering, preamble, warnings, created_at, updated_at)
      VALUES ('d2', 2022, '{"title":"2022年要点"}', '{"1":"restart","2":"restart","3":"restart","4":"restart"}', '[]', '[]', 't', 't')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO sections (document_id, id, parent_id, position, level, heading, run_in, paragraphs)
      VALUES ('d2', 'x', NULL, 0, 1, '推进殡葬改革', 0, '["深化殡葬领域突出问题专项整治。"]')`,
      )
      .run();
    old.close();
    const h = openHarness({ dir });
    try {
      expect(h.store.notices[0]).toContain(`已从第 2 版升级到第 ${LATEST_VERSION} 版`);
      expect(
        (await h.ok('search.query', { query: '殡葬领域' })).map((x) => [x.documentId, x.sectionId, x.numberPath]),
      ).toEqual([['d2', 'x', '一、']]);
      expect((await h.ok('search.query', { query: '殡葬' })).map((x) => x.sectionId)).toEqual(['x']);
      await h.edit('d2', (d) => updateSection(d, 'x', { heading: '推进绿色殡葬' }));
      expect((await h.ok('search.query', { query: '绿色殡葬' })).map((x) => x.sectionId)).toEqual(['x']);
      h.db.exec("INSERT INTO section_search (section_search) VALUES ('integrity-check')");
    } finally {
      h.close();
    }
  });

  it('reports a failed migration in Chinese, rolled back, with the backup named', () => {
    const dir = tempDir();
    const path = dbIn(dir);
    const old = new Database(path);
    MIGRATIONS[0].up(old);
    old.exec(
      "CREATE TABLE section_search (x); INSERT INTO documents (id, meta, numbering, preamble, warnings, created_at, updated_at) VALUES ('d', '{}', '{}', '[]', '[]', 't', 't')",
    );
    old.pragma('user_version = 1');
    old.close();
    let error: unknown;
    try {
      openStore(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('migration-failed');
    expect((error as StoreError).message).toMatch(/升级失败.*升级前的副本保存在“.*yaodian\.db\.migration-v1-/);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(after.prepare('SELECT id FROM documents').all()).toEqual([{ id: 'd' }]);
    expect(after.prepare("SELECT name FROM sqlite_schema WHERE name = 'section_search_data'").get()).toBeUndefined();
    after.close();
  });

  it('refuses a file from a newer version and leaves it untouched', () => {
    const dir = tempDir();
    const path = dbIn(dir);
    const newer = new Database(path);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${LATEST_VERSION + 5}`);
    newer.close();
    const before = readFileSync(path);
    let error: unknown;
    try {
      openStore(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('newer-schema');
    expect((error as StoreError).message).toContain(`第 ${LATEST_VERSION + 5} 版`);
    expect((error as StoreError).message).toContain(path);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['yaodian.db']);
  });

  it('sets a non-SQLite file aside (never deletes it), says so in Chinese and opens a fresh store', async () => {
    const dir = tempDir();
    const path = dbIn(dir);
    writeFileSync(path, '这不是数据库,而是一段被误存的文字。'.repeat(50));
    const services = openServices({ dataDir: dir });
    try {
      expect(services.notices).toHaveLength(1);
      expect(services.notices[0]).toMatch(
        /已损坏（文件头已损坏，或它不是数据库文件），程序已自动恢复。没有可用的自动备份/,
      );
      const aside = readdirSync(dir).find((f) => f.startsWith('yaodian.db.damaged-'));
      expect(aside).toBeDefined();
      expect(services.notices[0]).toContain(aside!);
      expect(readFileSync(join(dir, aside!), 'utf8')).toBe('这不是数据库,而是一段被误存的文字。'.repeat(50));
      const created = await services.handlers['documents.create']({ title: '新的要点' });
      expect((await services.handlers['documents.list']({ trash: false })).map((d) => d.id)).toEqual([
        created.summary.id,
      ]);
    } finally {
      services.close();
    }
  });

  it('sets aside a SQLite file whose pages are damaged', async () => {
    const dir = tempDir();
    const first = openServices({ dataDir: dir });
    const doc = await first.handlers['documents.create']({ title: '将被损坏的文档' });
    for (let i = 0; i < 200; i++) {
      const r = await saveEdit(first.call, doc.summary.id, (d) =>
        insertSection(d, { parentId: null }, createSection(1, `第${i}节`, { paragraphs: ['正文'.repeat(200)] })),
      );
      expect(r.ok).toBe(true);
    }
    first.close();
    const path = dbIn(dir);
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    expect(bytes.length / pageSize).toBeGreaterThan(8);
    // scribble over pages 3..6 (b-tree pages of the tables), keep the header valid
    bytes.fill(0x5a, pageSize * 2, pageSize * 6);
    writeFileSync(path, bytes);

    const store = openStore(path);
    try {
      expect(store.notices).toHaveLength(1);
      expect(store.notices[0]).toContain('原文件没有删除');
      const aside = readdirSync(dir).find((f) => f.startsWith('yaodian.db.damaged-'));
      expect(readFileSync(join(dir, aside!)).equals(bytes)).toBe(true);
      // the day's first close kept a backup: every section comes back from it
      expect(store.db.prepare('SELECT count(*) n FROM sections').get()).toEqual({ n: 200 });
      expect(store.notices[0]).toMatch(/先用 .+ 的自动备份恢复了 1 份文档/);
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      store.close();
    }
  });

  it('sets aside a SQLite database of another program (version 0 with tables)', () => {
    const dir = tempDir();
    const path = dbIn(dir);
    const other = new Database(path);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三');");
    other.close();
    const store = openStore(path);
    try {
      expect(store.notices[0]).toContain('不是“要点”的数据文件');
      expect(readdirSync(dir).some((f) => f.startsWith('yaodian.db.damaged-'))).toBe(true);
    } finally {
      store.close();
    }
  });

  it('answers "already open" in Chinese to a second opener in the same process', () => {
    const dir = tempDir();
    const first = openStore(dbIn(dir));
    try {
      let error: unknown;
      const t0 = Date.now();
      try {
        openStore(dbIn(dir), { lockTimeoutMs: 100 });
      } catch (e) {
        error = e;
      }
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('store-locked');
      expect((error as StoreError).message).toContain('已被另一个程序打开');
      expect((error as StoreError).message).toContain(`进程 ${process.pid}`);
      // the first connection is unaffected and nothing was set aside
      first.db
        .prepare(
          "INSERT INTO documents (id, meta, numbering, preamble, warnings, created_at, updated_at) VALUES ('x', '{}', '{}', '[]', '[]', 'now', 'now')",
        )
        .run();
      expect(readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([]);
    } finally {
      first.close();
    }
    const again = openStore(dbIn(dir));
    expect((again.db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n).toBe(1);
    again.close();
  });
});

describe('durability', () => {
  it('flushes at once after a save point and within a second after edits', async () => {
    const h = openHarness();
    try {
      const created = await h.ok('documents.create', { title: '2024年要点' });
      const afterCreate = h.store.flushes;
      expect(afterCreate).toBeGreaterThanOrEqual(1);
      await h.edit(created.summary.id, (d) => insertSection(d, { parentId: null }, createSection(1, '一')));
      await h.edit(created.summary.id, (d) => insertSection(d, { parentId: null }, createSection(1, '二')));
      expect(h.store.flushes).toBe(afterCreate); // edits do not wait for the disk
      await new Promise((r) => setTimeout(r, FLUSH_DELAY_MS + 300));
      expect(h.store.flushes).toBe(afterCreate + 1); // one flush for both edits
      await h.ok('revisions.create', { documentId: created.summary.id });
      expect(h.store.flushes).toBe(afterCreate + 2);
    } finally {
      h.close();
    }
  });
});
