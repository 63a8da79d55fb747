// What the importer noticed about the source (truncated text, a table of contents that disagrees …), shown
// with the other findings. Numbering warnings are left out when the section labels let the numbering
// checks report the same problem at its place.
import { flatten } from '../model/tree';
import { REVIEW_CODE } from '../new-year/review-marks';
import { finding, type Rule } from './finding';

/** The importer's numbering warnings that the label checks report at their place. */
const COVERED = new Set(['number-gap', 'number-repeat', 'number-order', 'number-missing']);

/** Facts about the source rather than problems. */
const INFO = new Set(['toc-found', 'docx-template']);

export const importRule: Rule = {
  check: (ctx) => {
    const labelled = flatten(ctx.doc.sections).some(({ section }) => section.sourceLabel !== undefined);
    return (
      ctx.doc.warnings
        // a new-year draft's 请核对 marks are the review rule's
        .filter((w) => w.code !== REVIEW_CODE && !(labelled && COVERED.has(w.code)))
        .map((w) => finding(`import-${w.code}`, INFO.has(w.code) ? 'info' : 'warning', w.message, '导入原文'))
    );
  },
};
