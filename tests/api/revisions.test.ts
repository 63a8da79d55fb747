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
    expect(r1).toMatchObject({
      documentId: summary.id,
      reason: 'manual',
      label: '第一稿',
      sectionCount: 9,
      createdAt: '2025-01-10T09:00:00.000Z',
    });
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
    expect((await h.ok('revisions.get', { revisionId: r2.id })).document.sections[0].children[0].heading).toBe(
      '第二稿标题',
    );
    const missing = await h.fail('revisions.get', { revisionId: 'nope' });
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('历史版本');
  });

  it('snapshots automatically at most once per interval while editing', async () => {
    const c = clock();
    h = openHarness({ now: c.now, autoRevisionMs: 5 * 60_000 });
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const autos = async () =>
      (await h.ok('revisions.list', { documentId: summary.id })).filter((r) => r.reason === 'auto');
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
    const newest = await h.ok('revisions.get', { revisionId: (await autos())[0].id });
    expect(newest.document.sections[0].children[0].paragraphs).toEqual(['第11次']);
  });

  it('thins automatic snapshots as they age: all of the last day, one a day for a month, one a week before', async () => {
    const c = clock('2025-01-01T09:00:00Z');
    h = openHarness({ now: c.now, autoRevisionMs: 5 * 60_000 });
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const manual = await h.ok('revisions.create', { documentId: summary.id, label: '保留' });
    // an edit every 6 hours for 90 days: 360 automatic snapshots taken
    for (let i = 0; i < 360; i++) {
      await h.edit(summary.id, (d) => updateSection(d, 'A1', { paragraphs: [`第${i}次`] }));
      c.advance(6 * 60);
    }
    c.advance(-6 * 60);
    const now = c.now().getTime();
    const list = await h.ok('revisions.list', { documentId: summary.id });
    expect(list.some((r) => r.id === manual.id)).toBe(true);
    const ages = list
      .filter((r) => r.reason === 'auto')
      .map((r) => ({ t: Date.parse(r.createdAt), age: now - Date.parse(r.createdAt) }));
    const DAY = 86_400_000;
    const lastDay = ages.filter((a) => a.age <= DAY);
    const month = ages.filter((a) => a.age > DAY && a.age <= 30 * DAY);
    const older = ages.filter((a) => a.age > 30 * DAY);
    expect(lastDay).toHaveLength(5); // 0, 6, 12, 18 and 24 hours old
    const day = (t: number) => new Date(t - new Date(t).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
    expect(new Set(month.map((a) => day(a.t))).size).toBe(month.length); // at most one a day
    expect(month.length).toBeGreaterThanOrEqual(29);
    const week = (t: number) => Math.floor((Math.floor((t - new Date(t).getTimezoneOffset() * 60_000) / DAY) + 3) / 7);
    expect(new Set(older.map((a) => week(a.t))).size).toBe(older.length); // at most one a week
    expect(older.length).toBeGreaterThanOrEqual(8); // 60 days of older history
    expect(older.length).toBeLessThanOrEqual(10);
    // the thinned snapshots' contents went with them; the kept ones still open
    const contents = (h.db.prepare('SELECT count(*) AS n FROM revision_contents').get() as { n: number }).n;
    expect(contents).toBe(ages.length + 1);
    const oldest = list[list.length - 1];
    expect((await h.ok('revisions.get', { revisionId: oldest.id })).document).toBeTruthy();
  });

  it('stores identical snapshots once: repeated exports and Ctrl+S of unchanged content add rows, not copies', async () => {
    const c = clock();
    h = openHarness({ now: c.now });
    const { summary } = await h.ok('documents.create', { document: sampleDocument() });
    const contents = () => (h.db.prepare('SELECT count(*) AS n FROM revision_contents').get() as { n: number }).n;
    const first = await h.ok('revisions.create', { documentId: summary.id, reason: 'export', label: '导出：一.docx' });
    await h.ok('revisions.create', { documentId: summary.id, reason: 'export', label: '导出：二.docx' });
    await h.ok('revisions.create', { documentId: summary.id, reason: 'manual' });
    expect(await h.ok('revisions.list', { documentId: summary.id })).toHaveLength(3);
    expect(contents()).toBe(1);
    await h.edit(summary.id, (d) => updateSection(d, 'A1', { heading: '改过' }));
    c.advance(1);
    const changed = await h.ok('revisions.create', { documentId: summary.id, reason: 'manual' });
    expect(contents()).toBe(2);
    expect((await h.ok('revisions.get', { revisionId: first.id })).document).toEqual(sampleDocument());
    expect((await h.ok('revisions.get', { revisionId: changed.id })).document.sections[0].children[0].heading).toBe(
      '改过',
    );
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
    expect(
      w
        .writes()
        .map((x) => `${x.op}:${x.id}`)
        .sort(),
    ).toEqual(['insert:C', 'insert:C1', 'update:B2']);
    const list = await h.ok('revisions.list', { documentId: summary.id });
    expect(list[0]).toMatchObject({ reason: 'restore', sectionCount: 7 });
    expect(list[0].label).toContain('之前');
    // undo the restore
    const undone = await h.ok('revisions.restore', { revisionId: list[0].id });
    expect(undone.document).toEqual(edited);
    expect((await h.ok('documents.get', { id: summary.id })).document).toEqual(edited);
  });
});
