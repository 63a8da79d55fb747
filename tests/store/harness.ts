// Test harness: the real store on a temporary file, the real handlers, and direct access to the
// connection for assertions (row counts, pragmas). No mocks.
import { join } from 'node:path';
import type { Api, Input, Method, Outputs, Result } from '../../shared/api/contract';
import { createDocument, createSection } from '../../shared/model/factory';
import type { Level, Section, YaodianDocument } from '../../shared/model/types';
import { openStore } from '../../electron/store/open';
import { dispatch } from '../../electron/services/dispatch';
import { DEFAULT_DRAFTS_OPTIONS, Drafts, type DraftsOptions } from '../../electron/services/drafts';
import { createHandlers } from '../../electron/services/handlers';
import { tempDir } from '../helpers/paths';
import { saveEdit } from '../helpers/save-edit';

export type Harness = ReturnType<typeof openHarness>;

export function openHarness(options: Partial<DraftsOptions> & { dir?: string } = {}) {
  const dir = options.dir ?? tempDir('yaodian-store-');
  const dbPath = join(dir, 'yaodian.db');
  const store = openStore(dbPath);
  const draftsOptions = { ...DEFAULT_DRAFTS_OPTIONS, ...options };
  const drafts = new Drafts(store.db, draftsOptions, store);
  const handlers = createHandlers({ store, drafts, now: draftsOptions.now });
  const logged: unknown[] = [];
  const call = <M extends Method>(method: M, input: Input<M>) =>
    dispatch(handlers, method, input, { log: (_m, e) => logged.push(e) }) as Promise<Result<Outputs[M]>>;
  const ok = async <M extends Method>(method: M, input: Input<M>): Promise<Outputs[M]> => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const fail = async <M extends Method>(method: M, input: unknown) => {
    const r = await dispatch(handlers, method, input, { log: (_m, e) => logged.push(e) });
    if (r.ok) throw new Error(`${method} should have failed`);
    return r.error;
  };
  /** An edit saved as the editor saves it (the change set against the stored version); throws on failure. */
  const edit = async (id: string, op: (doc: YaodianDocument) => YaodianDocument) => {
    const r = await saveEdit(call as Api, id, op);
    if (!r.ok) throw new Error(`documents.save failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const editFail = async (id: string, op: (doc: YaodianDocument) => YaodianDocument) => {
    const r = await saveEdit(call as Api, id, op);
    if (r.ok) throw new Error('documents.save should have failed');
    return r.error;
  };
  return {
    dir,
    dbPath,
    store,
    db: store.db,
    drafts,
    handlers,
    call,
    ok,
    fail,
    edit,
    editFail,
    logged,
    close: () => store.close(),
  };
}

/** Records every row write to `sections` made through this connection (temporary triggers, not in the file). */
export function watchSectionWrites(db: Harness['db']) {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS section_writes (op TEXT, id TEXT);
    CREATE TEMP TRIGGER IF NOT EXISTS w_ins AFTER INSERT ON main.sections BEGIN INSERT INTO section_writes VALUES ('insert', new.id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS w_upd AFTER UPDATE ON main.sections BEGIN INSERT INTO section_writes VALUES ('update', new.id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS w_del AFTER DELETE ON main.sections BEGIN INSERT INTO section_writes VALUES ('delete', old.id); END;
  `);
  return {
    reset: () => db.exec('DELETE FROM section_writes'),
    writes: () => db.prepare('SELECT op, id FROM section_writes').all() as Array<{ op: string; id: string }>,
  };
}

const sec = (level: Level, id: string, heading: string, paragraphs: string[] = [], children: Section[] = []) =>
  createSection(level, heading, { id, paragraphs, children });

/** A small 要点 with two levels and a skipped level, ids fixed for assertions. */
export function sampleDocument(year = 2024): YaodianDocument {
  return createDocument({
    meta: {
      title: `${year}年全省民政工作要点`,
      noticeTitle: `关于印发${year}年全省民政工作要点的通知`,
      issuer: '某省民政厅',
      date: `${year}-02-19`,
    } as YaodianDocument['meta'],
    preamble: [`${year}年全省民政工作要坚持以人民为中心的发展思想。`],
    sections: [
      sec(
        1,
        'A',
        '健全分层分类社会救助体系',
        [],
        [
          sec(2, 'A1', '加强低收入人口动态监测', ['完善农村低保制度,做好低保边缘家庭认定。']),
          sec(2, 'A2', '提升救助水平', ['推动低保标准与经济社会发展相适应。']),
        ],
      ),
      sec(
        1,
        'B',
        '发展养老服务',
        [],
        [
          sec(
            2,
            'B1',
            '完善居家社区养老服务网络',
            ['推进养老服务设施建设,发展老年助餐服务。'],
            [sec(3, 'B1a', '实施特殊困难老年人家庭适老化改造', ['改造 2000 户(含 AND、OR、NEAR 等字样)。'])],
          ),
          sec(2, 'B2', '加强养老机构安全管理', ['开展"养老院服务质量建设专项行动"* (第二阶段) - 收尾。']),
        ],
      ),
      sec(1, 'C', '加强基层政权建设', [], [sec(3, 'C1', '规范村务公开', ['100%_完成公开。'])]),
    ],
  });
}
