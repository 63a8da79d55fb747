// A damaged database at start: the store is rebuilt from the newest automatic backup with whatever can still be
// read from the damaged file laid over it. Real files damaged in each way an office meets; the assertions are
// on what the user sees afterwards through the handlers (the list, each document, search) and the notice.
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../electron/services/service-context';
import { listBackups } from '../../electron/store/backups';
import { inspectWal } from '../../electron/store/wal-check';
import { createDocument, createSection } from '../../shared/model/factory';
import type { YaodianDocument } from '../../shared/model/types';
import { tempDir } from '../helpers/paths';
import { saveEdit } from '../helpers/save-edit';

const TITLES = ['2021年全省民政工作要点', '2022年全省民政工作要点', '2023年全省民政工作要点', '2024年全省民政工作要点'];
const EDIT = '最新修改：养老服务补贴按月发放到位。';

function notice(title: string, seed: number): YaodianDocument {
  const para = (i: number) => `第${i}项工作，${'推进基层民政服务能力建设，'.repeat(30)}（${seed}）`;
  const sections = Array.from({ length: 8 }, (_, i) =>
    createSection(1, `重点任务${i + 1}`, {
      paragraphs: [para(i)],
      children: [createSection(2, `具体措施${i + 1}`, { paragraphs: [para(i + 100)] })],
    }),
  );
  return { ...createDocument({ sections }), meta: { ...createDocument().meta, title } };
}

interface Fixture {
  dir: string;
  db: string;
  ids: string[];
  /** doc 0's content after the edit made since the backup */
  edited: YaodianDocument;
}

/** Four documents, a backup taken at the day's first start, then one more edit of document 0. */
async function prepare(): Promise<Fixture> {
  const dir = tempDir();
  const first = openServices({ dataDir: dir });
  const ids: string[] = [];
  for (const [i, title] of TITLES.entries())
    ids.push((await first.handlers['documents.create']({ document: notice(title, i) })).summary.id);
  first.close();
  const second = openServices({ dataDir: dir }); // the daily backup: the four documents as they were
  expect(listBackups(join(dir, 'yaodian.db')).map((b) => b.reason)).toEqual(['daily']);
  const doc = (await second.handlers['documents.get']({ id: ids[0] })).document;
  const edited = structuredClone(doc);
  edited.sections[0].paragraphs = [EDIT];
  const saved = await saveEdit(second.call, ids[0], () => edited);
  if (!saved.ok) throw new Error(saved.error.message);
  second.close();
  return { dir, db: join(dir, 'yaodian.db'), ids, edited };
}

function pagesOf(dbPath: string, table: string): number[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (
      db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table) as Array<{
        pageno: number;
      }>
    ).map((r) => r.pageno);
  } finally {
    db.close();
  }
}

function overwritePage(dbPath: string, page: number, fill: 'zero' | 'random'): void {
  const bytes = readFileSync(dbPath);
  const size = 4096;
  expect(bytes.readUInt16BE(16)).toBe(size);
  for (let i = (page - 1) * size; i < page * size; i++) bytes[i] = fill === 'zero' ? 0 : (i * 7919 + 13) % 251;
  writeFileSync(dbPath, bytes);
}

interface Seen {
  services: Services;
  titles: string[];
  firstParagraph: string;
  notice: string;
}

async function reopen(f: Fixture): Promise<Seen> {
  const services = openServices({ dataDir: f.dir });
  const list = await services.handlers['documents.list']({ trash: false });
  const first = await services.handlers['documents.get']({ id: f.ids[0] });
  if (process.env.YD_DEBUG) console.log(services.notices);
  return {
    services,
    titles: list.map((d) => d.title).sort(),
    firstParagraph: first.document.sections[0].paragraphs[0],
    notice: services.notices.join('\n'),
  };
}

async function expectWhole(seen: Seen, f: Fixture): Promise<void> {
  expect(seen.titles).toEqual(TITLES);
  // every document whole: as the backup had it, or as last saved — never half of one
  for (const [i, id] of f.ids.entries()) {
    const got = (await seen.services.handlers['documents.get']({ id })).document;
    const expected = i === 0 && got.sections[0].paragraphs[0] === EDIT ? f.edited : notice(TITLES[i], i);
    expect(got.sections.map((s) => [s.heading, s.paragraphs, s.children.map((c) => c.paragraphs)])).toEqual(
      expected.sections.map((s) => [s.heading, s.paragraphs, s.children.map((c) => c.paragraphs)]),
    );
  }
  expect(seen.notice).toMatch(/程序已自动恢复。先用 .+ 的自动备份恢复了 4 份文档|所有文档都已从中完整读出/);
  expect(seen.notice).toContain('现在共有 4 份文档');
  expect(seen.notice).not.toMatch(/技术人员/);
  expect(readdirSync(f.dir).some((n) => n.includes('.damaged-'))).toBe(true); // never deleted
}

