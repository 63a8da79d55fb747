import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../shared/compare';
import type { DiffPart, SectionChange } from '../../shared/compare/types';
import { fixHalfwidth } from '../../shared/checks/punctuation';
import { importText } from '../../shared/import/text';
import {
  createDocument,
  createSection,
  deleteSection,
  insertSection,
  moveSection,
  updateSection,
  type YaodianDocument,
} from '../../shared/model';
import { readSeed } from '../helpers/paths';
import { bigDocument, nextYear } from './big-documents';

const jilin = () => importText(readSeed('jilin'));
const notUnchanged = (changes: SectionChange[]) => changes.filter((c) => c.kind !== 'unchanged');
const side = (parts: DiffPart[], kind: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => p.text)
    .join('');

describe('compare on the Jilin notice edited into next year', () => {
  const old = jilin();
  let doc = jilin();
  const s = doc.sections;
  const moved = s[3].children[2]; // 四、(十二) 推动建设老年友好型社会 → first under 五、
  const edited = s[2].children[1]; // 三、(八)
  doc = deleteSection(doc, s[1].children[0].id).doc; // 二、(三) removed
  doc = moveSection(doc, moved.id, { parentId: s[4].id, index: 0 });
  doc = moveSection(doc, s[0].children[1].id, { parentId: s[0].id, index: 0 }); // (一)(二) swapped
  doc = updateSection(doc, edited.id, {
    heading: '加强儿童福利机构规范化建设',
    paragraphs: [edited.paragraphs[0].replace('白山市', '通化市').replace('举办孤残儿童护理员职业技能培训班。', '')],
  });
  doc = insertSection(
    doc,
    { parentId: s[5].id, index: 1 },
    createSection(2, '推进社会组织数字化管理', { runIn: true, paragraphs: ['建设全省社会组织信息平台。'] }),
  );
  const report = compareDocuments(old, doc);

  it('counts every kind exactly', () => {
    expect(report.counts).toEqual({ added: 1, removed: 1, moved: 2, changed: 1, unchanged: 46 });
  });

  it('lists the changes in the new order, with paths as printed in each year', () => {
    expect(notUnchanged(report.changes).map((c) => [c.kind, c.move ?? null, c.oldPath, c.newPath])).toEqual([
      ['moved', 'order', '一、（二）', '一、（一）'],
      ['removed', null, '二、（三）', null],
      ['changed', null, '三、（八）', '三、（七）'],
      ['moved', 'parent', '四、（十二）', '五、（十一）'],
      ['added', null, null, '六、（十八）'],
    ]);
  });

  it('does not call renumbered sections moved or changed', () => {
    const renumbered = report.changes.filter((c) => c.kind === 'unchanged' && c.oldPath !== c.newPath);
    // (三) removed and one added in 六、: the numbers between shift by one, and after the addition realign
    expect(renumbered).toHaveLength(14);
    expect(renumbered.slice(1, 3).map((c) => [c.oldPath, c.newPath])).toEqual([
      ['二、（四）', '二、（三）'],
      ['二、（五）', '二、（四）'],
    ]);
  });

  it('gives a character-level diff of the changed heading and body', () => {
    const c = report.changes.find((x) => x.kind === 'changed')!;
    expect(c.headingDiff).toEqual([
      { kind: 'same', text: '加强儿童福利机构' },
      { kind: 'added', text: '规范化' },
      { kind: 'same', text: '建设' },
    ]);
    expect(c.bodyDiff!.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: '白山' },
      { kind: 'added', text: '通化' },
      { kind: 'removed', text: '举办孤残儿童护理员职业技能培训班。' },
    ]);
    expect(side(c.bodyDiff!, 'removed')).toBe(edited.paragraphs.join('\n'));
    expect(c.similarity).toBeGreaterThan(0.7);
    expect(c.similarity).toBeLessThan(1);
  });
});

