// Inline assignments in real-looking text and Word files become section fields and leave the body text.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../shared/import/index';
import { fromJson, toJson } from '../../shared/model/interchange';
import { flatten } from '../../shared/model/tree';
import type { YaodianDocument } from '../../shared/model/types';
import { splitUnits } from '../../shared/tasks/assignment';
import { parseDeadline } from '../../shared/tasks/deadline';
import { extractAssignments, parseNote } from '../../shared/tasks/extract';
import { INLINE_NOTICE } from './fixtures';

const byHeading = (doc: YaodianDocument, heading: string) =>
  flatten(doc.sections).find((f) => f.section.heading === heading)!.section;

describe('inline assignments at import', () => {
  it('reads the four written forms from a .txt into fields and removes them from the text', async () => {
    const doc = await importBytes(new TextEncoder().encode(INLINE_NOTICE), '要点.txt');
    const a = byHeading(doc, '完善社会救助制度');
    expect(a.assignment).toEqual({
      lead: ['社会救助处'],
      support: ['财务处', '低保中心'],
      deadline: '6月底前',
      deadlineDate: '2024-06-30',
      leader: null,
    });
    expect(a.paragraphs).toEqual(['健全分层分类的社会救助体系，推进低保扩围增效。']);
    expect(byHeading(doc, '做好困难群众冬春救助').assignment?.lead).toEqual(['社会救助处']);
    expect(byHeading(doc, '加强残疾人福利').assignment).toMatchObject({
      lead: ['市残联', '市财政局'],
      support: ['市民政局'],
    });
    expect(byHeading(doc, '发展养老服务').assignment).toMatchObject({ deadline: '二季度', deadlineDate: '2024-06-30' });
    expect(byHeading(doc, '规范婚姻登记').assignment?.lead).toEqual(['社会事务处']);
    expect(byHeading(doc, '加强党的建设').assignment).toMatchObject({
      lead: ['机关党委'],
      deadline: '持续推进',
      deadlineDate: null,
      leader: '张三',
    });
    // an ordinary parenthesis stays, and the section is not assigned
    const plain = byHeading(doc, '推进殡葬改革');
    expect(plain.assignment).toBeUndefined();
    expect(plain.paragraphs[0]).toContain('（按年度计划推进）');
    // the first-level parents carry no assignment of their own
    expect(byHeading(doc, '兜牢基本民生保障底线').assignment).toBeUndefined();
    const all = flatten(doc.sections)
      .flatMap((f) => [f.section.heading, ...f.section.paragraphs])
      .join('\n');
    expect(all).not.toMatch(/牵头单位|配合单位|责任单位|负责部门|主办|协办/);
    const warning = doc.warnings.find((w) => w.code === 'assignments-extracted')?.message;
    expect(warning).toContain('6 处');
    expect(warning).toContain(
      '原写法如：（牵头单位：社会救助处；配合单位：财务处、低保中心；完成时限：6月底前）（责任单位：社会救助处）',
    );
  });

  it('reads them from a Word file too', async () => {
    const p = (text: string) => new Paragraph({ children: [new TextRun({ text, font: '仿宋_GB2312', size: 32 })] });
    const docx = new Document({ sections: [{ children: INLINE_NOTICE.split('\n').filter(Boolean).map(p) }] });
    const bytes = (await Packer.pack(docx, 'uint8array')) as Uint8Array;
    const doc = await importBytes(bytes, '要点.docx');
    expect(byHeading(doc, '完善社会救助制度').assignment?.support).toEqual(['财务处', '低保中心']);
    expect(byHeading(doc, '加强残疾人福利').assignment?.lead).toEqual(['市残联', '市财政局']);
    expect(flatten(doc.sections).filter((f) => f.section.assignment).length).toBe(6);
  });

  it('keeps a note that only looks like one, and a document without notes is returned as is', () => {
    expect(parseNote('含社会救助处、财务处')).toBeNull();
    expect(parseNote('牵头单位：社会救助处；备注：无')).toBeNull();
    expect(parseNote('社会救助处牵头，财务处配合')).toEqual({ lead: '社会救助处', support: '财务处' });
    const doc = fromJson({ sections: [{ level: 1, heading: '总体要求', paragraphs: ['（一）坚持稳中求进'] }] });
    expect(extractAssignments(doc)).toBe(doc);
  });

  it('splits unit lists as offices write them', () => {
    expect(splitUnits('市发改委、市财政局，市民政局')).toEqual(['市发改委', '市财政局', '市民政局']);
    expect(splitUnits('社会救助处和财务处等')).toEqual(['社会救助处', '财务处']);
    expect(splitUnits('各县（市、区）民政局')).toEqual(['各县（市、区）民政局']);
    expect(parseNote('责任单位：各县（市、区）民政局；完成时限：年底前')).toEqual({
      lead: '各县（市、区）民政局',
      deadline: '年底前',
    });
  });
});

describe('完成时限', () => {
  it.each([
    ['6月底前', '2024-06-30'],
    ['9月前', '2024-09-30'],
    ['十二月底', '2024-12-31'],
    ['2月', '2024-02-29'],
    ['二季度', '2024-06-30'],
    ['第三季度', '2024-09-30'],
    ['上半年', '2024-06-30'],
    ['年底前', '2024-12-31'],
    ['全年', '2024-12-31'],
    ['2025年3月底前', '2025-03-31'],
    ['2024年9月30日前', '2024-09-30'],
    ['２０２４年１０月', '2024-10-31'],
  ])('%s → %s', (text, date) => {
    expect(parseDeadline(text, 2024)).toEqual({ date, problem: null });
  });

  it('long-running wording has no date and is not a problem; nonsense and a missing year are reported', () => {
    expect(parseDeadline('持续推进', 2024)).toEqual({ date: null, problem: null });
    expect(parseDeadline('长期坚持', 2024)).toEqual({ date: null, problem: null });
    expect(parseDeadline('13月底前', 2024).problem).toContain('月份');
    expect(parseDeadline('尽快', 2024).problem).toContain('无法换算');
    expect(parseDeadline('6月底前', null).problem).toContain('没有年份');
    expect(parseDeadline('2024年2月30日', 2024).problem).toContain('不是有效日期');
  });
});

describe('interchange JSON', () => {
  it('writes the assignment of an assigned section only, and reads it back', async () => {
    const doc = await importBytes(new TextEncoder().encode(INLINE_NOTICE), '要点.txt');
    const json = toJson(doc);
    const first = json.sections[0];
    expect(first.assignment).toBeUndefined();
    expect(first.children[0].assignment).toMatchObject({ lead: ['社会救助处'], deadlineDate: '2024-06-30' });
    const back = fromJson(JSON.parse(JSON.stringify(json)));
    expect(flatten(back.sections).map((f) => f.section.assignment ?? null)).toEqual(
      flatten(doc.sections).map((f) => f.section.assignment ?? null),
    );
    // defaults for a hand-written JSON that gives only the lead
    const minimal = fromJson({ sections: [{ level: 1, heading: '甲', assignment: { lead: ['办公室'] } }] });
    expect(minimal.sections[0].assignment).toEqual({
      lead: ['办公室'],
      support: [],
      deadline: null,
      deadlineDate: null,
      leader: null,
    });
    expect(() => fromJson({ sections: [{ level: 1, heading: '甲', assignment: { deadlineDate: '6月' } }] })).toThrow(
      /YYYY-MM-DD/,
    );
  });
});