describe('recovering a damaged database', () => {
  it('a zeroed page in the middle of the sections: the backup, with the newer edit read back', async () => {
    const f = await prepare();
    const leaves = pagesOf(f.db, 'sections');
    expect(leaves.length).toBeGreaterThan(3);
    overwritePage(f.db, leaves[Math.floor(leaves.length / 2)], 'zero');
    const seen = await reopen(f);
    try {
      await expectWhole(seen, f);
      expect(seen.firstParagraph).toBe(EDIT); // document 0's rows were readable: its newer version is kept
      expect(seen.notice).toContain('从损坏的文件中读回了');
    } finally {
      seen.services.close();
    }
  });

  it('the sections leaf holding the edited document: its newest snapshot', async () => {
    const f = await prepare();
    overwritePage(f.db, pagesOf(f.db, 'sections')[0], 'random');
    const seen = await reopen(f);
    try {
      await expectWhole(seen, f);
      expect(seen.firstParagraph).toBe(EDIT); // from the automatic revision taken with the edit
    } finally {
      seen.services.close();
    }
  });

  it('no backup at all: what the damaged file still holds, snapshots standing in for unreadable rows', async () => {
    const f = await prepare();
    rmSync(join(f.dir, 'backups'), { recursive: true });
    overwritePage(f.db, pagesOf(f.db, 'sections')[0], 'random');
    const seen = await reopen(f);
    try {
      expect(seen.titles).toEqual(TITLES); // every document row was readable
      expect(seen.firstParagraph).toBe(EDIT); // its rows lost, its snapshot taken with the last save stands in
      expect(seen.notice).toMatch(/没有可用的自动备份，从损坏的文件中读回了“2021年全省民政工作要点”/);
      expect(seen.notice).toMatch(/只能读回一部分，内容可能不完整/); // the others lost rows and have no snapshot
    } finally {
      seen.services.close();
    }
  });

  it('a random page anywhere in the middle of the file', async () => {
    const f = await prepare();
    const pages = statSync(f.db).size / 4096;
    overwritePage(f.db, Math.floor(pages / 2), 'random');
    const seen = await reopen(f);
    try {
      if (seen.notice)
        await expectWhole(seen, f); // a page the check finds; otherwise nothing was lost
      else expect(seen.titles).toEqual(TITLES);
    } finally {
      seen.services.close();
    }
  });

  for (const [name, damage] of [
    [
      'the header overwritten',
      (p: string) => writeFileSync(p, Buffer.concat([Buffer.alloc(100, 0x41), readFileSync(p).subarray(100)])),
    ],
    ['the file truncated', (p: string) => truncateSync(p, Math.floor(statSync(p).size / 3))],
    [
      'the file replaced by another',
      (p: string) => writeFileSync(p, '这不是数据库，是一份被误存成同名的文字文件。\n'.repeat(200)),
    ],
  ] as const) {
    it(`${name}: every document from the backup`, async () => {
      const f = await prepare();
      damage(f.db);
      const seen = await reopen(f);
      try {
        await expectWhole(seen, f);
      } finally {
        seen.services.close();
      }
    });
  }

  it('a damaged search index: every document at its latest, and search works again', async () => {
    const f = await prepare();
    const leaves = [...pagesOf(f.db, 'section_search_data'), ...pagesOf(f.db, 'section_search_content')];
    expect(leaves.length).toBeGreaterThan(0);
    overwritePage(f.db, leaves[0], 'random');
    const seen = await reopen(f);
    try {
      expect(seen.titles).toEqual(TITLES);
      expect(seen.firstParagraph).toBe(EDIT);
      expect(seen.notice).toContain('所有文档都已从中完整读出，检索索引已重建，没有丢失任何内容');
      const hits = await seen.services.handlers['search.query']({ query: '养老服务补贴', limit: 10 });
      expect(hits.map((h) => h.documentId)).toEqual([f.ids[0]]);
    } finally {
      seen.services.close();
    }
  });

  it('a search index whose own data is damaged is rebuilt in place, nothing set aside', async () => {
    const f = await prepare();
    const raw = new Database(f.db);
    raw.unsafeMode(true); // lets the test write the index's shadow table directly
    raw.exec("UPDATE section_search_data SET block = X'0102030405' WHERE id > 10");
    raw.close();
    const seen = await reopen(f);
    try {
      expect(seen.notice).toBe('全文检索的索引已损坏，已自动重建；文档没有受到影响。');
      const hits = await seen.services.handlers['search.query']({ query: '养老服务补贴', limit: 10 });
      expect(hits.map((h) => h.documentId)).toEqual([f.ids[0]]);
      expect(readdirSync(f.dir).some((n) => n.includes('.damaged-'))).toBe(false);
    } finally {
      seen.services.close();
    }
  });

  it('says so when a damaged write-ahead log drops saved edits (SQLite drops them silently)', async () => {
    const dir = tempDir();
    const first = openServices({ dataDir: dir });
    const id = (await first.handlers['documents.create']({ title: '第0次' })).summary.id;
    first.close();
    // five committed edits left in the log by a process that never closed (a crash, a power cut)
    const raw = new Database(join(dir, 'yaodian.db'));
    raw.pragma('wal_autocheckpoint = 0');
    const meta = (n: number) => JSON.stringify({ ...createDocument().meta, title: `第${n}次` });
    for (let n = 1; n <= 5; n++)
      raw.prepare('UPDATE documents SET meta = ?, rev = rev + 1 WHERE id = ?').run(meta(n), id);
    const crashed = tempDir();
    for (const f of ['yaodian.db', 'yaodian.db-wal']) copyFileSync(join(dir, f), join(crashed, f));
    raw.close();
    const clean = inspectWal(join(crashed, 'yaodian.db-wal'))!;
    expect(clean.droppedCommits).toBe(0);
    expect(clean.replayed).toBe(clean.frames);
    // an intact log after a crash: its edits go into the database file and are synced at once, at the start
    const intact = tempDir();
    for (const f of ['yaodian.db', 'yaodian.db-wal']) copyFileSync(join(crashed, f), join(intact, f));
    const restarted = openServices({ dataDir: intact });
    try {
      expect(statSync(join(intact, 'yaodian.db-wal')).size).toBe(0);
      expect(restarted.notices).toEqual([]);
      const fileOnly = join(tempDir(), 'copy.db'); // the database file alone, as a power cut now would leave it
      copyFileSync(join(intact, 'yaodian.db'), fileOnly);
      const copy = new Database(fileOnly, { readonly: true });
      expect(JSON.parse((copy.prepare('SELECT meta FROM documents').get() as { meta: string }).meta).title).toBe(
        '第5次',
      );
      copy.close();
    } finally {
      restarted.close();
    }
    // one byte of the third commit's frame damaged: the third to fifth edits are dropped by SQLite
    const wal = readFileSync(join(crashed, 'yaodian.db-wal'));
    const frameSize = 24 + wal.readUInt32BE(8);
    const commits: number[] = [];
    for (let i = 0; 32 + (i + 1) * frameSize <= wal.length; i++)
      if (wal.readUInt32BE(32 + i * frameSize + 4) !== 0) commits.push(i);
    expect(commits).toHaveLength(5);
    wal[32 + commits[2] * frameSize + 24 + 100] ^= 0xff;
    writeFileSync(join(crashed, 'yaodian.db-wal'), wal);
    expect(inspectWal(join(crashed, 'yaodian.db-wal'))!.droppedCommits).toBe(3);

    const services = openServices({ dataDir: crashed });
    try {
      expect((await services.handlers['documents.get']({ id })).summary.title).toBe('第2次');
      expect(services.notices.join('\n')).toMatch(
        /上次关闭程序前保存的最后 3 次修改没能完整写入磁盘.*请核对最近编辑的内容/,
      );
      expect(readdirSync(crashed).some((n) => n.startsWith('yaodian.db-wal.damaged-'))).toBe(true);
    } finally {
      services.close();
    }
  });

  it('keeps a few generations of daily backups, pruning the oldest', async () => {
    const dir = tempDir();
    for (let day = 1; day <= 13; day++) {
      const now = () => new Date(2025, 2, day, 9, 0, 0);
      const s = openServices({ dataDir: dir, now });
      await s.handlers['documents.create']({ title: `第${day}天` });
      s.close();
    }
    const backups = listBackups(join(dir, 'yaodian.db'));
    expect(backups).toHaveLength(10);
    expect(backups[0].takenAt.getDate()).toBe(13);
    expect(backups.every((b) => existsSync(b.path))).toBe(true);
  });
});
