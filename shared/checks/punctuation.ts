// Punctuation in Chinese text as pure string functions: what is wrong and the safe rewrite.
import { SENTENCE_END, isCjkCode } from './cjk';

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const FULL_COUNTERPARTS = /[，；：？！（）]/g;

export interface Hit {
  index: number;
  char: string;
  replacement: string;
}

const SPACE = 0x20;

/** Code unit of the nearest non-space character before i, or -1. */
function prevCode(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && text.charCodeAt(j) === SPACE) j--;
  return j >= 0 ? text.charCodeAt(j) : -1;
}

function nextCode(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === SPACE) j++;
  return j < text.length ? text.charCodeAt(j) : -1;
}

function hasCjk(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCjkCode(text.charCodeAt(i))) return true;
  return false;
}

const ANY_HALF = /[,;:?!()]/;
const HALF_MARKS = /[,;:?!()]/g;

/**
 * Half-width , ; : ? ! ( ) used in Chinese text: a mark with Chinese on either side. Digits around a mark
 * (1,000  10:30) and Latin text (Hello, world) are left alone. Parentheses go by pairs: a pair whose content
 * or surroundings are Chinese is Chinese ("县(市、区)", "(2011-2015年)").
 */
export function halfwidthHits(text: string): Hit[] {
  if (!ANY_HALF.test(text)) return [];
  const marks: number[] = [];
  for (const m of text.matchAll(HALF_MARKS)) marks.push(m.index!);
  // pair the parentheses: partner[k] is the index in marks of the matching one, or -1
  const partner = new Int32Array(marks.length).fill(-1);
  const stack: number[] = [];
  marks.forEach((i, k) => {
    if (text[i] === '(') stack.push(k);
    else if (text[i] === ')' && stack.length) {
      const open = stack.pop()!;
      partner[open] = k;
      partner[k] = open;
    }
  });
  const hits: Hit[] = [];
  marks.forEach((i, k) => {
    const ch = text[i];
    let chinese: boolean;
    if (partner[k] >= 0) {
      const open = ch === '(' ? i : marks[partner[k]];
      const close = ch === '(' ? marks[partner[k]] : i;
      chinese = isCjkCode(prevCode(text, open)) || isCjkCode(nextCode(text, close)) || hasCjk(text, open + 1, close);
    } else {
      chinese = isCjkCode(prevCode(text, i)) || isCjkCode(nextCode(text, i));
    }
    if (chinese) hits.push({ index: i, char: ch, replacement: HALF_TO_FULL[ch] });
  });
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

const PAIR_NAMES = ['双引号“”', '书名号《》', '括号（）'];
const ANY_PAIRED = /[“”《》()（）]/;

/** Names of the paired marks that do not balance in this text (a close before its open, or left open). */
/** "1)" "a)" "一）" as list markers inside a paragraph close no parenthesis. */
const LIST_MARKER = /(^|[：:；;，,。、\s])[0-9a-zA-Z一二三四五六七八九十]{1,2}[)）]/g;

export function unbalancedPairs(raw: string): string[] {
  if (!ANY_PAIRED.test(raw)) return [];
  const text = raw.replace(LIST_MARKER, '$1');
  const depth = [0, 0, 0];
  const bad = [false, false, false];
  const step = (k: number, d: number) => {
    depth[k] += d;
    if (depth[k] < 0) bad[k] = true;
  };
  for (let i = 0; i < text.length; i++) {
    switch (text[i]) {
      case '“':
        step(0, 1);
        break;
      case '”':
        step(0, -1);
        break;
      case '《':
        step(1, 1);
        break;
      case '》':
        step(1, -1);
        break;
      case '(':
      case '（':
        step(2, 1);
        break;
      case ')':
      case '）':
        step(2, -1);
        break;
    }
  }
  return PAIR_NAMES.filter((_, k) => bad[k] || depth[k] !== 0);
}

/** The same mark twice (。。 ，， ;;) is safe to collapse; different marks together (，。) need a person. */
const DOUBLED_SAME = /([。，、；：,;:])\1+/g;
const DOUBLED_MIXED = /[。，、；：,;:]{2,}/g;

const ANY_DOUBLED = /[。，、；：,;:]{2}/;

export function doubledPunctuation(text: string): { same: string[]; mixed: string[] } {
  if (!ANY_DOUBLED.test(text)) return { same: [], mixed: [] };
  const same = text.match(DOUBLED_SAME) ?? [];
  const mixed = (text.match(DOUBLED_MIXED) ?? []).filter(
    (m) => !new RegExp(`^(${m[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})+$`).test(m),
  );
  return { same, mixed };
}

export function collapseDoubled(text: string): string {
  return text.replace(DOUBLED_SAME, '$1');
}

/** Spaces next to Chinese punctuation ("网站、 “12349”"). Spaces between words or names are left alone. */
const SPACE_AT_PUNCT =
  /[ \u3000\t]+(?=[，。、；：！？“”‘’《》〈〉（）【】〔〕])|(?<=[，。、；：！？“”‘’《》〈〉（）【】〔〕])[ \u3000\t]+/g;

export function spacesAtPunctuation(text: string): number {
  if (!/[ \u3000\t]/.test(text)) return 0;
  return text.match(SPACE_AT_PUNCT)?.length ?? 0;
}

export function removeSpacesAtPunctuation(text: string): string {
  return text.replace(SPACE_AT_PUNCT, '');
}

/** A title inside a title uses 〈〉: 《江苏省实施〈军人抚恤优待条例〉办法》, not <>. */
const NESTED_ANGLE = /《[^《》]*<[^<>《》]*>[^《》]*》/g;

export function nestedAngleMarks(text: string): number {
  if (!text.includes('<')) return 0;
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
