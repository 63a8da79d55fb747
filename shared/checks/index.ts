// 规范检查: runs every rule over a document; applyFix applies one finding's safe fix.
import { flatten } from '../model/tree';
import type { YaodianDocument } from '../model/types';
import { makeContext, type CheckOptions, type Rule } from './finding';
import { completenessRule } from './completeness-rules';
import { headingRule } from './heading-rules';
import { importRule } from './import-rules';
import { lexiconRule } from './lexicon/rule';
import { FIELD_NAMES } from './locations';
import { metaRule } from './meta-rules';
import { numberingRule } from './numbering-rules';
import { REVIEW_CODE } from '../new-year/review-marks';
import { reviewRule } from './review-rules';
import { textRule } from './text-rules';
import { wordingRule } from './wording-rules';
import type { Finding } from './types';

export type { Finding } from './types';
export type { CheckOptions } from './finding';

const RULES: Rule[] = [
  metaRule,
  numberingRule,
  headingRule,
  textRule,
  importRule,
  lexiconRule,
  wordingRule,
  reviewRule,
];

/** Notice fields first (in printed order), then whole-document findings, then sections in document order. */
function order(doc: YaodianDocument, findings: Finding[]): Finding[] {
  const fieldRank = new Map(Object.keys(FIELD_NAMES).map((k, i) => [k, i]));
  const sectionRank = new Map(flatten(doc.sections).map(({ section }, i) => [section.id, i]));
  const fields = fieldRank.size;
  const rank = (f: Finding) => {
    if (f.field && !f.sectionId) return fieldRank.get(f.field) ?? fields;
    if (f.location === '全文' || (!f.sectionId && !f.field)) return fields + 1;
    return fields + 2 + (sectionRank.get(f.sectionId!) ?? 0);
  };
  return findings
    .map((f, i) => ({ f, i, r: rank(f) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.f);
}

/** Every rule's findings, in order (with `completeness`, also what the document lacks before export). */
export function runChecks(doc: YaodianDocument, options: CheckOptions = {}): Finding[] {
  const ctx = makeContext(doc, options);
  const rules = options.completeness ? [...RULES, completenessRule] : RULES;
  return order(
    doc,
    rules.flatMap((r) => r.check(ctx)),
  );
}

/** Applies a finding's safe fix; returns the document unchanged when the finding has none. */
export function applyFix(doc: YaodianDocument, finding: Finding, options: CheckOptions = {}): YaodianDocument {
  if (!finding.fix) return doc;
  for (const rule of RULES) {
    const fix = rule.fixes?.[finding.code];
    if (fix) return fix(doc, finding, options);
  }
  return doc;
}

/** Applies every fix the findings offer, re-checking between fixes (one fix may settle others). */
export function applyAllFixes(doc: YaodianDocument, maxRounds = 500, options: CheckOptions = {}): YaodianDocument {
  let current = doc;
  for (let round = 0; round < maxRounds; round++) {
    // a 请核对 mark is resolved by a person, never by "fix everything"
    const next = runChecks(current, options).find((f) => f.fix && f.code !== REVIEW_CODE);
    if (!next) return current;
    const fixed = applyFix(current, next, options);
    if (fixed === current) return current;
    current = fixed;
  }
  return current;
}
