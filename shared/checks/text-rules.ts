// Punctuation inside the text: half-width marks in Chinese, unpaired quotes and title marks, doubled marks,
// stray spaces, nested title marks, paragraphs that do not end a sentence, dates with leading zeros.
import { excerpt, finding, locationOf, ownerKey, partName, type CheckContext, type Rule } from './finding';
import {
  collapseDoubled,
  countFullwidth,
  doubledPunctuation,
  fixHalfwidth,
  fixNestedAngleMarks,
  halfwidthHits,
  lacksFinalPunctuation,
  nestedAngleMarks,
  removeSpacesAtPunctuation,
  spacesAtPunctuation,
  unbalancedPairs,
} from './punctuation';
import { isResidueLine } from '../import/text/residue';
import { rewriteScope, type TextUnit } from './scope';
import type { Finding } from './types';

/** Above this many, and when half-width outnumbers full-width, the document is half-width throughout. */
const SUMMARY_THRESHOLD = 10;

function where(ctx: CheckContext, u: TextUnit): string {
  const part = partName(ctx, u);
  return part ? `${locationOf(ctx, u)} ${part}` : locationOf(ctx, u);
}

function owner(u: TextUnit) {
  return { sectionId: u.sectionId, field: u.sectionId ? null : u.field };
}

function halfwidthFindings(ctx: CheckContext): Finding[] {
  // a colon ending 主送 is reported by the 主送 rule
  const hitsOf = (u: TextUnit) => halfwidthHits(u.field === 'recipients' ? u.text.trimEnd().replace(/:$/, '') : u.text);
  const perUnit = ctx.units.map((u) => ({ u, hits: hitsOf(u) })).filter((x) => x.hits.length);
  const total = perUnit.reduce((n, x) => n + x.hits.length, 0);
  if (!total) return [];
  const full = ctx.units.reduce((n, u) => n + countFullwidth(u.text), 0);
  if (total >= SUMMARY_THRESHOLD && total > full) {
    // a document typed (or converted) with half-width marks throughout: one finding, one fix, not hundreds
    const byChar = new Map<string, number>();
    for (const x of perUnit) for (const h of x.hits) byChar.set(h.char, (byChar.get(h.char) ?? 0) + 1);
    const detail = [...byChar]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `“${c}”${n}处`)
      .join('、');
    return [
      finding(
        'halfwidth-punctuation',
        'warning',
        `全文中文里共有 ${total} 处半角标点（${detail}），应使用全角标点，涉及 ${new Set(perUnit.map((x) => ownerKey(x.u))).size} 个章节或栏目`,
        '全文',
        { fix: '全文半角标点改为全角' },
      ),
    ];
  }
  const byOwner = new Map<string, { u: TextUnit; count: number; samples: string[] }>();
  for (const { u, hits } of perUnit) {
    const key = ownerKey(u);
    const entry = byOwner.get(key) ?? { u, count: 0, samples: [] };
    entry.count += hits.length;
    for (const h of hits) if (entry.samples.length < 2) entry.samples.push(`“${excerpt(u.text, h.index, 6)}”`);
    byOwner.set(key, entry);
  }
  return [...byOwner.values()].map(({ u, count, samples }) =>
    finding(
      'halfwidth-punctuation',
      'warning',
      `中文中有 ${count} 处半角标点，应为全角：${samples.join(' ')}`,
      locationOf(ctx, u),
      { ...owner(u), fix: '改为全角标点' },
    ),
  );
}

function perUnitFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  // the importer already reports a source cut off mid-sentence; its last paragraph is that same problem
  const truncated = ctx.doc.warnings.some((w) => w.code === 'truncated');
  const lastBody = [...ctx.units].reverse().find((u) => u.part === 'paragraph');
  for (const u of ctx.units) {
    const at = where(ctx, u);
    const unbalanced = unbalancedPairs(u.text);
    if (unbalanced.length) {
      out.push(
        finding(
          'unbalanced-marks',
          'error',
          `${unbalanced.join('、')}不成对：“${excerpt(u.text, 0, 20)}”`,
          at,
          owner(u),
        ),
      );
    }
    const doubled = doubledPunctuation(u.text);
    if (doubled.same.length) {
      out.push(
        finding('doubled-punctuation', 'error', `标点重复：${doubled.same.map((d) => `“${d}”`).join('、')}`, at, {
          ...owner(u),
          fix: '删除重复的标点',
        }),
      );
    }
    if (doubled.mixed.length) {
      out.push(
        finding(
          'mixed-punctuation',
          'warning',
          `标点连用：${doubled.mixed.map((d) => `“${d}”`).join('、')}，请保留其一`,
          at,
          owner(u),
        ),
      );
    }
    const spaces = spacesAtPunctuation(u.text);
    if (spaces) {
      const i = u.text.search(
        /[ \u3000\t](?=[，。、；：！？“”‘’《》〈〉（）【】〔〕])|(?<=[，。、；：！？“”‘’《》〈〉（）【】〔〕])[ \u3000\t]/,
      );
      out.push(
        finding('extra-space', 'warning', `标点旁有多余空格：“${excerpt(u.text, i, 6)}”`, at, {
          ...owner(u),
          fix: '删除多余空格',
        }),
      );
    }
    if (nestedAngleMarks(u.text)) {
      const i = u.text.indexOf('<');
      out.push(
        finding(
          'nested-title-marks',
          'warning',
          `书名号内的书名应使用“〈〉”，不用“<>”：“${excerpt(u.text, i, 8)}”`,
          at,
          { ...owner(u), fix: '改为〈〉' },
        ),
      );
    }
    const dateZero = /\d{4}年0\d月|月0\d日/.exec(u.text);
    if (dateZero) {
      out.push(
        finding(
          'date-leading-zero',
          'warning',
          `日期的月、日不应有前导零：“${excerpt(u.text, dateZero.index, 8)}”`,
          at,
          { ...owner(u), fix: '去掉日期中的前导零' },
        ),
      );
    }
    const isBody = u.part === 'paragraph' || u.field === 'coverParagraphs';
    if (isBody && looksLikePageResidue(u.text)) {
      // a line copied from the web page around the notice: never "completed" into a sentence
      out.push(
        finding(
          'page-residue',
          'warning',
          `疑似网页残留，不是公文内容，请删除：“${excerpt(u.text, 0, 12)}”`,
          at,
          owner(u),
        ),
      );
    } else if (isBody && lacksFinalPunctuation(u.text) && !endsWithColon(u.text) && !(truncated && u === lastBody)) {
      out.push(
        finding('paragraph-end', 'warning', `段末缺少句末标点：“${excerpt(u.text, u.text.length - 1, 12)}”`, at, {
          ...owner(u),
          fix: '段末补“。”',
        }),
      );
    }
  }
  return out;
}

/** 今天是:, 打印本页, 您当前的位置：首页 > …: the importer's residue rule, plus a page's date line cut short. */
function looksLikePageResidue(text: string): boolean {
  const t = text.trim();
  return isResidueLine(t) || /^(?:今天是|今日是|当前位置|您的位置|您当前的位置)\s*[:：]/.test(t);
}

/** "主要任务如下：" introduces what follows: a 。 after the colon would be wrong. */
const endsWithColon = (text: string) => /[:：]\s*$/.test(text);

const unzeroDates = (t: string) => t.replace(/(\d{4}年)0(\d月)/g, '$1$2').replace(/月0(\d日)/g, '月$1');

export const textRule: Rule = {
  check: (ctx) => [...halfwidthFindings(ctx), ...perUnitFindings(ctx)],
  fixes: {
    'halfwidth-punctuation': (doc, f) => rewriteScope(doc, f, fixHalfwidth),
    'doubled-punctuation': (doc, f) => rewriteScope(doc, f, collapseDoubled),
    'extra-space': (doc, f) => rewriteScope(doc, f, removeSpacesAtPunctuation),
    'nested-title-marks': (doc, f) => rewriteScope(doc, f, fixNestedAngleMarks),
    'date-leading-zero': (doc, f) => rewriteScope(doc, f, unzeroDates),
    'paragraph-end': (doc, f) =>
      rewriteScope(doc, f, (t, part) =>
        part !== 'heading' && (part === 'paragraph' || f.field === 'coverParagraphs') && lacksFinalPunctuation(t)
          ? `${t.trimEnd()}。`
          : t,
      ),
  },
};
