// sections.*: the pure operations applied to the stored document; each writes only the rows it changed.
import { afterEach, describe, expect, it } from 'vitest';
import { computeNumbers } from '../../shared/model/numbering';
import { flatten } from '../../shared/model/tree';
import type { YaodianDocument } from '../../shared/model/types';
import { openHarness, sampleDocument, watchSectionWrites, type Harness } from '../store/harness';

let h: Harness;
afterEach(() => h?.close());

const outline = (doc: YaodianDocument) => {
  const n = computeNumbers(doc.sections, doc.numbering);
  return flatten(doc.sections).map(({ section }) => `${n.get(section.id)!.label}${section.id}`);
};

async function setup() {
  h = openHarness();
  const { summary } = await h.ok('documents.create', { document: sampleDocument() });
  const w = watchSectionWrites(h.db);
  const stored = async () => (await h.ok('documents.get', { id: summary.id })).document;
  return { id: summary.id, w, stored };
}

describe('section operations', () => {
  it('a text edit writes exactly one row, and survives reopening', async () => {
    const { id, w } = await setup();
    const r = await h.ok('sections.update', { documentId: id, sectionId: 'B1a', patch: { paragraphs: ['改造 3000 户。', '新增一段。'] } });
    expect(r).toEqual({ sectionId: 'B1a' });
    expect(w.writes()).toEqual([{ op: 'update', id: 'B1a' }]);
    const dir = h.dir;
    h.close();
    h = openHarness({ dir });
    const doc = (await h.ok('documents.get', { id })).document;
    expect(flatten(doc.sections).find((f) => f.section.id === 'B1a')!.section.paragraphs).toEqual(['改造 3000 户。', '新增一段。']);
  });

  it('inserts at the end (one row) and in the middle (the row plus the shifted siblings)', async () => {
    const { id, w, stored } = await setup();
    const end = await h.ok('sections.insert', { documentId: id, parentId: 'A', section: { level: 2, heading: '新增末项', id: 'A3' } });
    expect(end.sectionId).toBe('A3');
    expect(w.writes()).toEqual([{ op: 'insert', id: 'A3' }]);
    w.reset();
    const mid = await h.ok('sections.insert', { documentId: id, parentId: 'A', index: 0, section: { level: 2, heading: '新增首项', paragraphs: ['正文'] } });
    expect(mid.sectionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(w.writes().map((x) => x.op + ':' + x.id).sort()).toEqual(['insert:' + mid.sectionId, 'update:A1', 'update:A2', 'update:A3'].sort());
    expect(outline(mid.document).slice(0, 5)).toEqual(['一、A', '（一）' + mid.sectionId, '（二）A1', '（三）A2', '（四）A3']);
    expect(await stored()).toEqual(mid.document);
  });

  it('moves, swaps, promotes, demotes and deletes, keeping the stored tree equal to the returned one', async () => {
    const { id, w, stored } = await setup();
    const moved = await h.ok('sections.move', { documentId: id, sectionId: 'B2', parentId: 'A', index: 0 });
    expect(outline(moved.document)).toEqual(['一、A', '（一）B2', '（二）A1', '（三）A2', '二、B', '（一）B1', '1.B1a', '三、C', '1.C1']);
    expect(w.writes().map((x) => x.id).sort()).toEqual(['A1', 'A2', 'B2']);
    expect(await stored()).toEqual(moved.document);

    w.reset();
    const swapped = await h.ok('sections.moveBy', { documentId: id, sectionId: 'C', direction: -1 });
    expect(outline(swapped.document).slice(4, 6)).toEqual(['二、C', '1.C1']);
    expect(w.writes().map((x) => x.id).sort()).toEqual(['B', 'C']);

    w.reset();
    const demoted = await h.ok('sections.demote', { documentId: id, sectionId: 'A2' });
    expect(outline(demoted.document).slice(0, 4)).toEqual(['一、A', '（一）B2', '（二）A1', '1.A2']);
    expect(w.writes()).toEqual([{ op: 'update', id: 'A2' }]);

    w.reset();
    const promoted = await h.ok('sections.promote', { documentId: id, sectionId: 'A2' });
    expect(outline(promoted.document).slice(0, 4)).toEqual(['一、A', '（一）B2', '（二）A1', '（三）A2']);
    expect(await stored()).toEqual(promoted.document);

    w.reset();
    const deleted = await h.ok('sections.delete', { documentId: id, sectionId: 'B' });
    expect(w.writes().map((x) => x.op + ':' + x.id).sort()).toEqual(['delete:B', 'delete:B1', 'delete:B1a']); // C sits before B since the swap
    expect(outline(deleted.document)).toEqual(['一、A', '（一）B2', '（二）A1', '（三）A2', '二、C', '1.C1']);
    expect(await stored()).toEqual(deleted.document);
    expect((h.db.prepare('SELECT count(*) n FROM sections').get() as { n: number }).n).toBe(6);
  });

  it('maps refused operations to invalid-operation and missing sections to not-found, changing nothing', async () => {
    const { id, w, stored } = await setup();
    const before = await stored();
    const top = await h.fail('sections.promote', { documentId: id, sectionId: 'A' });
    expect(top).toEqual({ code: 'invalid-operation', message: '已是第一级，无法升级' });
    const first = await h.fail('sections.demote', { documentId: id, sectionId: 'A' });
    expect(first.code).toBe('invalid-operation');
    const into = await h.fail('sections.move', { documentId: id, sectionId: 'B', parentId: 'B1a', index: 0 });
    expect(into.code).toBe('invalid-operation');
    expect(into.message).toContain('自己的下级');
    const dup = await h.fail('sections.insert', { documentId: id, parentId: null, section: { id: 'A1', level: 1 } });
    expect(dup.code).toBe('invalid-operation');
    const missing = await h.fail('sections.update', { documentId: id, sectionId: 'ZZ', patch: { heading: 'x' } });
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('找不到要操作的章节');
    expect(w.writes()).toEqual([]);
    expect(await stored()).toEqual(before);
  });

  it('keeps the search index in step with section writes', async () => {
    const { id } = await setup();
    const q = async (text: string) => (await h.ok('search.query', { query: text })).map((x) => x.sectionId);
    expect(await q('适老化改造')).toEqual(['B1a']);
    await h.ok('sections.update', { documentId: id, sectionId: 'B1a', patch: { heading: '实施家庭无障碍改造' } });
    expect(await q('适老化改造')).toEqual([]);
    expect(await q('无障碍改造')).toEqual(['B1a']);
    await h.ok('sections.delete', { documentId: id, sectionId: 'B1' });
    expect(await q('无障碍改造')).toEqual([]);
    h.db.exec("INSERT INTO section_search (section_search) VALUES ('integrity-check')");
  });
});
