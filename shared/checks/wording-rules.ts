// The 公文's own wording rules not covered elsewhere: a notice title "关于……的通知" keeps its 的 (the 事由 is
// "关于……的", then the 文种; 《党政机关公文处理工作条例》第九条（三）, GB/T 9704-2012 7.3.1).
import { finding, type Rule } from './finding';
import { FIELD_NAMES } from './locations';

/** The 15 文种 of 《党政机关公文处理工作条例》第八条. */
const KINDS = '决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要';
const TITLE = new RegExp(`关于(.+?)(${KINDS})$`);

function missingDe(title: string): { before: string; kind: string } | null {
  const m = TITLE.exec(title.trim());
  // 的 may be followed by a modifier of the 文种: 关于……的指导意见 / 若干意见 / 实施意见 / 复函 / 紧急通知
  if (!m || /的[\u4e00-\u9fff]{0,4}$/.test(m[1])) return null;
  // "关于……工作的通知的补充通知" and titles ending in a quoted or bracketed 文种 are left to a person
  if (/[》”）)]$/.test(m[1])) return null;
  return { before: m[1], kind: m[2] };
}

export const wordingRule: Rule = {
  check: (ctx) => {
    const title = ctx.doc.meta.noticeTitle;
    const m = title ? missingDe(title) : null;
    if (!m) return [];
    return [
      finding(
        'notice-title-de',
        'warning',
        `通知标题“${title}”的事由与文种之间缺少“的”，应为“关于……的${m.kind}”（依据：《党政机关公文处理工作条例》第九条）`,
        FIELD_NAMES.noticeTitle,
        { field: 'noticeTitle', fix: `在“${m.kind}”前加“的”` },
      ),
    ];
  },
  fixes: {
    'notice-title-de': (doc) => {
      const title = doc.meta.noticeTitle;
      const m = title ? missingDe(title) : null;
      if (!title || !m) return doc;
      const t = title.trim();
      return { ...doc, meta: { ...doc.meta, noticeTitle: `${t.slice(0, t.length - m.kind.length)}的${m.kind}` } };
    },
  },
};
