// The year a document is filed under: the one it is for, not the year it was typed in.
import { describe, expect, it } from 'vitest';
import { createDocument, emptyMeta } from '../../shared/model/factory';
import { inferYear } from '../../shared/model/document-year';

const withMeta = (meta: Partial<ReturnType<typeof emptyMeta>>) => createDocument({ meta: { ...emptyMeta(), ...meta } });

describe('inferYear', () => {
  it('reads the 要点 title first, then the notice title, the 文号 and the date', () => {
    expect(inferYear(withMeta({ title: '2025年全市民政工作要点', noticeTitle: '关于印发2024年…的通知' }))).toBe(2025);
    expect(
      inferYear(withMeta({ title: '全市民政工作要点', noticeTitle: '关于印发２０２５年全市民政工作要点的通知' })),
    ).toBe(2025);
    expect(inferYear(withMeta({ title: '全市民政工作要点', docNumber: '咸民发〔2027〕1号', date: '2026-12-30' }))).toBe(
      2027,
    );
    expect(inferYear(withMeta({ date: '2026-02-19' }))).toBe(2026);
  });

  it('says so when the document names no year', () => {
    expect(inferYear(withMeta({ title: '全市民政工作要点' }))).toBeNull();
  });
});
