// documents.* and templates.list through the real handlers on a real database file.
import { afterEach, describe, expect, it } from 'vitest';
import { updateSection } from '../../shared/model/operations';
import { countSections } from '../../shared/model/tree';
import { openHarness, sampleDocument, watchSectionWrites, type Harness } from '../store/harness';
import { setNumberingMode } from '../../shared/model/operations';

let h: Harness;
afterEach(() => h?.close());

describe('documents', () => {
  it('creates a blank document for the current year, a titled one, and one from a whole document', async () => {
    h = openHarness({ now: () => new Date('2025-03-01T08:00:00Z') });
    const blank = await h.ok('documents.create', {});
    expect(blank.summary).toMatchObject({
      year: 2025,
      kind: 'yaodian',
      isTemplate: false,
      sectionCount: 0,
      deletedAt: null,
      title: '2025年工作要点（未命名）',
    });
    expect(blank.summary.createdAt).toBe('2025-03-01T08:00:00.000Z');

    const titled = await h.ok('documents.create', { title: '2026年全市民政工作要点' });
    expect(titled.summary.year).toBe(2026); // read from the title
    expect(titled.document.meta.title).toBe('2026年全市民政工作要点');

    const full = await h.ok('documents.create', { document: sampleDocument(2023) });
    expect(full.summary).toMatchObject({
      year: 2023,
      title: '2023年全省民政工作要点',
      issuer: '某省民政厅',
      sectionCount: 9,
    });
    expect(full.document).toEqual(sampleDocument(2023));

    const list = await h.ok('documents.list', {});
    expect(list.map((d) => d.year)).toEqual([2026, 2025, 2023]);
  });

  it('stores sections as rows and reads back the same tree after reopening the file', async () => {
    h = openHarness();
    const created = await h.ok('documents.create', { document: sampleDocument() });
    const rows = h.db
      .prepare('SELECT id, parent_id, position, level FROM sections WHERE document_id = ? ORDER BY rid')
      .all(created.summary.id);
    expect(rows).toHaveLength(countSections(sampleDocument().sections));
    expect(rows).toContainEqual({ id: 'B1a', parent_id: 'B1', position: 0, level: 3 });
    expect(rows).toContainEqual({ id: 'C1', parent_id: 'C', position: 0, level: 3 });
    const dir = h.dir;
    h.close();
    h = openHarness({ dir });
    expect((await h.ok('documents.get', { id: created.summary.id })).document).toEqual(sampleDocument());
  });

  it('updates metadata, year, preamble and numbering, each a document-row write only', async () => {
    h = openHarness();
    const { summary, document } = await h.ok('documents.create', { document: sampleDocument() });
    const w = watchSectionWrites(h.db);
    const meta = { ...document.meta, docNumber: '某民发〔2024〕1号', issuer: '某市民政局' };
    const s1 = await h.ok('documents.save', {
      id: summary.id,
      version: summary.version,
      changes: { upsert: [], remove: [], meta },
      year: 2025,
    });
    expect(s1).toMatchObject({ docNumber: '某民发〔2024〕1号', issuer: '某市民政局', year: 2025 });
    await h.edit(summary.id, (d) => ({ ...d, preamble: ['新的导语。', '第二段。'] }));
    await h.edit(summary.id, (d) => setNumberingMode(d, 2, 'continuous'));
    expect(w.writes()).toEqual([]);
    const got = await h.ok('documents.get', { id: summary.id });
    expect(got.document.meta).toMatchObject({
      docNumber: '某民发〔2024〕1号',
      issuer: '某市民政局',
      title: '2024年全省民政工作要点',
    });
    expect(got.document.preamble).toEqual(['新的导语。', '第二段。']);
    expect(got.document.numbering[2]).toBe('continuous');
  });

  it('marks templates and lists them', async () => {
    h = openHarness();
    const a = await h.ok('documents.create', { title: '2024年要点' });
    await h.ok('documents.create', { title: '2023年要点' });
    const t = await h.ok('documents.setTemplate', { id: a.summary.id, isTemplate: true });
    expect(t.isTemplate).toBe(true);
    expect((await h.ok('templates.list', {})).map((d) => d.id)).toEqual([a.summary.id]);
    await h.ok('documents.setTemplate', { id: a.summary.id, isTemplate: false });
    expect(await h.ok('templates.list', {})).toEqual([]);
  });

  it('moves a document to 回收站 and back; edits are refused while it is there', async () => {
    h = openHarness();
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const deleted = await h.ok('documents.delete', { id: summary.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect(await h.ok('documents.list', {})).toEqual([]);
    expect((await h.ok('documents.list', { trash: true })).map((d) => d.id)).toEqual([summary.id]);
    // still readable, not editable
    expect((await h.ok('documents.get', { id: summary.id })).summary.deletedAt).toBe(deleted.deletedAt);
    const refused = await h.editFail(summary.id, (d) => updateSection(d, 'A1', { heading: '改' }));
    expect(refused.code).toBe('invalid-operation');
    expect(refused.message).toContain('回收站');
    const restored = await h.ok('documents.restore', { id: summary.id });
    expect(restored.deletedAt).toBeNull();
    expect((await h.ok('documents.list', {})).map((d) => d.id)).toEqual([summary.id]);
    expect(await h.ok('documents.list', { trash: true })).toEqual([]);
    // nothing was lost on the way
    expect((await h.ok('documents.get', { id: summary.id })).document).toEqual(sampleDocument());
  });

  it('saves an edited document (even a deep copy) writing only the changed rows', async () => {
    h = openHarness();
    const { summary, document } = await h.ok('documents.create', { document: sampleDocument() });
    const w = watchSectionWrites(h.db);
    // one heading changed
    const edited = structuredClone(document);
    edited.sections[1].children[0].heading = '完善居家社区养老服务网络和设施';
    await h.edit(summary.id, () => edited);
    expect(w.writes()).toEqual([{ op: 'update', id: 'B1' }]);
    // nothing changed: nothing written, not even the document's time stamp
    w.reset();
    const before = await h.ok('documents.get', { id: summary.id });
    await new Promise((r) => setTimeout(r, 5));
    const { summary: same } = await h.edit(summary.id, () => edited);
    expect(w.writes()).toEqual([]);
    expect(same.updatedAt).toBe(before.summary.updatedAt);
    // C removed (with C1), a new top-level section added, A2 moved to the front of A
    w.reset();
    const next = structuredClone(edited);
    next.sections.pop();
    next.sections.push({ id: 'D', level: 1, heading: '加强自身建设', runIn: false, paragraphs: [], children: [] });
    next.sections[0].children.reverse();
    await h.edit(summary.id, () => next);
    expect(w.writes().sort((a, b) => (a.op + a.id).localeCompare(b.op + b.id))).toEqual([
      { op: 'delete', id: 'C' },
      { op: 'delete', id: 'C1' },
      { op: 'insert', id: 'D' },
      { op: 'update', id: 'A1' },
      { op: 'update', id: 'A2' },
    ]);
    expect((await h.ok('documents.get', { id: summary.id })).document).toEqual(next);
  });

  it('refuses to save a section listed twice or a child not deeper than its parent', async () => {
    h = openHarness();
    const { summary, document } = await h.ok('documents.create', { document: sampleDocument() });
    // a change set keys sections by id: a second section A1 can only arrive as A1 listed twice
    const row = { id: 'A1', parentId: 'C', position: 1, level: 3, heading: '重复', runIn: false, paragraphs: [] };
    const e1 = await h.fail('documents.save', {
      id: summary.id,
      version: summary.version,
      changes: { upsert: [row, row], remove: [] },
    });
    expect(e1.code).toBe('invalid-operation');
    expect(e1.message).toContain('出现了两次');
    const flat = structuredClone(document);
    flat.sections[0].children[0].level = 1;
    const e2 = await h.editFail(summary.id, () => flat);
    expect(e2.code).toBe('invalid-operation');
    expect((await h.ok('documents.get', { id: summary.id })).document).toEqual(sampleDocument());
  });

  it('answers not-found in Chinese for an unknown document', async () => {
    h = openHarness();
    for (const [method, input] of [
      ['documents.get', { id: 'nope' }],
      ['documents.delete', { id: 'nope' }],
      ['documents.save', { id: 'nope', version: 1, changes: { upsert: [], remove: [] } }],
      ['revisions.list', { documentId: 'nope' }],
    ] as const) {
      const e = await h.fail(method, input);
      expect(e.code, method).toBe('not-found');
      expect(e.message).toContain('找不到文档');
    }
  });

  it('returns copies: changing a returned document does not change the stored one', async () => {
    h = openHarness();
    const created = await h.ok('documents.create', { document: sampleDocument() });
    created.document.sections[0].heading = '被调用方改掉';
    const got = await h.ok('documents.get', { id: created.summary.id });
    expect(got.document.sections[0].heading).toBe('健全分层分类社会救助体系');
    got.document.sections.length = 0;
    expect((await h.ok('documents.get', { id: created.summary.id })).document.sections).toHaveLength(3);
  });
});
