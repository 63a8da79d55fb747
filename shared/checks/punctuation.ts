// Punctuation in Chinese text as pure string functions: what is wrong and the safe rewrite.
import { SENTENCE_END, isCjk } from './cjk';

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const FULL_COUNTERPARTS = /[，；：？！（）]/g;

export interface Hit {
  index: number;
  char: string;
  replacement: string;
}

function prevChar(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && text[j] === ' ') j--;
  return j >= 0 ? text[j] : undefined;
}

function nextChar(text: string, i: number): string | undefined {
  let j = i + 1;
  while (j < text.length && text[j] === ' ') j++;
  return j < text.length ? text[j] : undefined;
}

/**
 * Half-width , ; : ? ! ( ) used in Chinese text: a mark with Chinese on either side. Digits around a mark
 * (1,000  10:30) and Latin text (Hello, world) are left alone. Parentheses go by pairs: a pair whose content
 * or surroundings are Chinese is Chinese ("县(市、区)", "(2011-2015年)").
 */
export function halfwidthHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const stack: number[] = [];
  const pairs = new Map<number, number>(); // open index → close index
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') stack.push(i);
    else if (text[i] === ')' && stack.length) pairs.set(stack.pop()!, i);
  }
  const closeOf = new Map<number, number>([...pairs].map(([o, c]) => [c, o]));
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!(ch in HALF_TO_FULL)) continue;
    let chinese: boolean;
    if (ch === '(' && pairs.has(i)) {
      const close = pairs.get(i)!;
      chinese = isCjk(prevChar(text, i)) || isCjk(nextChar(text, close)) || [...text.slice(i + 1, close)].some((c) => isCjk(c));
    } else if (ch === ')' && closeOf.has(i)) {
      const open = closeOf.get(i)!;
      chinese = isCjk(prevChar(text, open)) || isCjk(nextChar(text, i)) || [...text.slice(open + 1, i)].some((c) => isCjk(c));
    } else {
      chinese = isCjk(prevChar(text, i)) || isCjk(nextChar(text, i));
    }
    if (chinese) hits.push({ index: i, char: ch, replacement: HALF_TO_FULL[ch] });
  }
  return hits;
}

export function fixHalfwidth(text: string): string {
  const hits = halfwidthHits(text);
  if (!hits.length) return text;
  const chars = text.split('');
  for (const h of hits) chars[h.index] = h.replacement;
  return chars.join('');
}

export function countFullwidth(text: string): number {
  return text.match(FULL_COUNTERPARTS)?.length ?? 0;
}

const PAIRS: Array<{ open: string; close: string; name: string }> = [
  { open: '“', close: '”', name: '双引号“”' },
  { open: '《', close: '》', name: '书名号《》' },
  { open: '（(', close: '）)', name: '括号（）' },
];

/** Names of the paired marks that do not balance in this text (a close before its open, or left open). */
export function unbalancedPairs(text: string): string[] {
  const out: string[] = [];
  for (const p of PAIRS) {
    let depth = 0;
    let bad = false;
    for (const ch of text) {
      if (p.open.includes(ch)) depth++;
      else if (p.close.includes(ch)) {
        depth--;
        if (depth < 0) bad = true;
      }
    }
    if (bad || depth !== 0) out.push(p.name);
  }
  return out;
}

/** The same mark twice (。。 ，， ;;) is safe to collapse; different marks together (，。) need a person. */
const DOUBLED_SAME = /([。，、；：,;:])\1+/g;
const DOUBLED_MIXED = /[。，、；：,;:]{2,}/g;

export function doubledPunctuation(text: string): { same: string[]; mixed: string[] } {
  const same = text.match(DOUBLED_SAME) ?? [];
  const mixed = (text.match(DOUBLED_MIXED) ?? []).filter((m) => !new RegExp(`^(${m[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})+$`).test(m));
  return { same, mixed };
}

export function collapseDoubled(text: string): string {
  return text.replace(DOUBLED_SAME, '$1');
}

/** Spaces next to Chinese punctuation ("网站、 “12349”"). Spaces between words or names are left alone. */
const SPACE_AT_PUNCT = /[ \u3000\t]+(?=[，。、；：！？“”‘’《》〈〉（）【】〔〕])|(?<=[，。、；：！？“”‘’《》〈〉（）【】〔〕])[ \u3000\t]+/g;

export function spacesAtPunctuation(text: string): number {
  return text.match(SPACE_AT_PUNCT)?.length ?? 0;
}

export function removeSpacesAtPunctuation(text: string): string {
  return text.replace(SPACE_AT_PUNCT, '');
}

/** A title inside a title uses 〈〉: 《江苏省实施〈军人抚恤优待条例〉办法》, not <>. */
const NESTED_ANGLE = /《[^《》]*<[^<>《》]*>[^《》]*》/g;

export function nestedAngleMarks(text: string): number {
  return text.match(NESTED_ANGLE)?.length ?? 0;
}

export function fixNestedAngleMarks(text: string): string {
  return text.replace(NESTED_ANGLE, (m) => m.replace(/</g, '〈').replace(/>/g, '〉'));
}

/** Body text should end a sentence; a closing quote, bracket or title mark after the sentence end is fine. */
export function lacksFinalPunctuation(text: string): boolean {
  const core = text.trimEnd().replace(/[”’」』）)》〉]+$/, '');
  return core !== '' && !SENTENCE_END.test(core);
}
