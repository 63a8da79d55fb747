import { describe, expect, it } from 'vitest';
import {
  OperationError,
  allText,
  computeNumbers,
  createDocument,
  createSection,
  deleteSection,
  demoteSection,
  flatten,
  insertAfter,
  insertSection,
  moveBy,
  moveSection,
  promoteSection,
  setNumberingMode,
  updateSection,
  validateTree,
} from '../../shared/model';
import type { Level, Section, YaodianDocument } from '../../shared/model';

const s = (level: Level, id: string, children: Section[] = []) =>
  createSection(level, `标题${id}`, { id, paragraphs: [`正文${id}`], children });

function sample(): YaodianDocument {
  return createDocument({
    sections: [
      s(1, 'A', [s(2, 'A1'), s(2, 'A2', [s(3, 'A2a')]), s(2, 'A3')]),
      s(1, 'B', [s(2, 'B1')]),
      s(1, 'C', [s(3, 'C1'), s(3, 'C2')]), // a skipped level: 1. directly under 一、
    ],
  });
}

const shape = (doc: YaodianDocument) =>
  flatten(doc.sections).map(({ section, depth }) => `${'  '.repeat(depth)}${section.level}:${section.id}`);
const labels = (doc: YaodianDocument) => {
  const n = computeNumbers(doc.sections, doc.numbering);
  return flatten(doc.sections).map(({ section }) => `${n.get(section.id)!.label}${section.id}`);
};

function expectValidAndNoTextLost(before: YaodianDocument, after: YaodianDocument) {
  expect(validateTree(after.sections)).toEqual([]);
  expect(allText(after.sections).sort()).toEqual(allText(before.sections).sort());
}

