// The row diff against a simulated table, and the change set the back end rebuilds the tree from: after any
// sequence of tree operations, applying each diff to
// the previous rows gives exactly the rows of the new tree; a text edit is one update and nothing else.
import { describe, expect, it } from 'vitest';
import { createDocument, createSection } from '../../shared/model/factory';
import {
  OperationError,
  deleteSection,
  demoteSection,
  insertSection,
  moveBy,
  moveSection,
  promoteSection,
  updateSection,
} from '../../shared/model/operations';
import { flatten } from '../../shared/model/tree';
import { applyChanges, diffDocuments, toRecord } from '../../shared/model/changes';
import type { Level, Section, YaodianDocument } from '../../shared/model/types';
import { applyDiffToRows, diffSections, toRows, type SectionRow } from '../../shared/model/section-diff';

type Table = Map<string, string>;
const rowText = (r: SectionRow) =>
  JSON.stringify([
    r.parentId,
    r.position,
    r.node.level,
    r.node.heading,
    r.node.runIn,
    r.node.paragraphs,
    r.node.sourceLabel ?? null,
  ]);
const tableOf = (sections: Section[]): Table => new Map([...toRows(sections)].map(([id, r]) => [id, rowText(r)]));

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function start(): YaodianDocument {
  const sec = (level: Level, id: string, children: Section[] = []) =>
    createSection(level, `标题${id}`, { id, paragraphs: [`正文${id}`], children });
  return createDocument({
    sections: [
      sec(1, 'a', [sec(2, 'a1', [sec(3, 'a1x')]), sec(2, 'a2')]),
      sec(1, 'b', [sec(3, 'b1'), sec(3, 'b2', [sec(4, 'b2x')])]),
      sec(1, 'c'),
    ],
  });
}

describe('section diff', () => {
  it('a change set rebuilds only the edited path; the rest is shared with the stored tree', () => {
    const doc = start();
    const rows = toRows(doc.sections);
    const next = updateSection(doc, 'b2x', { heading: '新标题' });
    const { changes } = diffDocuments(doc, rows, next);
    expect(changes).toEqual({
      upsert: [expect.objectContaining({ id: 'b2x', parentId: 'b2', position: 0, heading: '新标题' })],
      remove: [],
    });
    const applied = applyChanges(doc, rows, changes);
    expect(applied).toEqual(next);
    expect(applied.sections[0]).toBe(doc.sections[0]);
    expect(applied.sections[1].children[0]).toBe(doc.sections[1].children[0]);
    expect(applied.meta).toBe(doc.meta);
    // a document field travels only when it changed
    const renamed = { ...next, meta: { ...next.meta, title: '新题' } };
    expect(Object.keys(diffDocuments(doc, rows, renamed).changes).sort()).toEqual(['meta', 'remove', 'upsert']);
  });

  it('a text edit deep in the tree is one update, nothing else', () => {
    const doc = start();
    const rows = toRows(doc.sections);
    const next = updateSection(doc, 'b2x', { heading: '新标题' });
    const diff = diffSections(rows, doc.sections, next.sections);
    expect(diff.updates.map((r) => r.id)).toEqual(['b2x']);
    expect(diff.inserts).toEqual([]);
    expect(diff.deletes).toEqual([]);
    expect(diff.touched.map((r) => r.id).sort()).toEqual(['b', 'b2']); // copied ancestors: no write
  });

  it('an identical tree rebuilt from JSON (no shared nodes) gives no writes', () => {
    const doc = start();
    const diff = diffSections(toRows(doc.sections), doc.sections, structuredClone(doc.sections));
    expect(diff.inserts.length + diff.updates.length + diff.deletes.length).toBe(0);
  });

  it('matches a full rebuild over long random operation sequences', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rand = seeded(seed);
      let doc = start();
      const table: Table = tableOf(doc.sections);
      const rows = toRows(doc.sections);
      let n = 0;
      for (let step = 0; step < 250; step++) {
        const ids = flatten(doc.sections).map((f) => f.section.id);
        const pick = () => ids[Math.floor(rand() * ids.length)];
        const r = rand();
        let next: YaodianDocument;
        try {
          if (!ids.length || r < 0.25) {
            const parent = ids.length && rand() < 0.7 ? pick() : null;
            next = insertSection(
              doc,
              { parentId: parent, index: Math.floor(rand() * 4) },
              createSection((1 + Math.floor(rand() * 4)) as Level, `新${n}`, { id: `n${n++}` }),
            );
          } else if (r < 0.35) next = deleteSection(doc, pick()).doc;
          else if (r < 0.5)
            next = updateSection(doc, pick(), { heading: `改${step}`, paragraphs: rand() < 0.5 ? [] : [`段${step}`] });
          else if (r < 0.62)
            next = moveSection(doc, pick(), { parentId: rand() < 0.3 ? null : pick(), index: Math.floor(rand() * 3) });
          else if (r < 0.74) next = moveBy(doc, pick(), rand() < 0.5 ? -1 : 1);
          else if (r < 0.87) next = promoteSection(doc, pick());
          else next = demoteSection(doc, pick());
        } catch (e) {
          if (e instanceof OperationError) continue;
          throw e;
        }
        // half the time the new tree arrives as a copy (documents.save from the renderer)
        const after = rand() < 0.5 ? next.sections : structuredClone(next.sections);
        const diff = diffSections(rows, doc.sections, after);
        for (const id of diff.deletes)
          expect(table.delete(id), `seed ${seed} step ${step}: delete of a missing row`).toBe(true);
        for (const row of diff.inserts) {
          expect(table.has(row.id)).toBe(false);
          table.set(row.id, rowText(row));
        }
        for (const row of diff.updates) {
          expect(table.has(row.id)).toBe(true);
          expect(table.get(row.id), `seed ${seed} step ${step}: needless update of ${row.id}`).not.toBe(rowText(row));
          table.set(row.id, rowText(row));
        }
        expect(table, `seed ${seed} step ${step}`).toEqual(tableOf(after));
        // the back end, given only the change set, rebuilds exactly the same tree
        const changes = { upsert: [...diff.inserts, ...diff.updates].map(toRecord), remove: diff.deletes };
        expect(applyChanges(doc, rows, changes).sections, `seed ${seed} step ${step}: applyChanges`).toEqual(after);
        applyDiffToRows(rows, diff);
        const expected = toRows(after);
        expect([...rows.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [id, row] of expected) expect(rows.get(id)!.node, id).toBe(row.node);
        doc = { ...next, sections: after };
      }
    }
  });
});
