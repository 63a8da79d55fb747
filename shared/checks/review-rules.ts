// 请核对 marks a new-year draft carries: each listed where it is, with its reason, until the user marks it
// 已核对 (the one-click fix, which removes only that mark).
import { REVIEW_CODE } from '../new-year/review-marks';
import type { YaodianDocument } from '../model/types';
import { finding, type Rule } from './finding';
import type { Finding } from './types';

export const reviewRule: Rule = {
  check: (ctx) =>
    ctx.doc.warnings
      .filter((w) => w.code === REVIEW_CODE)
      .map((w) => {
        const where = (w.sectionId && ctx.locations.get(w.sectionId)) || '新年度草稿';
        const at = { sectionId: w.sectionId ?? null, fix: '已核对' };
        return finding(REVIEW_CODE, 'warning', `请核对：${w.message}`, where, at);
      }),
  fixes: {
    [REVIEW_CODE]: (doc: YaodianDocument, f: Finding) => {
      const i = doc.warnings.findIndex(
        (w) => w.code === REVIEW_CODE && `请核对：${w.message}` === f.message && (w.sectionId ?? null) === f.sectionId,
      );
      return i < 0 ? doc : { ...doc, warnings: doc.warnings.filter((_, k) => k !== i) };
    },
  },
};