describe('tree operations', () => {
  it('renumbers on insert', () => {
    const doc = sample();
    const next = insertAfter(doc, 'A1', createSection(2, '新增', { id: 'N' }));
    expect(labels(next).slice(0, 5)).toEqual(['一、A', '（一）A1', '（二）N', '（三）A2', '1.A2a']);
    expect(labels(doc)[2]).toBe('（二）A2'); // the original is untouched
  });

  it('inserts under a parent at an index and fits the level below the parent', () => {
    const next = insertSection(sample(), { parentId: 'B', index: 0 }, createSection(1, '挂到B下', { id: 'N' }));
    expect(shape(next).slice(5, 8)).toEqual(['1:B', '  2:N', '  2:B1']);
  });

  it('deletes a section with its children and returns them for undo', () => {
    const doc = sample();
    const { doc: next, removed, from } = deleteSection(doc, 'A2');
    expect(removed.children.map((c) => c.id)).toEqual(['A2a']);
    expect(from).toEqual({ parentId: 'A', index: 1 });
    expect(labels(next).slice(0, 4)).toEqual(['一、A', '（一）A1', '（二）A3', '二、B']);
    const undone = insertSection(next, from, removed);
    expect(shape(undone)).toEqual(shape(doc));
  });

  it('moves a section with its children and renumbers', () => {
    const doc = sample();
    const next = moveSection(doc, 'A2', { parentId: 'B', index: 1 });
    expect(shape(next)).toEqual([
      '1:A',
      '  2:A1',
      '  2:A3',
      '1:B',
      '  2:B1',
      '  2:A2',
      '    3:A2a',
      '1:C',
      '  3:C1',
      '  3:C2',
    ]);
    expectValidAndNoTextLost(doc, next);
  });

  it('moving a level-2 section to the top level turns it into level 1 with its children one level up', () => {
    const next = moveSection(sample(), 'B', { parentId: 'A', index: 0 });
    expect(shape(next).slice(0, 3)).toEqual(['1:A', '  2:B', '    3:B1']);
  });

  it('refuses to move a section into itself', () => {
    expect(() => moveSection(sample(), 'A', { parentId: 'A2a' })).toThrow(OperationError);
  });

  it('Alt+↑/↓ swap with siblings and stop at the edges', () => {
    const doc = sample();
    expect(shape(moveBy(doc, 'B', -1)).slice(0, 2)).toEqual(['1:B', '  2:B1']);
    expect(moveBy(doc, 'A', -1)).toBe(doc);
    expect(labels(moveBy(doc, 'A1', 1)).slice(0, 3)).toEqual(['一、A', '（一）A2', '1.A2a']);
  });

  it('demotes under the previous sibling, joining the level its children use', () => {
    const doc = sample();
    const next = demoteSection(doc, 'A3');
    expect(shape(next).slice(0, 5)).toEqual(['1:A', '  2:A1', '  2:A2', '    3:A2a', '    3:A3']);
    // C becomes a child of B at B's children's level; its subtree keeps its relative structure
    const intoSkip = demoteSection(doc, 'C');
    expect(shape(intoSkip).slice(5)).toEqual(['1:B', '  2:B1', '  2:C', '    4:C1', '    4:C2']);
    expect(shape(promoteSection(intoSkip, 'C'))).toEqual(shape(doc));
    expectValidAndNoTextLost(doc, intoSkip);
  });

  it('refuses to demote the first child or past level 4', () => {
    expect(() => demoteSection(sample(), 'A1')).toThrow(/前面没有同级/);
    const deep = createDocument({ sections: [s(1, 'X', [s(2, 'Y', [s(3, 'Z', [s(4, 'W1'), s(4, 'W2')])])])] });
    expect(() => demoteSection(deep, 'W2')).toThrow(/四级/);
  });

  it('promotes next to its parent and adopts the following siblings to keep document order', () => {
    const doc = sample();
    const next = promoteSection(doc, 'A2');
    expect(shape(next).slice(0, 5)).toEqual(['1:A', '  2:A1', '1:A2', '  2:A2a', '  2:A3']);
    expect(allText(next.sections)).toEqual(allText(doc.sections)); // order preserved, nothing lost
    expect(validateTree(next.sections)).toEqual([]);
    expect(() => promoteSection(doc, 'A')).toThrow(/第一级/);
  });

  it('demote then promote restores the structure', () => {
    const doc = sample();
    expect(shape(promoteSection(demoteSection(doc, 'A3'), 'A3'))).toEqual(shape(doc));
  });

  it('updates text and run-in without touching other sections', () => {
    const doc = sample();
    const next = updateSection(doc, 'B1', { heading: '改后', runIn: true });
    expect(next.sections[0]).toBe(doc.sections[0]);
    expect(next.sections[1].children[0]).toMatchObject({ heading: '改后', runIn: true, paragraphs: ['正文B1'] });
  });

  it('switches a level between continuous and restart numbering', () => {
    const cont = setNumberingMode(sample(), 2, 'continuous');
    expect(labels(cont).filter((l) => l.startsWith('（'))).toEqual(['（一）A1', '（二）A2', '（三）A3', '（四）B1']);
    const none = setNumberingMode(sample(), 2, 'none');
    expect(labels(none)[1]).toBe('A1');
  });

  it('keeps a random sequence of operations valid without losing text', () => {
    let doc = sample();
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 400; i++) {
      const ids = flatten(doc.sections).map((f) => f.section.id);
      const id = ids[rand(ids.length)];
      const before = doc;
      try {
        switch (rand(4)) {
          case 0:
            doc = demoteSection(doc, id);
            break;
          case 1:
            doc = promoteSection(doc, id);
            break;
          case 2:
            doc = moveBy(doc, id, rand(2) ? 1 : -1);
            break;
          case 3: {
            const target = ids[rand(ids.length)];
            doc = moveSection(doc, id, { parentId: rand(3) === 0 ? null : target, index: rand(3) });
          }
        }
      } catch (e) {
        expect(e).toBeInstanceOf(OperationError);
        doc = before;
      }
      expectValidAndNoTextLost(sample(), doc);
    }
  });
});
