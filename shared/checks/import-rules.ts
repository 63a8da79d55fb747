// What the importer noticed about the source (truncated text, a table of contents that disagrees …), shown
// with the other findings. Numbering warnings are left out when the section labels let the numbering
// checks report the same problem at its place.
import { flatten } from '../model/tree';
import { finding, type Rule } from './finding';

const NUMBERING = /^number-|numbering/;

export const importRule: Rule = {
  check: (ctx) => {
    const labelled = flatten(ctx.doc.sections).some(({ section }) => section.sourceLabel !== undefined);
    return ctx.doc.warnings
      .filter((w) => !(labelled && NUMBERING.test(w.code)))
      .map((w) => finding(`import-${w.code}`, 'warning', w.message, '导入原文'));
  },
};
