// Numbers typed by hand: a section pasted as "2.…" and moved to another level keeps no hidden label, so the
// check sees only its computed number.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks';
import { createDocument, createSection } from '../../shared/model/factory';
import { demoteSection, promoteSection } from '../../shared/model/operations';
import { flatten } from '../../shared/model/tree';

function pasted() {
  const item = createSection(3, '完善救助制度', { sourceLabel: '2.', runIn: true, paragraphs: ['抓好落实。'] });
  const first = createSection(3, '健全监测机制', { sourceLabel: '1.', runIn: true, paragraphs: ['按月比对。'] });
  const doc = createDocument({
    meta: { title: '2027年社会救助工作要点' } as never,
    sections: [
      createSection(1, '兜牢民生底线', {
        sourceLabel: '一、',
        children: [createSection(2, '加强救助', { sourceLabel: '（一）', children: [first, item] })],
      }),
    ],
  });
  return { doc, item, first };
}

describe('a label typed by hand does not outlive a change of level', () => {
  it('promote: the section and its moved children lose their source labels', () => {
    const { doc, item } = pasted();
    const next = promoteSection(doc, item.id);
    const moved = flatten(next.sections).find((f) => f.section.id === item.id)!.section;
    expect(moved.level).toBe(2);
    expect(moved.sourceLabel).toBeUndefined();
    expect(
      runChecks(next)
        .filter((f) => f.sectionId === item.id)
        .map((f) => f.message),
    ).toEqual([]);
  });

  it('demote keeps nothing of the old label either; a section whose level did not change keeps its own', () => {
    const { doc, item, first } = pasted();
    const next = demoteSection(doc, item.id);
    const all = flatten(next.sections).map((f) => f.section);
    expect(all.find((s) => s.id === item.id)!.sourceLabel).toBeUndefined();
    expect(all.find((s) => s.id === first.id)!.sourceLabel).toBe('1.');
  });
});
