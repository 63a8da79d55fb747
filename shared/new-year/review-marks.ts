// The places a new-year draft asks a person to decide (请核对) stay in the draft as marks, each with its
// reason, until the user resolves them: the preview table alone is gone once the draft is opened.
import type { Warning } from '../model/types';
import type { YearChange } from './types';

export const REVIEW_CODE = 'year-review';

/** One mark per 请核对 row: where, why, the text as it stands and the suggested change, if any. */
export function reviewMarks(changes: readonly YearChange[]): Warning[] {
  return changes
    .filter((c) => c.action === 'review')
    .map((c) => {
      const suggestion = c.suggestion && c.suggestion !== c.before ? `；可改为“${c.suggestion}”` : '';
      return {
        code: REVIEW_CODE,
        message: `${c.location}：${c.reason}（原文“${c.before}”未改动${suggestion}）`,
        sectionId: c.sectionId,
      };
    });
}