describe('matching by similarity, not position', () => {
  const sec = (heading: string, body: string, children: ReturnType<typeof createSection>[] = []) =>
    createSection(2, heading, { runIn: true, paragraphs: [body], children });
  const base = () =>
    createDocument({
      sections: [
        createSection(1, '社会救助', {
          children: [
            sec('健全分层分类社会救助体系', '落实低收入人口动态监测,完善救助帮扶机制。'),
            sec('提高城乡低保标准', '建立低保标准动态调整机制,确保不低于省定标准。'),
          ],
        }),
        createSection(1, '养老服务', {
          children: [
            sec('发展老年助餐服务', '新建改建老年助餐点一千三百个,覆盖城乡社区。'),
            sec('推进适老化改造', '为八千户困难老年人家庭实施适老化改造。'),
          ],
        }),
      ],
    });

  it('finds every section when the top level is reversed, and reports the reorder as moves', () => {
    const old = base();
    const doc = { ...old, sections: [...old.sections].reverse() };
    const r = compareDocuments(old, doc);
    expect(r.counts).toEqual({ added: 0, removed: 0, moved: 1, changed: 0, unchanged: 5 });
    expect(r.changes.filter((c) => c.kind === 'moved').map((c) => c.oldPath)).toEqual(['二、']);
  });

  it('matches a section whose heading was reworded when its body stayed', () => {
    const old = base();
    const doc = updateSection(old, old.sections[1].children[1].id, { heading: '实施困难老年人家庭居家适老化改造' });
    const r = compareDocuments(old, doc);
    expect(notUnchanged(r.changes).map((c) => [c.kind, c.oldHeading, c.newHeading])).toEqual([
      ['changed', '推进适老化改造', '实施困难老年人家庭居家适老化改造'],
    ]);
  });

  it('matches a parent renamed beyond recognition through its children', () => {
    const old = base();
    const doc = updateSection(old, old.sections[0].id, { heading: '兜底民生保障' });
    const r = compareDocuments(old, doc);
    expect(notUnchanged(r.changes).map((c) => [c.kind, c.oldHeading, c.newHeading])).toEqual([
      ['changed', '社会救助', '兜底民生保障'],
    ]);
  });

  it('ignores year numbers and punctuation width when matching, but reports them as changes', () => {
    const old = createDocument({ sections: [sec('2024年重点任务', '2024年,新建助餐点1300个。')] });
    const doc = createDocument({ sections: [sec('2025年重点任务', '2025年，新建助餐点1300个。')] });
    const r = compareDocuments(old, doc);
    expect(r.changes.map((c) => [c.kind, c.similarity])).toEqual([['changed', 1]]);
  });

  it('reports unrelated sections as removed and added rather than forcing a match', () => {
    const old = createDocument({ sections: [sec('加强殡葬管理', '推进殡葬改革,建设公益性公墓。')] });
    const doc = createDocument({ sections: [sec('发展慈善事业', '培育慈善组织,弘扬慈善文化。')] });
    expect(compareDocuments(old, doc).counts).toMatchObject({ added: 1, removed: 1, changed: 0 });
  });

  it('reports notice fields that differ, with a diff', () => {
    const old = createDocument({
      meta: { title: '2024年全省民政工作要点', docNumber: '吉民发〔2024〕3号' } as never,
      preamble: ['前言。'],
    });
    const doc = createDocument({
      meta: { title: '2025年全省民政工作要点', docNumber: '吉民发〔2025〕号' } as never,
      preamble: ['前言。'],
    });
    const r = compareDocuments(old, doc);
    expect(r.fields!.map((f) => [f.name, f.before, f.after])).toEqual([
      ['发文字号', '吉民发〔2024〕3号', '吉民发〔2025〕号'],
      ['要点标题', '2024年全省民政工作要点', '2025年全省民政工作要点'],
    ]);
    expect(r.fields![1].diff).toEqual([
      { kind: 'same', text: '202' },
      { kind: 'removed', text: '4' },
      { kind: 'added', text: '5' },
      { kind: 'same', text: '年全省民政工作要点' },
    ]);
  });
});

describe('the real notices', () => {
  it('matches every section of a notice against its full-width form', () => {
    const ascii = importText(readSeed('jiangsu'));
    const full = importText(readSeed('jiangsu').split('\n').map(fixHalfwidth).join('\n'));
    const r = compareDocuments(ascii, full);
    expect(r.counts.added).toBe(0);
    expect(r.counts.removed).toBe(0);
    expect(r.counts.moved).toBe(0);
    expect(r.counts.changed + r.counts.unchanged).toBe(r.changes.length);
    expect(r.counts.changed).toBeGreaterThan(30); // the punctuation did change
  });

  it('pairs the same task across two offices (Jiangsu 2014, Jilin 2024)', () => {
    const r = compareDocuments(importText(readSeed('jiangsu')), jilin());
    const pair = r.changes.find((c) => c.oldHeading === '加强流浪乞讨人员救助管理');
    expect(pair).toMatchObject({ newHeading: '加强流浪乞讨人员救助管理', newPath: '八、（二十八）' });
  });
});

describe('compare at scale', () => {
  it.each([1, 3, 5])('recovers exactly the edits made to a 1,000-section document (seed %i)', (seed) => {
    const a: YaodianDocument = bigDocument(seed);
    const { doc: b, edits } = nextYear(a, seed + 10);
    const r = compareDocuments(a, b);
    expect(r.counts).toEqual({
      added: edits.added,
      removed: edits.removed,
      moved: edits.moved,
      changed: edits.edited,
      unchanged: 1000 - edits.removed - edits.moved - edits.edited,
    });
  });
});
