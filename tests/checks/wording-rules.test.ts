// The notice title keeps the 的 of "关于……的通知"; the fix adds it before the 文种 and nothing else changes.
import { describe, expect, it } from 'vitest';
import { applyFix, runChecks } from '../../shared/checks';
import { createDocument } from '../../shared/model';

const withTitle = (noticeTitle: string) =>
  createDocument({ meta: { noticeTitle, title: '2025年全市民政工作要点' } as never });
const titleFindings = (t: string) => runChecks(withTitle(t)).filter((f) => f.code === 'notice-title-de');

describe('notice title 的', () => {
  it('reports a title without 的 before its 文种 and fixes it', () => {
    const doc = withTitle('某市民政局关于印发2025年全市民政工作要点通知');
    const [f] = titleFindings(doc.meta.noticeTitle!);
    expect(f).toMatchObject({ location: '通知标题', field: 'noticeTitle', fix: { label: '在“通知”前加“的”' } });
    expect(applyFix(doc, f).meta.noticeTitle).toBe('某市民政局关于印发2025年全市民政工作要点的通知');
    expect(titleFindings('某县民政局关于报送2024年工作总结报告')).toHaveLength(1);
  });

  it('leaves correct titles alone, whatever the 文种', () => {
    for (const t of [
      '吉林省民政厅关于印发2024年全省民政工作要点的通知',
      '关于转发省民政厅关于做好冬季救助工作的通知的通知',
      '某市民政局关于调整城乡低保标准的请示',
      '关于同意设立某区社会福利院的批复',
      '2025年全市民政工作要点',
    ])
      expect(titleFindings(t), t).toEqual([]);
  });
});
