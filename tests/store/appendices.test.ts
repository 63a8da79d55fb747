// The attachment content after the 署名 (doc.appendices) is stored with the document: it survives a save,
// a reopen of the file and a migration of a file written before the column existed.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Appendix } from '../../shared/model/types';
import { openServices } from '../../electron/services/service-context';
import { tempDir } from '../helpers/paths';
import { sampleDocument } from './harness';
import { saveEdit } from '../helpers/save-edit';

/** Fails the test with the service's own message when a save is refused. */
async function must<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const got = await r;
  if (!got.ok) throw new Error(got.error.message);
  return got.value;
}

const APPENDICES: Appendix[] = [
  {
    label: '附件1',
    title: '2024年民政重点工作任务分工表',
    blocks: [
      {
        kind: 'table',
        rows: [
          ['序号', '工作任务', '责任单位'],
          ['1', '完善社会救助体系', '社会救助科'],
        ],
        headerRows: 1,
      },
      { kind: 'paragraph', text: '注：1.各单位每季度末报送进展情况。' },
    ],
  },
  { label: '附件2', title: null, blocks: [{ kind: 'paragraph', text: '联系人：张三，电话：1234567。' }] },
];

describe('appendices in the store', () => {
  it('keeps appendices through create, reopen, save without them and save with them again', async () => {
    const dir = tempDir('yaodian-appendices-');
    const a = openServices({ dataDir: dir });
    const created = await a.handlers['documents.create']({
      document: { ...sampleDocument(2024), appendices: APPENDICES },
    });
    const id = created.summary.id;
    expect(created.document.appendices).toEqual(APPENDICES);
    a.close();

    const b = openServices({ dataDir: dir });
    try {
      const got = await b.handlers['documents.get']({ id });
      expect(got.document.appendices).toEqual(APPENDICES);
      const { appendices: _dropped, ...without } = got.document;
      await must(saveEdit(b.call, id, () => without));
      expect((await b.handlers['documents.get']({ id })).document.appendices).toBeUndefined();
      await must(saveEdit(b.call, id, () => ({ ...without, appendices: APPENDICES.slice(1) })));
    } finally {
      b.close();
    }
    const raw = new Database(join(dir, 'yaodian.db'), { readonly: true });
    expect(
      (raw.prepare('SELECT appendices FROM documents WHERE id = ?').get(id) as { appendices: string }).appendices,
    ).toBe(JSON.stringify(APPENDICES.slice(1)));
    raw.close();
    const c = openServices({ dataDir: dir });
    try {
      expect((await c.handlers['documents.get']({ id })).document.appendices).toEqual(APPENDICES.slice(1));
    } finally {
      c.close();
    }
  });

  it('adds the column to a file written before it existed, leaving old documents without appendices', async () => {
    const dir = tempDir('yaodian-appendices-old-');
    const a = openServices({ dataDir: dir });
    const id = (await a.handlers['documents.create']({ document: sampleDocument(2023) })).summary.id;
    a.close();
    // back to the schema before version 6, as an older program left it
    const old = new Database(join(dir, 'yaodian.db'));
    // (and before every later version: their tables go too, so that each later migration runs again)
    old.exec('ALTER TABLE documents DROP COLUMN appendices; DROP TABLE check_ignores; DROP TABLE section_bigram;');
    old.pragma('user_version = 5');
    old.close();
    const b = openServices({ dataDir: dir });
    try {
      const got = await b.handlers['documents.get']({ id });
      expect(got.document.appendices).toBeUndefined();
      await must(saveEdit(b.call, id, (d) => ({ ...d, appendices: APPENDICES })));
      expect((await b.handlers['documents.get']({ id })).document.appendices).toEqual(APPENDICES);
    } finally {
      b.close();
    }
  });
});
