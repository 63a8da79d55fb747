// Migration 004 on a real version-3 file: every revision keeps its content, identical snapshots end up
// stored once, and the file still opens, lists and restores revisions afterwards.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/store/migrations';
import { tempDir } from '../helpers/paths';
import { openHarness, sampleDocument } from './harness';

describe('revision contents (migration 004)', () => {
  it('moves version-3 snapshots into content-addressed storage, one copy per distinct content', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'yaodian.db'));
    for (const m of MIGRATIONS.filter((m) => m.version <= 3)) m.up(old);
    old.pragma('user_version = 3');
    const doc = sampleDocument();
    old
      .prepare(
        `INSERT INTO documents (id, year, meta, numbering, preamble, warnings, created_at, updated_at)
      VALUES ('d1', 2024, ?, ?, ?, '[]', 't', 't')`,
      )
      .run(JSON.stringify(doc.meta), JSON.stringify(doc.numbering), JSON.stringify(doc.preamble));
    const edited = { ...doc, preamble: ['改过的导语。'] };
    const add = old.prepare(`INSERT INTO revisions (id, document_id, reason, label, snapshot, section_count, created_at)
      VALUES (?, 'd1', ?, ?, ?, 9, ?)`);
    add.run('r1', 'export', '导出：一.docx', JSON.stringify(doc), '2024-03-01T08:00:00.000Z');
    add.run('r2', 'export', '导出：二.docx', JSON.stringify(doc), '2024-03-01T09:00:00.000Z');
    add.run('r3', 'manual', null, JSON.stringify(edited), '2024-03-02T08:00:00.000Z');
    old.close();

    const h = openHarness({ dir });
    try {
      expect(h.store.notices.join('')).toContain('升级');
      expect((await h.ok('revisions.list', { documentId: 'd1' })).map((r) => [r.id, r.reason, r.label])).toEqual([
        ['r3', 'manual', null],
        ['r2', 'export', '导出：二.docx'],
        ['r1', 'export', '导出：一.docx'],
      ]);
      expect((h.db.prepare('SELECT count(*) AS n FROM revision_contents').get() as { n: number }).n).toBe(2);
      expect((await h.ok('revisions.get', { revisionId: 'r1' })).document).toEqual(doc);
      expect((await h.ok('revisions.get', { revisionId: 'r3' })).document.preamble).toEqual(['改过的导语。']);
      // a content shared by two revisions stays until the last of them goes
      h.db.prepare("DELETE FROM revisions WHERE id = 'r1'").run();
      expect((await h.ok('revisions.get', { revisionId: 'r2' })).document).toEqual(doc);
      h.db.prepare("DELETE FROM revisions WHERE id = 'r2'").run();
      expect((h.db.prepare('SELECT count(*) AS n FROM revision_contents').get() as { n: number }).n).toBe(1);
      expect(h.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      h.close();
    }
  });
});
