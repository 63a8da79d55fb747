// 请核对 rows of a new-year draft become marks inside it: listed by 规范检查 until the user resolves each.
import { describe, expect, it } from 'vitest';
import { applyAllFixes, applyFix, runChecks } from '../../shared/checks';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import { planNewYear } from '../../shared/new-year';
import { REVIEW_CODE, reviewMarks } from '../../shared/new-year/review-marks';

function source() {
  const item = createSection(2, '推进养老服务', {
    runIn: true,
    paragraphs: ['2025年是“十四五”规划收官之年，确保2025年底前建成100个服务中心。'],
  });
  const doc = createDocument({
    meta: { ...emptyMeta(), title: '2025年全市民政工作要点' },
    sections: [createSection(1, '兜牢民生底线', { children: [item] })],
  });
  return { doc };
}

describe('review marks of a new-year draft', () => {
  it('each 请核对 row becomes a mark on its section, with its reason and the text left as it is', () => {
    const { doc } = source();
    const plan = planNewYear(doc, { year: 2026, skeleton: false });
    const target = plan.document.sections[0].children[0];
    const reviews = plan.changes.filter((c) => c.action === 'review');
    expect(reviews.length).toBeGreaterThan(0);
    const marks = reviewMarks(plan.changes);
    expect(marks).toHaveLength(reviews.length);
    for (const m of marks) {
      expect(m.code).toBe(REVIEW_CODE);
      expect(m.sectionId).toBe(target.id);
      expect(m.message).toMatch(/未改动/);
    }
  });

  it('规范检查 lists them until each is marked 已核对; "fix everything" never resolves them', () => {
    const { doc } = source();
    const plan = planNewYear(doc, { year: 2026, skeleton: false });
    let draft = { ...plan.document, warnings: reviewMarks(plan.changes) };
    const listed = () => runChecks(draft).filter((f) => f.code === REVIEW_CODE);
    const n = listed().length;
    expect(n).toBe(draft.warnings.length);
    expect(listed()[0].location).toBe('一、（一）');
    expect(applyAllFixes(draft).warnings).toHaveLength(n);
    draft = applyFix(draft, listed()[0]);
    expect(listed()).toHaveLength(n - 1);
  });
});
