// Number usage (GB/T 15835, GB/T 15834 for ranges): patterns rather than words, read from data/number-usage.json.
// Each is one linear regular-expression scan, run only on texts holding a digit or a Chinese year.
import data from './data/number-usage.json';
import type { NumberPatternEntry } from './types';

interface NumberRuleData extends Omit<NumberPatternEntry, 'category'> {
  /** the match must contain one of these characters (a regular-expression class) */
  requires?: string;
  /** the match must contain a Chinese numeral 一–九 (a year in Chinese numerals, not 2024) */
  requiresChinese?: boolean;
  transform?: 'year-zero' | 'party-congress' | 'plenary-session';
}

export interface NumberRule extends NumberPatternEntry {
  regex: RegExp;
  requiresRe: RegExp | null;
  requiresChinese: boolean;
  transform: NumberRuleData['transform'];
}

export const NUMBER_RULES: readonly NumberRule[] = (data.rules as NumberRuleData[]).map((r) => ({
  ...r,
  category: 'number-usage' as const,
  regex: new RegExp(r.pattern, 'gu'),
  requiresRe: r.requires ? new RegExp(r.requires, 'u') : null,
  requiresChinese: !!r.requiresChinese,
  transform: r.transform,
}));

const DIGITS = '〇一二三四五六七八九';

/** 1–99 in Chinese numerals as in 二十大, 十九届. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

const asChinese = (s: string) => (/^\d+$/.test(s) ? chineseNumber(Number(s)) : s);

const TRANSFORMS: Record<NonNullable<NumberRuleData['transform']>, (m: RegExpExecArray) => string> = {
  'year-zero': (m) => m[0].replace(/[零○ＯO0０]/g, '〇'),
  'party-congress': (m) => `党的${chineseNumber(Number(m[1]))}大`,
  'plenary-session': (m) => `${asChinese(m[1])}届${asChinese(m[2])}中全会`,
};

export interface NumberHit {
  rule: NumberRule;
  start: number;
  end: number;
  matched: string;
  /** the corrected text, or the rule's advice when there is no unambiguous correction */
  right: string;
}

const MAYBE = /[0-9０-９零〇○ＯO]/;

function correction(rule: NumberRule, m: RegExpExecArray): string | null {
  if (rule.transform) return TRANSFORMS[rule.transform](m);
  if (rule.replace !== undefined) return rule.replace.replace(/\$(\d)/g, (_, k: string) => m[Number(k)] ?? '');
  return null;
}

export function numberHits(text: string): NumberHit[] {
  if (!MAYBE.test(text)) return [];
  const out: NumberHit[] = [];
  for (const rule of NUMBER_RULES) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
      if (rule.requiresRe && !rule.requiresRe.test(m[0])) continue;
      if (rule.requiresChinese && !/[一二三四五六七八九]/.test(m[0])) continue;
      const right = correction(rule, m) ?? rule.right;
      out.push({ rule, start: m.index, end: m.index + m[0].length, matched: m[0], right });
    }
  }
  return out;
}

/** Whether a rule corrects by itself (a replacement or a conversion), so one click may apply it. */
export function numberRuleFixes(rule: NumberRule): boolean {
  return !!rule.transform || rule.replace !== undefined;
}

export function replaceNumberHits(text: string, rule: NumberRule): string {
  const hits = numberHits(text).filter((h) => h.rule === rule && numberRuleFixes(rule));
  let out = '';
  let from = 0;
  for (const h of hits) {
    out += text.slice(from, h.start) + h.right;
    from = h.end;
  }
  return out + text.slice(from);
}
