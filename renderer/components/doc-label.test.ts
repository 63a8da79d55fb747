// Two documents with the same title can be told apart wherever documents are listed.
import { describe, expect, it } from 'vitest';
import { docDetails, docLabel } from './doc-label';

const doc = (id: string, over: Partial<Parameters<typeof docLabel>[0]> = {}) => ({
  id,
  title: '2025年全市民政工作要点',
  year: 2025,
  docNumber: null,
  updatedAt: '2025-03-01T08:05:00',
  isTemplate: false,
  issuer: '某市民政局',
  sectionCount: 12,
  ...over,
});

describe('docLabel', () => {
  it('is the title alone when it is unique and names its year', () => {
    expect(docLabel(doc('a'), [doc('a')])).toBe('2025年全市民政工作要点');
  });

  it('adds the year when the title lacks it, and says when there is none', () => {
    expect(docLabel(doc('a', { title: '全市民政工作要点' }))).toBe('2025年 全市民政工作要点');
    expect(docLabel(doc('a', { title: '全市民政工作要点', year: null }))).toBe('（未标年度）全市民政工作要点');
  });

  it('tells same-titled documents apart by 文号, else by the last edit', () => {
    const a = doc('a', { docNumber: '某民发〔2025〕3号' });
    const b = doc('b', { updatedAt: '2025-03-02T09:30:00' });
    expect(docLabel(a, [a, b])).toBe('2025年全市民政工作要点（某民发〔2025〕3号）');
    expect(docLabel(b, [a, b])).toBe('2025年全市民政工作要点（2025年3月2日 09:30 编辑）');
    expect(docDetails(b, [a, b])).toBe('某市民政局 · 12 节 · 2025年3月2日 09:30 编辑');
    expect(docDetails(a, [a])).toBe('某市民政局 · 某民发〔2025〕3号 · 12 节');
  });
});

describe('docDetails', () => {
  it('shows seconds when two same-titled documents were edited in the same minute', () => {
    const a = doc('a', { updatedAt: '2025-03-02T09:30:05' });
    const b = doc('b', { updatedAt: '2025-03-02T09:30:41' });
    expect(docDetails(a, [a, b])).toBe('某市民政局 · 12 节 · 2025年3月2日 09:30:05 编辑');
    expect(docDetails(b, [a, b])).toBe('某市民政局 · 12 节 · 2025年3月2日 09:30:41 编辑');
  });
});
