// Headings: a run-in heading ends with 。 before its body, so the stored heading must not end with , ; : 、
// (the export would print "标题；。正文"); a heading on its own line carries no final punctuation.
import type { Section, YaodianDocument } from '../model/types';
import { finding, headingOf, type Rule } from './finding';
import { flatten } from '../model/tree';

const RUN_IN_BAD_END = /[，,；;：:、]+$/;
const STANDALONE_BAD_END = /[。．.，,；;：:、]+$/;

function mapSection(doc: YaodianDocument, id: string | null, fn: (s: Section) => Section): YaodianDocument {
  const walk = (list: Section[]): Section[] => list.map((s) => (s.id === id ? fn(s) : { ...s, children: walk(s.children) }));
  return { ...doc, sections: walk(doc.sections) };
}

export const headingRule: Rule = {
  check: (ctx) => {
    const out = [];
    for (const { section: s } of flatten(ctx.doc.sections)) {
      const at = ctx.locations.get(s.id) ?? '';
      const end = s.heading.trimEnd();
      if (s.runIn && RUN_IN_BAD_END.test(end)) {
        const mark = RUN_IN_BAD_END.exec(end)![0];
        out.push(finding('runin-heading-end', 'error', `段首标题${headingOf(s)}以“${mark}”结尾，段首标题与正文之间应为“。”`, at,
          { sectionId: s.id, fix: `把“${mark}”改为“。”` }));
      } else if (!s.runIn && STANDALONE_BAD_END.test(end)) {
        const mark = STANDALONE_BAD_END.exec(end)![0];
        out.push(finding('heading-end-punctuation', 'warning', `单独成行的标题${headingOf(s)}末尾不加“${mark}”`, at,
          { sectionId: s.id, fix: `删除标题末尾的“${mark}”` }));
      }
    }
    return out;
  },
  fixes: {
    // the stored run-in heading goes without its 。; the export adds it
    'runin-heading-end': (doc, f) => mapSection(doc, f.sectionId, (s) => ({ ...s, heading: s.heading.trimEnd().replace(RUN_IN_BAD_END, '') })),
    'heading-end-punctuation': (doc, f) => mapSection(doc, f.sectionId, (s) => ({ ...s, heading: s.heading.trimEnd().replace(STANDALONE_BAD_END, '') })),
  },
};
