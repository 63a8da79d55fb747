// 任务分工 and progress in the real store: a real SQLite file, the real handlers, closed and reopened.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { openStore } from '../../electron/store/open';
import { flatten } from '../../shared/model/tree';
import type { YaodianDocument } from '../../shared/model/types';
import { tempDir } from '../helpers/paths';
import { openHarness, sampleDocument, watchSectionWrites, type Harness } from '../store/harness';
import { INLINE_NOTICE } from './fixtures';

let h: Harness;
afterEach(() => h?.close());

const find = (doc: YaodianDocument, heading: string) =>
  flatten(doc.sections).find((f) => f.section.heading === heading)!.section;

function reopen(): Harness {
  const dir = h.dir;
  h.close();
  h = openHarness({ dir });
  return h;
}

describe('assignments in the store', () => {
  it('an import with inline assignments keeps its fields across a restart', async () => {
    h = openHarness();
    const { summary } = await h.ok('import.text', { text: INLINE_NOTICE, name: '要点.txt' });
    reopen();
    const doc = (await h.ok('documents.get', { id: summary.id })).document;
    expect(find(doc, '完善社会救助制度').assignment).toMatchObject({
      lead: ['社会救助处'],
      support: ['财务处', '低保中心'],
      deadlineDate: '2024-06-30',
    });
    const raw = h.db
      .prepare('SELECT count(*) AS n FROM sections WHERE document_id = ? AND assignment IS NOT NULL')
      .get(summary.id) as { n: number };
    expect(raw.n).toBe(6);
    // the text as imported, notes included, is kept as a revision that can be restored
    const revs = await h.ok('revisions.list', { documentId: summary.id });
    const original = revs.find((r) => r.label === '导入：要点.txt（原文，分工写在正文中）');
    expect(original).toBeDefined();
    const before = (await h.ok('revisions.get', { revisionId: original!.id })).document;
    expect(find(before, '完善社会救助制度').paragraphs[0]).toContain(
      '（牵头单位：社会救助处；配合单位：财务处、低保中心；完成时限：6月底前）',
    );
    expect(find(before, '完善社会救助制度').assignment).toBeUndefined();
    const { rows } = await h.ok('tasks.list', { documentId: summary.id });
    expect(rows.map((r) => `${r.seq}${r.numberPath}${r.task}`)).toEqual([
      '1一、（一）完善社会救助制度',
      '2一、（二）做好困难群众冬春救助',
      '3一、（三）加强残疾人福利',
      '4二、（一）发展养老服务',
      '5二、（二）规范婚姻登记',
      '6三、（一）加强党的建设',
    ]);
  });

  it('assigns several sections at once, writing only their rows; an emptied assignment is cleared', async () => {
    h = openHarness();
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const w = watchSectionWrites(h.db);
    const { document } = await h.ok('tasks.assign', {
      documentId: summary.id,
      sectionIds: ['A1', 'A2'],
      patch: { lead: ['社会救助处'], support: ['财务处'], deadline: '三季度' },
    });
    expect(w.writes().sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { op: 'update', id: 'A1' },
      { op: 'update', id: 'A2' },
    ]);
    expect(find(document, '提升救助水平').assignment).toEqual({
      lead: ['社会救助处'],
      support: ['财务处'],
      deadline: '三季度',
      deadlineDate: '2024-09-30',
      leader: null,
    });
    // a later patch changes one field and keeps the others
    await h.ok('tasks.assign', { documentId: summary.id, sectionIds: ['A2'], patch: { leader: '李四' } });
    reopen();
    let doc = (await h.ok('documents.get', { id: summary.id })).document;
    expect(find(doc, '提升救助水平').assignment).toMatchObject({ lead: ['社会救助处'], leader: '李四' });
    await h.ok('tasks.assign', {
      documentId: summary.id,
      sectionIds: ['A1'],
      patch: { lead: [], support: [], deadline: null },
    });
    doc = (await h.ok('documents.get', { id: summary.id })).document;
    expect(find(doc, '加强低收入人口动态监测').assignment).toBeUndefined();
    // documents.save (the renderer's autosave) keeps the field, and a revision snapshot carries it
    await h.edit(summary.id, (d) => ({ ...d, preamble: [...d.preamble, '（自动保存）'] }));
    const rev = await h.ok('revisions.create', { documentId: summary.id });
    const snap = (await h.ok('revisions.get', { revisionId: rev.id })).document;
    expect(find(snap, '提升救助水平').assignment?.leader).toBe('李四');
  });

  it('refuses unknown sections and malformed input in Chinese', async () => {
    h = openHarness();
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const e1 = await h.fail('tasks.assign', {
      documentId: summary.id,
      sectionIds: ['nope'],
      patch: { lead: ['办公室'] },
    });
    expect(e1).toMatchObject({ code: 'not-found' });
    expect(e1.message).toContain('找不到要分工的条目');
    const e2 = await h.fail('progress.add', {
      documentId: summary.id,
      sectionId: 'A1',
      period: '二季度',
      status: '推进中',
      text: '',
    });
    expect(e2.code).toBe('invalid-input');
    expect(e2.message).toContain('YYYY-Qn');
    const e3 = await h.fail('progress.add', {
      documentId: summary.id,
      sectionId: 'A1',
      period: '2024-Q2',
      status: '差不多',
      text: '',
    });
    expect(e3.message).toContain('未启动');
  });
});

