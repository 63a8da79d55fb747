// 规范检查 that knows the words: every text of the document through the lexicon (one automaton pass each)
// and the number patterns of GB/T 15835. A finding names the matched text, the right form and the source;
// the fix replaces that entry's hits in the same section or field when the replacement is unambiguous.
import { detectPlanYear } from '../../new-year/plan-year';
import { excerpt, locationOf, partName, type CheckContext, type CheckOptions, type Rule } from '../finding';
import { rewriteScope, type TextUnit } from '../scope';
import type { Finding } from '../types';
import { builtinLexicon } from './builtin';
import type { CompiledLexicon } from './matcher';
import { NUMBER_RULES, numberHits, numberRuleFixes, replaceNumberHits } from './number-rules';

export const LEXICON_CODES = ['wording', 'political-term', 'number-usage', 'name-change'] as const;

const lexiconOf = (options: CheckOptions): CompiledLexicon => options.lexicon ?? builtinLexicon();

/** The owner a finding and its fix are scoped to: a section, a notice field, or the preamble. */
function owner(u: TextUnit) {
  return { sectionId: u.sectionId, field: u.sectionId ? null : u.field };
}

function where(ctx: CheckContext, u: TextUnit): string {
  const part = partName(ctx, u);
  return part ? `${locationOf(ctx, u)} ${part}` : locationOf(ctx, u);
}

interface Made {
  code: string;
  severity: Finding['severity'];
  entryId: string;
  matched: string;
  right: string;
  reason: string;
  source: string;
  fixable: boolean;
  index: number;
}

function toFinding(ctx: CheckContext, u: TextUnit, m: Made): Finding {
  const o = owner(u);
  const scopeKey = o.sectionId ?? o.field ?? '';
  return {
    code: m.code,
    severity: m.severity,
    message: `“${m.matched}”应为“${m.right}”：${m.reason}（“${excerpt(u.text, m.index, 10)}”）`,
    location: where(ctx, u),
    sectionId: o.sectionId,
    field: o.field,
    fix: m.fixable ? { label: `改为“${m.right}”` } : null,
    matched: m.matched,
    suggestion: m.right,
    source: m.source,
    entryId: m.entryId,
    ignoreKey: `${m.entryId}@${scopeKey}:${m.matched}`,
  };
}

function check(ctx: CheckContext): Finding[] {
  const lexicon = lexiconOf(ctx.options);
  const year = detectPlanYear(ctx.doc)?.year ?? null;
  const out: Finding[] = [];
  for (const u of ctx.units) {
    const made: Made[] = [];
    for (const h of lexicon.find(u.text, year)) {
      const e = h.entry;
      made.push({
        code: e.category,
        severity: e.severity ?? 'warning',
        entryId: e.id,
        matched: h.matched,
        right: e.right,
        reason: e.reason,
        source: e.source,
        fixable: !!e.fix,
        index: h.start,
      });
    }
    for (const h of numberHits(u.text)) {
      const e = h.rule;
      made.push({
        code: 'number-usage',
        severity: e.severity ?? 'warning',
        entryId: e.id,
        matched: h.matched,
        right: h.right,
        reason: e.reason,
        source: e.source,
        fixable: numberRuleFixes(e),
        index: h.start,
      });
    }
    made.sort((a, b) => a.index - b.index);
    for (const m of made) out.push(toFinding(ctx, u, m));
  }
  return out;
}

function fix(doc: Parameters<NonNullable<Rule['fixes']>[string]>[0], f: Finding, options: CheckOptions) {
  if (!f.entryId) return doc;
  const year = detectPlanYear(doc)?.year ?? null;
  const numberRule = NUMBER_RULES.find((r) => r.id === f.entryId);
  const rewrite = numberRule
    ? (t: string) => replaceNumberHits(t, numberRule)
    : (t: string) => lexiconOf(options).replace(t, f.entryId!, year);
  return rewriteScope(doc, f, rewrite);
}

export const lexiconRule: Rule = {
  check,
  fixes: Object.fromEntries(LEXICON_CODES.map((c) => [c, fix])),
};
