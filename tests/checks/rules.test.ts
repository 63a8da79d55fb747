import { describe, expect, it } from 'vitest';
import { applyAllFixes, applyFix, runChecks } from '../../shared/checks';
import type { Finding } from '../../shared/checks/types';
import { createDocument, createSection, validateTree, type YaodianDocument } from '../../shared/model';
import { byHeading, correctDocument, editSection } from './sample';

const meta =
  (patch: Partial<YaodianDocument['meta']>) =>
  (d: YaodianDocument): YaodianDocument => ({ ...d, meta: { ...d.meta, ...patch } });
const label = (heading: string, sourceLabel: string | null | undefined) => (d: YaodianDocument) =>
  editSection(d, heading, (s) => ({ ...s, sourceLabel }));
const text = (heading: string, paragraphs: string[]) => (d: YaodianDocument) =>
  editSection(d, heading, (s) => ({ ...s, paragraphs }));

interface Case {
  name: string;
  mutate: (d: YaodianDocument) => YaodianDocument;
  expect: Partial<Finding>;
  /** what the document holds after the fix; absent when the finding offers no fix */
  fixed?: (d: YaodianDocument) => unknown;
  fixedValue?: unknown;
}

const cases: Case[] = [
  {
    name: '文号 square brackets',
    mutate: meta({ docNumber: '吉民发[2024]3号' }),
    expect: { code: 'doc-number-brackets', severity: 'error', location: '发文字号', field: 'docNumber' },
    fixed: (d) => d.meta.docNumber,
    fixedValue: '吉民发〔2024〕3号',
  },
  {
    name: '文号 【】',
    mutate: meta({ docNumber: '吉民发【2024】3号' }),
    expect: { code: 'doc-number-brackets' },
    fixed: (d) => d.meta.docNumber,
    fixedValue: '吉民发〔2024〕3号',
  },
  {
    name: '文号 full-width ()',
    mutate: meta({ docNumber: '吉民发（2024）3号' }),
    expect: { code: 'doc-number-brackets' },
    fixed: (d) => d.meta.docNumber,
    fixedValue: '吉民发〔2024〕3号',
  },
  {
    name: '文号 short year',
    mutate: meta({ docNumber: '吉民发〔24〕3号' }),
    expect: { code: 'doc-number-year', severity: 'error' },
  },
  {
    name: '文号 leading zero',
    mutate: meta({ docNumber: '吉民发〔2024〕003号' }),
    expect: { code: 'doc-number-zero' },
    fixed: (d) => d.meta.docNumber,
    fixedValue: '吉民发〔2024〕3号',
  },
  {
    name: '文号 第',
    mutate: meta({ docNumber: '吉民发〔2024〕第3号' }),
    expect: { code: 'doc-number-ordinal' },
    fixed: (d) => d.meta.docNumber,
    fixedValue: '吉民发〔2024〕3号',
  },
  {
    name: '文号 without 号',
    mutate: meta({ docNumber: '吉民发〔2024〕3' }),
    expect: { code: 'doc-number-suffix' },
    fixed: (d) => d.meta.docNumber,
    fixedValue: '吉民发〔2024〕3号',
  },
  {
    name: '文号 number left empty',
    mutate: meta({ docNumber: '吉民发〔2024〕号' }),
    expect: { code: 'doc-number-empty', severity: 'warning', fix: null },
  },
  {
    name: 'invalid 成文日期',
    mutate: meta({ date: '2024-02-30' }),
    expect: { code: 'date-invalid', severity: 'error', field: 'date' },
  },
  {
    name: '印发日期 before 成文日期',
    mutate: meta({ printedDate: '2024-02-01' }),
    expect: { code: 'date-order', field: 'printedDate' },
  },
  {
    name: 'notice without 成文日期',
    mutate: meta({ date: null, printedDate: null }),
    expect: { code: 'date-missing', field: 'date' },
  },
  {
    name: '成文日期 of another year',
    mutate: meta({ date: '2021-02-19', printedDate: '2021-02-20', docNumber: '吉民发〔2021〕3号' }),
    expect: { code: 'year-mismatch', field: 'date' },
  },
  {
    name: 'notice title of another year',
    mutate: meta({ noticeTitle: '关于印发2023年全省民政工作要点的通知' }),
    expect: { code: 'year-mismatch', field: 'noticeTitle' },
  },
  {
    name: '文号 year differs from 成文日期',
    mutate: meta({ docNumber: '吉民发〔2023〕3号' }),
    expect: { code: 'year-mismatch', field: 'docNumber' },
  },
  {
    name: '主送 with half-width colon',
    mutate: meta({ recipients: '各市（州）民政局:' }),
    expect: { code: 'recipients-end', severity: 'error' },
    fixed: (d) => d.meta.recipients,
    fixedValue: '各市（州）民政局',
  },
  {
    name: '主送 ending in a comma',
    mutate: meta({ recipients: '各市（州）民政局，' }),
    expect: { code: 'recipients-end' },
    fixed: (d) => d.meta.recipients,
    fixedValue: '各市（州）民政局',
  },
  {
    name: 'title with a final full stop',
    mutate: meta({ title: '2024年全省民政工作要点。' }),
    expect: { code: 'title-end', field: 'title', severity: 'error' },
    fixed: (d) => d.meta.title,
    fixedValue: '2024年全省民政工作要点',
  },
  {
    name: 'notice title with a final full stop',
    mutate: meta({ noticeTitle: '吉林省民政厅关于印发2024年全省民政工作要点的通知。' }),
    expect: { code: 'title-end', field: 'noticeTitle' },
    fixed: (d) => d.meta.noticeTitle,
    fixedValue: '吉林省民政厅关于印发2024年全省民政工作要点的通知',
  },
  {
    name: '附注 without parentheses',
    mutate: meta({ note: '此件公开发布' }),
    expect: { code: 'note-parentheses', severity: 'warning' },
    fixed: (d) => d.meta.note,
    fixedValue: '（此件公开发布）',
  },
  {
    name: '抄送 with its own prefix and full stop',
    mutate: meta({ cc: '抄送：民政部办公厅。' }),
    expect: { code: 'cc-format' },
    fixed: (d) => d.meta.cc,
    fixedValue: '民政部办公厅',
  },
  {
    name: '附件 with number and full stop',
    mutate: meta({ attachments: ['1.2024年全省民政工作要点。'] }),
    expect: { code: 'attachment-format' },
    fixed: (d) => d.meta.attachments,
    fixedValue: ['2024年全省民政工作要点'],
  },
  {
    name: 'a gap in the source numbering',
    mutate: label('健全完善分层分类社会救助体系', '三、'),
    expect: { code: 'number-gap', severity: 'error', location: '二、' },
    fixed: (d) => byHeading(d, '健全完善分层分类社会救助体系').sourceLabel,
    fixedValue: '二、',
  },
  {
    name: 'a repeated number',
    mutate: label('加强低收入人口动态监测', '（二）'),
    expect: { code: 'number-repeat', location: '二、（三）' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').sourceLabel,
    fixedValue: '（三）',
  },
  {
    name: 'numbers out of order',
    mutate: (d) => label('举办读书班', '1.')(label('理论学习中心组学习', '2.')(d)),
    expect: { code: 'number-order', location: '一、（二）2.' },
    fixed: (d) => [byHeading(d, '理论学习中心组学习').sourceLabel, byHeading(d, '举办读书班').sourceLabel],
    fixedValue: ['1.', '2.'],
  },
  {
    name: 'a heading that lost its number (sourceLabel null)',
    mutate: label('健全完善分层分类社会救助体系', null),
    expect: { code: 'number-missing', location: '二、' },
    fixed: (d) => byHeading(d, '健全完善分层分类社会救助体系').sourceLabel,
    fixedValue: '二、',
  },
  {
    name: '(一)、 with a stray 、',
    mutate: label('加强低收入人口动态监测', '（三）、'),
    expect: { code: 'number-punctuation', severity: 'warning', location: '二、（三）' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').sourceLabel,
    fixedValue: '（三）',
  },
  {
    name: '一. instead of 一、',
    mutate: label('健全完善分层分类社会救助体系', '二.'),
    expect: { code: 'number-punctuation', location: '二、' },
    fixed: (d) => d.sections[1].sourceLabel,
    fixedValue: '二、',
  },
  {
    name: 'mixed bracket widths',
    mutate: label('加强低收入人口动态监测', '(三）'),
    expect: { code: 'number-punctuation' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').sourceLabel,
    fixedValue: '（三）',
  },
  {
    name: 'run-in heading ending in ；',
    mutate: (d) => editSection(d, '加强低收入人口动态监测', (s) => ({ ...s, heading: '加强低收入人口动态监测；' })),
    expect: { code: 'runin-heading-end', severity: 'error', location: '二、（三）' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').heading,
    fixedValue: '加强低收入人口动态监测',
  },
  {
    name: 'stand-alone heading ending in ；',
    mutate: (d) =>
      editSection(d, '健全完善分层分类社会救助体系', (s) => ({ ...s, heading: '健全完善分层分类社会救助体系；' })),
    expect: { code: 'heading-end-punctuation', location: '二、' },
    fixed: (d) => d.sections[1].heading,
    fixedValue: '健全完善分层分类社会救助体系',
  },
  {
    name: 'heading and body separated by ； where the level is run-in',
    mutate: (d) =>
      editSection(d, '加强低收入人口动态监测', (s) => ({
        ...s,
        heading: '加强低收入人口动态监测；落实意见。',
        runIn: false,
        paragraphs: [],
      })),
    expect: { code: 'runin-heading-semicolon', severity: 'warning', location: '二、（三）' },
    fixed: (d) => {
      const s = byHeading(d, '加强低收入人口动态监测');
      return [s.runIn, s.paragraphs];
    },
    fixedValue: [true, ['落实意见。']],
  },
  {
    name: 'a few half-width marks in a full-width document',
    mutate: text('加强低收入人口动态监测', ['落实意见,加强监测(试行)。', '第二段说明？']),
    expect: { code: 'halfwidth-punctuation', severity: 'warning', location: '二、（三）' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').paragraphs,
    fixedValue: ['落实意见，加强监测（试行）。', '第二段说明？'],
  },
  {
    name: 'an unclosed quotation mark',
    mutate: text('加强低收入人口动态监测', ['坚持“两个确立。', '第二段说明？']),
    expect: { code: 'unbalanced-marks', severity: 'error', location: '二、（三） 正文第1段' },
  },
  {
    name: 'an unclosed title mark',
    mutate: text('加强低收入人口动态监测', ['落实《慈善法。', '第二段说明？']),
    expect: { code: 'unbalanced-marks' },
  },
  {
    name: 'doubled full stop',
    mutate: text('加强低收入人口动态监测', ['落实意见。。', '第二段说明？']),
    expect: { code: 'doubled-punctuation', severity: 'error' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').paragraphs[0],
    fixedValue: '落实意见。',
  },
  {
    name: '，。 together',
    mutate: text('加强低收入人口动态监测', ['落实意见，。', '第二段说明？']),
    expect: { code: 'mixed-punctuation', fix: null },
  },
  {
    name: 'a space after 、',
    mutate: text('加强低收入人口动态监测', ['网站、 热线。', '第二段说明？']),
    expect: { code: 'extra-space' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').paragraphs[0],
    fixedValue: '网站、热线。',
  },
  {
    name: '<> inside 《》',
    mutate: text('加强低收入人口动态监测', ['落实《实施<条例>办法》。', '第二段说明？']),
    expect: { code: 'nested-title-marks' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').paragraphs[0],
    fixedValue: '落实《实施〈条例〉办法》。',
  },
  {
    name: 'a date with leading zeros in the text',
    mutate: (d) => ({ ...d, preamble: ['定于2024年02月09日召开。'] }),
    expect: { code: 'date-leading-zero', location: '前言', field: 'preamble' },
    fixed: (d) => d.preamble[0],
    fixedValue: '定于2024年2月9日召开。',
  },
  {
    name: 'a paragraph without final punctuation',
    mutate: text('加强低收入人口动态监测', ['落实意见', '第二段说明？']),
    expect: { code: 'paragraph-end', location: '二、（三） 正文第1段' },
    fixed: (d) => byHeading(d, '加强低收入人口动态监测').paragraphs,
    fixedValue: ['落实意见。', '第二段说明？'],
  },
];

describe('checks on a correct full-width document', () => {
  it('find nothing', () => {
    expect(runChecks(correctDocument())).toEqual([]);
  });
});

describe.each(cases)('$name', (c) => {
  const doc = c.mutate(correctDocument());
  const findings = runChecks(doc);

  it('is the one finding', () => {
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(c.expect);
    expect(findings[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  if (c.fixed) {
    it('is fixed by its one-click fix, and only it changes', () => {
      expect(findings[0].fix?.label).toMatch(/[\u4e00-\u9fff“]/);
      const before = JSON.stringify(doc);
      const fixed = applyFix(doc, findings[0]);
      expect(c.fixed!(fixed)).toEqual(c.fixedValue);
      expect(runChecks(fixed)).toEqual([]);
      expect(validateTree(fixed.sections)).toEqual([]);
      expect(JSON.stringify(doc)).toBe(before); // the input document is not mutated
    });
  } else {
    it('offers no fix', () => {
      expect(findings[0].fix).toBeNull();
      expect(applyFix(doc, findings[0])).toBe(doc);
    });
  }
});

describe('numbering', () => {
  const numbered = (labels: Array<string | null | undefined>, level: 1 | 3 = 1) =>
    createDocument({
      sections: labels.map((l, i) =>
        createSection(level, `第${i + 1}项工作`, l === undefined ? {} : { sourceLabel: l }),
      ),
    });

  it('reports a gap once, with the missing numbers, and a repeat', () => {
    const gap = runChecks(numbered(['一、', '二、', '五、']));
    expect(gap.map((f) => [f.code, f.location])).toEqual([['number-gap', '三、']]);
    expect(gap[0].message).toContain('“三、”至“四、”');
    expect(runChecks(numbered(['一、', '一、'])).map((f) => f.code)).toEqual(['number-repeat']);
  });

  it('counts a heading without a known label that fills a gap exactly as a lost number, not a gap', () => {
    const f = runChecks(numbered(['一、', '五、', undefined, '七、']));
    // 一、 五、: a real gap; then 五、 [?] 七、 is a lost 六、
    expect(f.map((x) => [x.code, x.location])).toEqual([
      ['number-gap', '二、'],
      ['number-missing', '三、'],
    ]);
    const lost = runChecks(numbered(['一、', '二、', undefined, '四、']));
    expect(lost.map((x) => [x.code, x.location])).toEqual([['number-missing', '三、']]);
  });

  it('ignores sections added in the editor (no label) that do not fill a gap', () => {
    expect(runChecks(numbered(['一、', undefined, '二、', '三、']))).toEqual([]);
  });

  it('reads whether a level restarts from the labels, whatever mode the document has', () => {
    const mk = (modes: YaodianDocument['numbering']) =>
      createDocument({
        numbering: modes,
        sections: [
          createSection(1, '甲', {
            sourceLabel: '一、',
            children: [
              createSection(2, '子一', { sourceLabel: '（一）' }),
              createSection(2, '子二', { sourceLabel: '（二）' }),
            ],
          }),
          createSection(1, '乙', {
            sourceLabel: '二、',
            children: [createSection(2, '子三', { sourceLabel: '（三）' })],
          }),
        ],
      });
    expect(runChecks(mk({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' }))).toEqual([]);
    expect(runChecks(mk({ 1: 'restart', 2: 'continuous', 3: 'restart', 4: 'restart' }))).toEqual([]);
  });

  it('notes a level written 1、 throughout once, and flags 1、 where the document uses 1.', () => {
    const doc = numbered(['1、', '2、', '3、'], 3);
    const all = runChecks(doc);
    expect(all.map((f) => [f.code, f.severity, f.location])).toEqual([['number-style', 'info', '全文']]);
    const restyled = applyFix(doc, all[0]);
    expect(restyled.sections.map((s) => s.sourceLabel)).toEqual(['1.', '2.', '3.']);
    const one = runChecks(numbered(['1.', '2、', '3.'], 3));
    expect(one.map((f) => [f.code, f.severity, f.location])).toEqual([['number-punctuation', 'warning', '2.']]);
    expect(one[0].message).toContain('“2、”');
  });

  it('reads ⑴ as (1) and ⒈ as 1., and notes ① as non-standard', () => {
    expect(runChecks(numbered(['⒈', '⒉', '⒊'], 3))).toEqual([]);
    const circled = runChecks(
      createDocument({
        sections: [
          createSection(3, '甲', {
            children: ['①', '②'].map((l) => createSection(4, '', { sourceLabel: l, paragraphs: ['内容。'] })),
          }),
        ],
      }),
    );
    expect(circled.map((f) => [f.code, f.severity])).toEqual([['number-style', 'info']]);
    const parenthesised = createDocument({
      sections: [
        createSection(3, '甲', {
          children: ['⑴', '⑵'].map((l) => createSection(4, '', { sourceLabel: l, paragraphs: ['内容。'] })),
        }),
      ],
    });
    expect(runChecks(parenthesised)).toEqual([]);
  });

  it('allows 1. directly under 一、 when the document does so throughout, and flags it when it does not', () => {
    const sub = (level: 2 | 3, label: string) => createSection(level, '子项', { sourceLabel: label });
    const consistent = createDocument({
      sections: [
        createSection(1, '甲', { sourceLabel: '一、', children: [sub(3, '1.')] }),
        createSection(1, '乙', { sourceLabel: '二、', children: [sub(3, '1.')] }),
      ],
    });
    expect(runChecks(consistent)).toEqual([]);
    const mixed = createDocument({
      sections: [
        createSection(1, '甲', { sourceLabel: '一、', children: [sub(2, '（一）')] }),
        createSection(1, '乙', { sourceLabel: '二、', children: [sub(3, '1.')] }),
      ],
    });
    const f = runChecks(mixed);
    expect(f.map((x) => [x.code, x.location])).toEqual([['level-skip', '二、1.']]);
    expect(f[0].fix).toBeNull();
  });
});

describe('one-sentence items', () => {
  it('are legitimate: a numbered line that is a whole sentence ending in 。', () => {
    const doc = createDocument({
      sections: [
        createSection(1, '总体要求', {
          children: [
            createSection(2, '提高城乡低保标准，确保不低于省定最低指导标准。', { sourceLabel: '（一）' }),
            createSection(2, '加强监测；落实国务院意见。', { sourceLabel: '（二）' }),
          ],
        }),
      ],
    });
    // no run-in headings at this level, so the semicolon is the item's own wording
    expect(runChecks(doc)).toEqual([]);
  });
});

describe('half-width punctuation throughout a document', () => {
  it('is one summarised finding with a count, and one fix converts it all', () => {
    const para = '各县(市、区)要加强组织领导,落实工作责任;确保各项任务落到实处。';
    const doc = createDocument({
      meta: { title: '2024年全省民政工作要点', recipients: '各市(州)民政局' } as never,
      preamble: [para],
      sections: [1, 2, 3].map((i) => createSection(1, `第${i}项`, { paragraphs: [para] })),
    });
    const findings = runChecks(doc);
    expect(findings.map((f) => [f.code, f.location])).toEqual([['halfwidth-punctuation', '全文']]);
    expect(findings[0].message).toContain('共有 18 处');
    const fixed = applyFix(doc, findings[0]);
    expect(fixed.sections[2].paragraphs[0]).toBe('各县（市、区）要加强组织领导，落实工作责任；确保各项任务落到实处。');
    expect(fixed.meta.recipients).toBe('各市（州）民政局');
    expect(runChecks(fixed)).toEqual([]);
  });
});

describe('applyAllFixes', () => {
  it('leaves only the findings that need a person', () => {
    let doc = correctDocument();
    doc = meta({ docNumber: '吉民发[2024]第03', title: '2024年全省民政工作要点。', note: '此件公开发布' })(doc);
    doc = text('加强低收入人口动态监测', ['坚持“两个确立,落实意见。。', '第二段说明'])(doc);
    const fixed = applyAllFixes(doc);
    expect(fixed.meta.docNumber).toBe('吉民发〔2024〕3号');
    expect(runChecks(fixed).map((f) => f.code)).toEqual(['unbalanced-marks']);
  });
});