describe('units and progress', () => {
  it('keeps the unit list once, without duplicates', async () => {
    h = openHarness();
    await h.ok('units.add', { names: ['社会救助处', '养老服务处'], kind: '机关处室' });
    const list = await h.ok('units.add', { names: ['社会救助处', '市福利院'], kind: '直属单位' });
    expect(list).toEqual([
      { name: '社会救助处', kind: '机关处室' },
      { name: '养老服务处', kind: '机关处室' },
      { name: '市福利院', kind: '直属单位' },
    ]);
    reopen();
    expect(await h.ok('units.list', {})).toHaveLength(3);
  });

  it('adds progress records without ever overwriting one, and the 台账 shows the latest', async () => {
    let clock = Date.parse('2024-04-02T08:00:00Z');
    h = openHarness({ now: () => new Date((clock += 60_000)) });
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    await h.ok('tasks.assign', {
      documentId: summary.id,
      sectionIds: ['A1', 'B1'],
      patch: { lead: ['社会救助处'], deadline: '3月底前' },
    });
    await h.ok('progress.add', {
      documentId: summary.id,
      sectionId: 'A1',
      period: '2024-Q1',
      status: '推进中',
      text: '已完成摸底。',
    });
    await h.ok('progress.add', {
      documentId: summary.id,
      sectionId: 'A1',
      period: '2024-Q1',
      status: '已完成',
      text: '监测平台上线。',
    });
    await h.ok('progress.add', {
      documentId: summary.id,
      sectionId: 'B1',
      period: '2024-03',
      status: '滞后',
      text: '选址未定。',
    });
    reopen();
    const { records } = await h.ok('tasks.list', { documentId: summary.id });
    expect(records.map((r) => [r.sectionId, r.period, r.status, r.text, r.source])).toEqual([
      ['A1', '2024-Q1', '推进中', '已完成摸底。', '录入'],
      ['A1', '2024-Q1', '已完成', '监测平台上线。', '录入'],
      ['B1', '2024-03', '滞后', '选址未定。', '录入'],
    ]);
    const other = await h.ok('documents.create', { document: sampleDocument(2023) });
    await h.ok('tasks.assign', { documentId: other.summary.id, sectionIds: ['B2'], patch: { lead: ['养老服务处'] } });
    const ledger = await h.ok('tasks.ledger', {});
    expect(ledger.map((t) => [t.year, t.sectionId, t.latest?.status ?? null])).toEqual([
      [2024, 'A1', '已完成'],
      [2024, 'B1', '滞后'],
      [2023, 'B2', null],
    ]);
  });
});

describe('migration 005', () => {
  it('upgrades a version-3 file: sections get the assignment column, the unit and progress tables appear', () => {
    const dir = tempDir();
    const path = join(dir, 'yaodian.db');
    const old = new Database(path);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    old
      .prepare(
        `INSERT INTO documents (id, year, kind, is_template, meta, numbering, preamble, toc, warnings, rev, created_at, updated_at)
      VALUES ('doc1', 2023, 'yaodian', 0, ?, '{"1":"restart","2":"restart","3":"restart","4":"restart"}', '[]', NULL, '[]', 1, '2023-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z')`,
      )
      .run(JSON.stringify({ title: '2023年民政工作要点', coverParagraphs: [], attachments: [] }));
    old
      .prepare(
        `INSERT INTO sections (document_id, id, parent_id, position, level, heading, run_in, paragraphs, source_label)
      VALUES ('doc1', 's1', NULL, 0, 1, '兜牢民生底线', 0, '["做好低保工作。"]', NULL)`,
      )
      .run();
    old.close();
    const store = openStore(path);
    try {
      const cols = store.db
        .prepare("SELECT name FROM pragma_table_info('sections')")
        .all()
        .map((r) => (r as { name: string }).name);
      expect(cols).toContain('assignment');
      expect(store.db.prepare("SELECT assignment FROM sections WHERE id = 's1'").get()).toEqual({ assignment: null });
      for (const t of ['units', 'progress'])
        expect(store.db.prepare('SELECT name FROM sqlite_schema WHERE name = ?').get(t)).toBeDefined();
      expect(() =>
        store.db
          .prepare(
            `INSERT INTO progress (id, document_id, section_id, period, status, text, source, recorded_at)
        VALUES ('p', 'doc1', 's1', '二季度', '推进中', '', '录入', '')`,
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      store.close();
    }
  });
});
