// documents.save with change sets: the editor's pure operations, saved as the rows they changed; each save
// writes only those rows, refuses change sets that do not fit, and refuses a stale version (two windows).
import { afterEach, describe, expect, it } from 'vitest';
import { createSection } from '../../shared/model/factory';
import { computeNumbers } from '../../shared/model/numbering';
import {
  deleteSection,
  demoteSection,
  insertSection,
  moveBy,
  moveSection,
  promoteSection,
  updateSection,
} from '../../shared/model/operations';
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
  return { id: summary.id, w, stored, version: summary.version };
}

describe('saving change sets', () => {
  it('a text edit sends and writes exactly one row, bumps the version, and survives reopening', async () => {
    const { id, w, version } = await setup();
    const r = await h.edit(id, (d) => updateSection(d, 'B1a', { paragraphs: ['改造 3000 户。', '新增一段。'] }));
    expect(r.summary.version).toBe(version + 1);
    expect(w.writes()).toEqual([{ op: 'update', id: 'B1a' }]);
    const dir = h.dir;
    h.close();
    h = openHarness({ dir });
    const doc = (await h.ok('documents.get', { id })).document;
    expect(flatten(doc.sections).find((f) => f.section.id === 'B1a')!.section.paragraphs).toEqual([
      '改造 3000 户。',
      '新增一段。',
    ]);
  });

  it('inserts at the end (one row) and in the middle (the row plus the shifted siblings)', async () => {
    const { id, w, stored } = await setup();
    await h.edit(id, (d) => insertSection(d, { parentId: 'A' }, createSection(2, '新增末项', { id: 'A3' })));
    expect(w.writes()).toEqual([{ op: 'insert', id: 'A3' }]);
    w.reset();
    const mid = await h.edit(id, (d) =>
      insertSection(d, { parentId: 'A', index: 0 }, createSection(2, '新增首项', { id: 'A0', paragraphs: ['正文'] })),
    );
    expect(
      w
        .writes()
        .map((x) => x.op + ':' + x.id)
        .sort(),
    ).toEqual(['insert:A0', 'update:A1', 'update:A2', 'update:A3']);
    expect(outline(mid.document).slice(0, 5)).toEqual(['一、A', '（一）A0', '（二）A1', '（三）A2', '（四）A3']);
    expect(await stored()).toEqual(mid.document);
  });

  it('moves, swaps, promotes, demotes and deletes, keeping the stored tree equal to the edited one', async () => {
    const { id, w, stored } = await setup();
    const moved = await h.edit(id, (d) => moveSection(d, 'B2', { parentId: 'A', index: 0 }));
    expect(outline(moved.document)).toEqual([
      '一、A',
      '（一）B2',
      '（二）A1',
      '（三）A2',
      '二、B',
      '（一）B1',
      '1.B1a',
      '三、C',
      '1.C1',
    ]);
    expect(
      w
        .writes()
        .map((x) => x.id)
        .sort(),
    ).toEqual(['A1', 'A2', 'B2']);
    expect(await stored()).toEqual(moved.document);

    w.reset();
    const swapped = await h.edit(id, (d) => moveBy(d, 'C', -1));
    expect(outline(swapped.document).slice(4, 6)).toEqual(['二、C', '1.C1']);
    expect(
      w
        .writes()
        .map((x) => x.id)
        .sort(),
    ).toEqual(['B', 'C']);

    w.reset();
    const demoted = await h.edit(id, (d) => demoteSection(d, 'A2'));
    expect(outline(demoted.document).slice(0, 4)).toEqual(['一、A', '（一）B2', '（二）A1', '1.A2']);
    expect(w.writes()).toEqual([{ op: 'update', id: 'A2' }]);

    w.reset();
    const promoted = await h.edit(id, (d) => promoteSection(d, 'A2'));
    expect(outline(promoted.document).slice(0, 4)).toEqual(['一、A', '（一）B2', '（二）A1', '（三）A2']);
    expect(await stored()).toEqual(promoted.document);

    w.reset();
    const deleted = await h.edit(id, (d) => deleteSection(d, 'B').doc);
    expect(
      w
        .writes()
        .map((x) => x.op + ':' + x.id)
        .sort(),
    ).toEqual(['delete:B', 'delete:B1', 'delete:B1a']); // C sits before B since the swap
    expect(outline(deleted.document)).toEqual(['一、A', '（一）B2', '（二）A1', '（三）A2', '二、C', '1.C1']);
    expect(await stored()).toEqual(deleted.document);
    expect((h.db.prepare('SELECT count(*) n FROM sections').get() as { n: number }).n).toBe(6);
  });

  it('refuses change sets that do not fit the stored tree, changing nothing', async () => {
    const { id, w, stored, version } = await setup();
    const before = await stored();
    const rec = {
      id: 'X',
      parentId: null,
      position: 3,
      level: 1 as const,
      heading: '新',
      runIn: false,
      paragraphs: [],
    };
    const cases: Array<[string, object]> = [
      ['上级 ZZ 不存在', { upsert: [{ ...rec, parentId: 'ZZ', position: 0, level: 2 }], remove: [] }],
      ['位置不连续', { upsert: [{ ...rec, position: 7 }], remove: [] }],
      [
        '自己的下级',
        {
          upsert: [
            { ...rec, id: 'B', parentId: 'B1a', position: 0, level: 4 },
            { ...rec, id: 'C', position: 1 },
          ],
          remove: [],
        },
      ],
      [
        '出现了两次',
        {
          upsert: [
            { ...rec, id: 'C', position: 2 },
            { ...rec, id: 'C', position: 2 },
          ],
          remove: [],
        },
      ],
      ['既未删除也未移走', { upsert: [], remove: ['B'] }],
      ['要删除的章节 ZZ 不存在', { upsert: [], remove: ['ZZ'] }],
      ['不低于上级', { upsert: [{ ...rec, id: 'A1', parentId: 'A', position: 0, level: 1 }], remove: [] }],
    ];
    for (const [message, changes] of cases) {
      const e = await h.fail('documents.save', { id, version, changes });
      expect(e.code, message).toBe('invalid-operation');
      expect(e.message, message).toContain(message);
    }
    const bad = await h.fail('documents.save', {
      id,
      version,
      changes: { upsert: [{ ...rec, level: 5 }], remove: [] },
    });
    expect(bad.code).toBe('invalid-input');
    expect(w.writes()).toEqual([]);
    expect(await stored()).toEqual(before);
  });

  it('refuses a save based on an older version and keeps both: the stored one and the stale edits as a revision', async () => {
    const { id, stored, version } = await setup();
    // window 1 saves first
    await h.edit(id, (d) => updateSection(d, 'A1', { heading: '窗口一的标题' }));
    // window 2 still holds the original version
    const e = await h.fail('documents.save', {
      id,
      version,
      changes: {
        upsert: [
          { id: 'B2', parentId: 'B', position: 1, level: 2, heading: '窗口二的标题', runIn: false, paragraphs: [] },
        ],
        remove: [],
      },
    });
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('另一个窗口');
    expect(e.message).toContain('修订记录');
    const now = await stored();
    expect(now.sections[0].children[0].heading).toBe('窗口一的标题');
    expect(now.sections[1].children[1].heading).toBe('加强养老机构安全管理');
    const revisions = await h.ok('revisions.list', { documentId: id });
    const kept = revisions.find((r) => r.label?.includes('冲突'));
    expect(kept).toBeDefined();
    const keptDoc = (await h.ok('revisions.get', { revisionId: kept!.id })).document;
    expect(keptDoc.sections[1].children[1].heading).toBe('窗口二的标题');
  });

  it('sends only the section that changed: a keystroke in a 1,000-section draft is a few hundred bytes', async () => {
    h = openHarness();
    const doc = sampleDocument();
    for (let i = 0; i < 1000; i++)
      doc.sections[2].children.push(createSection(3, `第${i}项`, { id: `S${i}`, paragraphs: ['正文'.repeat(100)] }));
    const { summary } = await h.ok('documents.create', { document: doc });
    const sent: string[] = [];
    const call = h.call;
    const spy = ((m: never, input: never) => {
      if (m === 'documents.save') sent.push(JSON.stringify(input));
      return call(m, input);
    }) as typeof call;
    const { saveEdit } = await import('../helpers/save-edit');
    const r = await saveEdit(spy as never, summary.id, (d) => updateSection(d, 'S500', { heading: '第500项（改）' }));
    expect(r.ok).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0].length).toBeLessThan(1000);
    expect(sent[0]).toContain('S500');
    expect(sent[0]).not.toContain('S499');
  });

  it('keeps the search index in step with section writes', async () => {
    const { id } = await setup();
    const q = async (text: string) => (await h.ok('search.query', { query: text })).map((x) => x.sectionId);
    expect(await q('适老化改造')).toEqual(['B1a']);
    await h.edit(id, (d) => updateSection(d, 'B1a', { heading: '实施家庭无障碍改造' }));
    expect(await q('适老化改造')).toEqual([]);
    expect(await q('无障碍改造')).toEqual(['B1a']);
    await h.edit(id, (d) => deleteSection(d, 'B1').doc);
    expect(await q('无障碍改造')).toEqual([]);
    h.db.exec("INSERT INTO section_search (section_search) VALUES ('integrity-check')");
  });
});
