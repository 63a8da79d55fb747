// Migration 008: a version-3 file gains the table of ignored 规范检查 findings; ignores are kept per document
// and go with their document.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/service-context';
import { addCheckIgnore, listCheckIgnores } from '../../electron/store/check-ignores';
import { MIGRATIONS } from '../../electron/store/migrations';
import { emptyMeta } from '../../shared/model/factory';
import { tempDir } from '../helpers/paths';

describe('check ignores (migration 008)', () => {
  it('upgrades a version-3 file, then remembers ignores per document and deletes them with it', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'yaodian.db'));
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) m.up(old);
    old.pragma('user_version = 3');
    const meta = JSON.stringify({ ...emptyMeta(), title: '2025年全市民政工作要点' });
    old
      .prepare(
        `INSERT INTO documents (id, year, meta, numbering, preamble, warnings, created_at, updated_at)
      VALUES ('d3', 2025, ?, '{"1":"restart","2":"restart","3":"restart","4":"restart"}',
      '["截止目前，全市共有养老机构86家。"]', '[]', 't', 't')`,
      )
      .run(meta);
    old.close();

    const services = openServices({ dataDir: dir });
    try {
      expect(services.notices.join('')).toMatch(/已从第 3 版升级/);
      const call = async <T>(method: string, input: unknown): Promise<T> => {
        const r = await services.call(method as never, input as never);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as T;
      };
      const findings = await call<{ matched?: string }[]>('check.document', { id: 'd3' });
      const index = findings.findIndex((f) => f.matched === '截止');
      expect(index).toBeGreaterThanOrEqual(0);
      const after = await call<{ matched?: string }[]>('check.ignore', {
        id: 'd3',
        findingIndex: index,
        scope: 'document',
      });
      expect(after.some((f) => f.matched === '截止')).toBe(false);
    } finally {
      services.close();
    }
    {
      const db = new Database(join(dir, 'yaodian.db'));
      try {
        expect([...listCheckIgnores(db, 'd3')]).toEqual(['*typo-截至']);
        addCheckIgnore(db, 'd3', '*typo-截至', 'again'); // remembered once
        expect(listCheckIgnores(db, 'd3').size).toBe(1);
        db.pragma('foreign_keys = ON');
        db.prepare("DELETE FROM documents WHERE id = 'd3'").run();
        expect(listCheckIgnores(db, 'd3').size).toBe(0);
      } finally {
        db.close();
      }
    }
  });
});
