// 对比往年 options: punctuation width and whitespace can be left out of what counts as a change.
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../shared/compare';
import { comparable } from '../../shared/compare/normalize';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';

function pair() {
  const old = createDocument({
    meta: { ...emptyMeta(), recipients: '各县(区)民政局' },
    sections: [
      createSection(1, '兜牢民生底线', { paragraphs: ['落实低保,提高标准;增长3.5个百分点。'] }),
      createSection(1, '推进养老服务', { paragraphs: ['建设 养老服务中心。'] }),
      createSection(1, '加强儿童福利', { paragraphs: ['提高孤儿保障标准。'] }),
    ],
  });
  const now = createDocument({
    meta: { ...emptyMeta(), recipients: '各县（区）民政局' },
    sections: [
      createSection(1, '兜牢民生底线', { paragraphs: ['落实低保，提高标准；增长3.5个百分点。'] }),
      createSection(1, '推进养老服务', { paragraphs: ['建设养老服务中心。'] }),
      createSection(1, '加强儿童福利', { paragraphs: ['提高孤儿和事实无人抚养儿童保障标准。'] }),
    ],
  });
  return { old, now };
}

const kinds = (r: ReturnType<typeof compareDocuments>) => r.changes.map((c) => c.kind);

describe('compare options', () => {
  it('without options, punctuation width and spaces are changes', () => {
    const { old, now } = pair();
    const r = compareDocuments(old, now);
    expect(kinds(r)).toEqual(['changed', 'changed', 'changed']);
    expect((r.fields ?? []).map((f) => f.field)).toEqual(['recipients']);
  });

  it('ignoring punctuation width: only the width changed is unchanged; the number 3.5 stays a number', () => {
    const { old, now } = pair();
    const r = compareDocuments(old, now, { ignorePunctuationWidth: true });
    expect(kinds(r)).toEqual(['unchanged', 'changed', 'changed']);
    expect(r.fields).toEqual([]);
    expect(comparable('增长3.5个百分点,', { ignorePunctuationWidth: true })).toBe('增长3.5个百分点，');
  });

  it('ignoring both: only the real rewording is left', () => {
    const { old, now } = pair();
    const r = compareDocuments(old, now, { ignorePunctuationWidth: true, ignoreWhitespace: true });
    expect(kinds(r)).toEqual(['unchanged', 'unchanged', 'changed']);
    expect(r.counts).toMatchObject({ unchanged: 2, changed: 1 });
  });
});
