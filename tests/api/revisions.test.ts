// revisions.*: explicit snapshots, automatic ones at most every few minutes while editing, pruning,
// and restore (which first snapshots the current state, so a restore can itself be undone).
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, sampleDocument, watchSectionWrites, type Harness } from '../store/harness';
import { deleteSection, updateSection } from '../../shared/model/operations';

let h: Harness;
afterEach(() => h?.close());

function clock(start = '2025-01-10T09:00:00Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (minutes: number) => (t += minutes * 60_000) };
}

describe('revisions', () => {
  it('takes a manual snapshot, lists newest first and shows a revision as it was', async () => {
    const c = clock();
    h = openHarness({ now: c.now });
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const r1 = await h.ok('revisions.create', { documentId: summary.id, label: '第一稿' });
    expect(r1).toMatchObject({ documentId: summary.id, reason: 'manual', label: '第一稿', sectionCount: 9, createdAt: '2025-01-10T09:00:00.000Z' });
    c.advance(1);
    await h.edit(summary.id, (d) => updateSection(d, 'A1', { heading: '第二稿标题' }));
    c.advance(1);
    const r2 = await h.ok('revisions.create', { documentId: summary.id });
    expect(r2.label).toBeNull();
    const list = await h.ok('revisions.list', { documentId: summary.id });
    expect(list.map((r) => r.id)).toEqual([r2.id, r1.id]); // the edit came within the interval of r1: no auto snapshot
    const old = await h.ok('revisions.get', { revisionId: r1.id });
    expect(old.revision).toEqual(r1);
    expect(old.document).toEqual(sampleDocument());
    expect((await h.ok('revisions.get', { revisionId: r2.id })).document.sections[0].children[0].heading).toBe('第二稿标题');
    const missing = await h.fail('revisions.get', { revisionId: 'nope' });
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('历史版本');
  });

  it('snapshots automatically at most once per interval while editing, and prunes old automatic ones', async () => {
    const c = clock();
    h = openHarness({ now: c.now, autoRevisionMs: 5 * 60_000, keepAutoRevisions: 3 });
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const autos = async () => (await h.ok('revisions.list', { documentId: summary.id })).filter((r) => r.reason === 'auto');
    const edit = (text: string) => h.edit(summary.id, (d) => updateSection(d, 'A1', { paragraphs: [text] }));
    await edit('第1次');
    expect(await autos()).toHaveLength(1); // the first edit of a document without any snapshot
    for (let i = 2; i <= 10; i++) {
      c.advance(0.5);
      await edit(`第${i}次`);
    }
    expect(await autos()).toHaveLength(1); // 4.5 minutes later: still within the interval
    c.advance(0.5);
    await edit('第11次');
    expect(await autos()).toHaveLength(2); // the 5-minute mark
    const manual = await h.ok('revisions.create', { documentId: summary.id, label: '保留' });
    for (let i = 0; i < 6; i++) {
      c.advance(6);
      await edit(`后来第${i}次`);
    }
    const list = await h.ok('revisions.list', { documentId: summary.id });
    expect(list.filter((r) => r.reason === 'auto')).toHaveLength(3);
    expect(list.some((r) => r.id === manual.id)).toBe(true);
    const newest = await h.ok('revisions.get', { revisionId: list.find((r) => r.reason === 'auto')!.id });
    expect(newest.document.sections[0].children[0].paragraphs).toEqual(['后来第5次']);
  });

  it('restores a revision writing only what differs, and the restore itself can be undone', async () => {
    const c = clock();
    h = openHarness({ now: c.now });
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const first = await h.ok('revisions.create', { documentId: summary.id, label: '原稿' });
    c.advance(1);
    await h.edit(summary.id, (d) => updateSection(d, 'B2', { heading: '改过的标题' }));
    await h.edit(summary.id, (d) => deleteSection(d, 'C').doc);
    const edited = (await h.ok('documents.get', { id: summary.id })).document;
    c.advance(1);
    const w = watchSectionWrites(h.db);
    const restored = await h.ok('revisions.restore', { revisionId: first.id });
    expect(restored.document).toEqual(sampleDocument());
    expect(w.writes().map((x) => `${x.op}:${x.id}`).sort()).toEqual(['insert:C', 'insert:C1', 'update:B2']);
    const list = await h.ok('revisions.list', { documentId: summary.id });
    expect(list[0]).toMatchObject({ reason: 'restore', sectionCount: 7 });
    expect(list[0].label).toContain('之前');
    // undo the restore
    const undone = await h.ok('revisions.restore', { revisionId: list[0].id });
    expect(undone.document).toEqual(edited);
    expect((await h.ok('documents.get', { id: summary.id })).document).toEqual(edited);
  });
});
