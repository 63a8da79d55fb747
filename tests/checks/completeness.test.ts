// Completeness before export, and no "段末补。" on what a web page left around a notice.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import { correctDocument } from './sample';

const codes = (doc: ReturnType<typeof createDocument>) =>
  runChecks(doc, { completeness: true })
    .filter((f) => f.code === 'missing-part' || f.code === 'empty-heading')
    .map((f) => f.location);

describe('completeness (规范检查 in the app, the export warning)', () => {
  it('a correct notice lacks nothing', () => {
    expect(codes(correctDocument())).toEqual([]);
  });

  it('a notice missing its parts lists each by the field a user fills in', () => {
    const doc = correctDocument();
    doc.meta = {
      ...doc.meta,
      title: null,
      recipients: '',
      coverParagraphs: [],
      signature: null,
      printedBy: null,
      printedDate: null,
    };
    expect(codes(doc)).toEqual(['主送机关', '通知正文', '署名', '印发机关', '印发日期', '要点标题']);
  });

  it('the 要点 alone (no notice) needs only its title', () => {
    const doc = createDocument({ meta: emptyMeta(), sections: [createSection(1, '兜牢民生底线')] });
    expect(codes(doc)).toEqual(['要点标题']);
  });

  it('finds empty headings, but not numbered paragraphs without a heading', () => {
    const doc = correctDocument();
    doc.sections[1].children.push(createSection(2, ''), createSection(2, '', { paragraphs: ['只有正文的一条。'] }));
    const empty = runChecks(doc, { completeness: true }).filter((f) => f.code === 'empty-heading');
    expect(empty.map((f) => [f.location, f.message])).toEqual([
      ['二、（五）', '空的章节（没有标题和正文），请填写或删除'],
    ]);
  });

  it('is not part of the command line check of a finished file', () => {
    const doc = correctDocument();
    doc.meta.printedBy = null;
    expect(runChecks(doc).some((f) => f.code === 'missing-part')).toBe(false);
  });
});

describe('page residue is never "completed" into a sentence', () => {
  const withBody = (...paragraphs: string[]) => {
    const doc = correctDocument();
    doc.sections[1].children[1].paragraphs.push(...paragraphs);
    return runChecks(doc);
  };

  it('"今天是:" is reported as residue, with no 段末补“。”', () => {
    const found = withBody('今天是:');
    expect(found.filter((f) => f.code === 'paragraph-end')).toEqual([]);
    const residue = found.filter((f) => f.code === 'page-residue');
    expect(residue).toHaveLength(1);
    expect(residue[0].fix).toBeNull();
    expect(withBody('打印本页').map((f) => f.code)).toContain('page-residue');
  });

  it('a paragraph ending with a colon introduces what follows: no 。 after it', () => {
    expect(withBody('主要任务如下：').map((f) => f.code)).not.toContain('paragraph-end');
    expect(withBody('主要任务如下').map((f) => f.code)).toContain('paragraph-end');
  });
});
