// 新年度 with tasks: the draft keeps the 分工 with deadlines re-read for the new year, and lists last year's
// final status beside each task, the unfinished ones flagged (real store, real handlers).
import { afterEach, describe, expect, it } from 'vitest';
import { flatten } from '../../shared/model/tree';
import { openHarness, sampleDocument, type Harness } from '../store/harness';

let h: Harness;
afterEach(() => h?.close());

describe('new year from an assigned 要点', () => {
  it('carries the assignments over and shows last year’s final status', async () => {
    let clock = Date.parse('2024-12-20T08:00:00Z');
    h = openHarness({ now: () => new Date((clock += 1000)) });
    const { summary } = await h.ok('documents.create', { document: sampleDocument(2024) });
    const id = summary.id;
    await h.ok('tasks.assign', {
      documentId: id,
      sectionIds: ['A1'],
      patch: { lead: ['社会救助处'], deadline: '6月底前' },
    });
    await h.ok('tasks.assign', {
      documentId: id,
      sectionIds: ['B1', 'B2'],
      patch: { lead: ['养老服务处'], deadline: '年底前' },
    });
    await h.ok('progress.add', {
      documentId: id,
      sectionId: 'A1',
      period: '2024-Q2',
      status: '推进中',
      text: '摸底完成。',
    });
    await h.ok('progress.add', {
      documentId: id,
      sectionId: 'A1',
      period: '2024-Q4',
      status: '已完成',
      text: '监测平台上线。',
    });
    await h.ok('progress.add', {
      documentId: id,
      sectionId: 'B1',
      period: '2024-Q4',
      status: '滞后',
      text: '选址未定。',
    });

    const preview = await h.ok('newYear.preview', { id, year: 2025 });
    const tasks = preview.changes.filter((c) => c.reason.includes('分工照搬'));
    expect(tasks.map((c) => [c.location, c.before, c.after, c.action])).toEqual([
      [
        '一、（一）',
        '加强低收入人口动态监测（牵头：社会救助处）',
        '上年已完成：2024年四季度 监测平台上线。',
        'changed',
      ],
      ['二、（一）', '完善居家社区养老服务网络（牵头：养老服务处）', '上年滞后：2024年四季度 选址未定。', 'review'],
      ['二、（二）', '加强养老机构安全管理（牵头：养老服务处）', '上年未填报进展', 'review'],
    ]);

    const draft = await h.ok('newYear.create', { id, year: 2025 });
    const sections = flatten(draft.document.sections).map((f) => f.section);
    const monitoring = sections.find((s) => s.heading === '加强低收入人口动态监测')!;
    expect(monitoring.assignment).toEqual({
      lead: ['社会救助处'],
      support: [],
      deadline: '6月底前',
      deadlineDate: '2025-06-30',
      leader: null,
    });
    expect(monitoring.id).not.toBe('A1');
    expect(draft.document.warnings.find((w) => w.code === 'carried-over-unfinished')?.message).toBe(
      '上年未完成的任务 2 项：二、（一）完善居家社区养老服务网络（滞后）；二、（二）加强养老机构安全管理（未填报进展）',
    );
    // stored, and its 分工表 lists the carried tasks
    const { rows } = await h.ok('tasks.list', { documentId: draft.summary.id });
    expect(rows.map((r) => [r.task, r.deadlineDate])).toEqual([
      ['加强低收入人口动态监测', '2025-06-30'],
      ['完善居家社区养老服务网络', '2025-12-31'],
      ['加强养老机构安全管理', '2025-12-31'],
    ]);
  });
});
