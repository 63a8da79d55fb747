// Completeness before export: a missing 要点 title, headings with nothing in them, and — when the document is a
// notice (it has a 通知 title, 文号, 正文 or 署名) — the parts GB/T 9704 requires of one: 主送, 正文, 署名,
// 成文日期 (reported by the date rule), 印发机关 and 印发日期.
import type { NoticeMeta, Section, YaodianDocument } from '../model/types';
import { finding, headingOf, type Rule } from './finding';
import { FIELD_NAMES } from './locations';
import type { Finding } from './types';

/** Whether the document is printed as a notice (a 红头 with a 通知) rather than the 要点 alone. */
function isNotice(meta: NoticeMeta): boolean {
  return !!(meta.noticeTitle || meta.docNumber || meta.signature || meta.coverParagraphs.length);
}

const blank = (v: string | null) => !v || v.trim() === '';

function metaFindings(meta: NoticeMeta): Finding[] {
  const out: Finding[] = [];
  const missing = (field: keyof NoticeMeta, what: string) =>
    finding('missing-part', 'warning', `${what}：请在红头中填写“${FIELD_NAMES[field]}”`, FIELD_NAMES[field], { field });
  if (blank(meta.title)) out.push(missing('title', '缺少要点标题'));
  if (!isNotice(meta)) return out;
  if (blank(meta.recipients)) out.push(missing('recipients', '通知缺少主送机关'));
  if (!meta.coverParagraphs.some((p) => p.trim())) out.push(missing('coverParagraphs', '通知缺少正文'));
  if (blank(meta.signature)) out.push(missing('signature', '通知缺少署名'));
  if (blank(meta.printedBy)) out.push(missing('printedBy', '版记缺少印发机关'));
  if (!meta.printedDate) out.push(missing('printedDate', '版记缺少印发日期'));
  return out;
}

/** A heading with no words and no body (a numbered paragraph — no heading, a body — is allowed). */
function emptyHeadings(doc: YaodianDocument, locations: Map<string, string>): Finding[] {
  const out: Finding[] = [];
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      if (s.heading.trim() === '' && !s.paragraphs.some((p) => p.trim())) {
        const message = s.children.length ? '标题是空的，请填写标题' : '空的章节（没有标题和正文），请填写或删除';
        out.push(
          finding('empty-heading', 'warning', message, locations.get(s.id) ?? headingOf(s), { sectionId: s.id }),
        );
      }
      walk(s.children);
    }
  };
  walk(doc.sections);
  return out;
}

/** The completeness findings alone: what 导出 Word warns about before it goes on. */
export function completenessFindings(doc: YaodianDocument, locations: Map<string, string>): Finding[] {
  return [...metaFindings(doc.meta), ...emptyHeadings(doc, locations)];
}

export const completenessRule: Rule = {
  check: (ctx) => completenessFindings(ctx.doc, ctx.locations),
};
