// Headings: a run-in heading ends with 。 before its body, so the stored heading must not end with , ; : 、
// (the export would print "标题；。正文"), and a heading separated from its body by ；instead of 。 is
// flagged where the document writes that level run-in. A line that is one whole sentence ending in 。
// ("（二）提高标准，确保不低于省定标准。") is a legitimate item; only , ; : 、 at the end of a heading on its
// own line are wrong.
import { flatten } from '../model/tree';
import type { Section, YaodianDocument } from '../model/types';
import { finding, headingOf, type Rule } from './finding';
import type { Finding } from './types';

const RUN_IN_BAD_END = /[，,；;：:、]+$/;
const STANDALONE_BAD_END = /[，,；;：:、]+$/;
/** "加强监测；落实国务院意见。": a short heading, a semicolon, then the body, all on one line. */
const SEMICOLON_RUN_IN = /^([^；;。！？!?]{2,30})[；;]([^；;]+[。！？!?])$/;

function mapSection(doc: YaodianDocument, id: string | null, fn: (s: Section) => Section): YaodianDocument {
  const walk = (list: Section[]): Section[] =>
    list.map((s) => (s.id === id ? fn(s) : { ...s, children: walk(s.children) }));
  return { ...doc, sections: walk(doc.sections) };
}

export const headingRule: Rule = {
  check: (ctx) => {
    const out: Finding[] = [];
    const flat = flatten(ctx.doc.sections);
    const runInLevels = new Set(flat.filter(({ section }) => section.runIn).map(({ section }) => section.level));
    for (const { section: s } of flat) {
      const at = ctx.locations.get(s.id) ?? '';
      const end = s.heading.trimEnd();
      const semicolon = !s.runIn && runInLevels.has(s.level) ? SEMICOLON_RUN_IN.exec(end) : null;
      if (s.runIn && RUN_IN_BAD_END.test(end)) {
        const mark = RUN_IN_BAD_END.exec(end)![0];
        out.push(
          finding(
            'runin-heading-end',
            'error',
            `段首标题${headingOf(s)}以“${mark}”结尾，段首标题与正文之间应为“。”`,
            at,
            { sectionId: s.id, fix: `把“${mark}”改为“。”` },
          ),
        );
      } else if (semicolon) {
        out.push(
          finding(
            'runin-heading-semicolon',
            'warning',
            `段首标题“${semicolon[1]}”与正文之间用了“；”，应为“。”（同级其他标题为段首标题）`,
            at,
            { sectionId: s.id, fix: '把“；”改为“。”，作为段首标题' },
          ),
        );
      } else if (!s.runIn && STANDALONE_BAD_END.test(end)) {
        const mark = STANDALONE_BAD_END.exec(end)![0];
        out.push(
          finding('heading-end-punctuation', 'warning', `单独成行的标题${headingOf(s)}末尾不加“${mark}”`, at, {
            sectionId: s.id,
            fix: `删除标题末尾的“${mark}”`,
          }),
        );
      }
    }
    return out;
  },
  fixes: {
    // the stored run-in heading goes without its 。; the export adds it
    'runin-heading-end': (doc, f) =>
      mapSection(doc, f.sectionId, (s) => ({ ...s, heading: s.heading.trimEnd().replace(RUN_IN_BAD_END, '') })),
    'runin-heading-semicolon': (doc, f) =>
      mapSection(doc, f.sectionId, (s) => {
        const m = SEMICOLON_RUN_IN.exec(s.heading.trimEnd());
        return m ? { ...s, heading: m[1], runIn: true, paragraphs: [m[2], ...s.paragraphs] } : s;
      }),
    'heading-end-punctuation': (doc, f) =>
      mapSection(doc, f.sectionId, (s) => ({ ...s, heading: s.heading.trimEnd().replace(STANDALONE_BAD_END, '') })),
  },
};
