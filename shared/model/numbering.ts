// Numbers are computed from the tree and the per-level modes; they are never stored as text.
import type { Level, NumberingModes, Section } from './types';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * The largest number the Chinese numerals here write and read: 九万九千九百九十九. LIMITS.sections (20,000)
 * stays below it, so no numbering mode can run out of numerals.
 */
export const MAX_CHINESE_NUMERAL = 99_999;

const UNITS: ReadonlyArray<[number, string]> = [
  [10_000, '万'],
  [1000, '千'],
  [100, '百'],
  [10, '十'],
];

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十, 10010 → 一万零一十, 20000 → 二万
 * (up to 99,999). Zeros between digits are read once (零); a 十 after a higher unit keeps its 一 (一百一十).
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) throw new RangeError(`无法用中文数字表示：${n}`);
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [value, name] of UNITS) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d) {
      if (pendingZero) out += '零';
      out += DIGITS[d] + name;
      pendingZero = false;
    } else if (out) {
      pendingZero = true;
    }
  }
  if (rest) out += (pendingZero ? '零' : '') + DIGITS[rest];
  return out;
}

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * 一 → 1, 十一 → 11, 三十九 → 39, 一百零五 → 105, 一万零一十 → 10010; also 〇/零/两. Returns null for anything
 * else, and for numbers past MAX_CHINESE_NUMERAL (十万).
 */
export function fromChineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return null;
  const [high, low, ...more] = text.split('万');
  if (more.length) return null;
  if (low === undefined) return readBelowTenThousand(high);
  // 万 multiplies the one digit before it (十万 and more are past the range; 万 alone is no number)
  const tenThousands = DIGIT_VALUES[high];
  if (!tenThousands) return null;
  return tenThousands * 10_000 + (low === '' ? 0 : readBelowTenThousand(low));
}

function readBelowTenThousand(text: string): number {
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch in DIGIT_VALUES) current = DIGIT_VALUES[ch];
    else {
      total += (current || 1) * UNIT_VALUES[ch];
      current = 0;
    }
  }
  return total + current;
}

/** The numeral as printed without punctuation: level 1–2 Chinese, 3–4 Arabic. */
export function numeralFor(level: Level, n: number): string {
  return level <= 2 ? toChineseNumeral(n) : String(n);
}

/** The full label as GB/T 9704 prints it: 一、 / (一) / 1. / (1), with full-width parentheses. */
export function labelFor(level: Level, numeral: string | null): string {
  if (numeral === null) return '';
  switch (level) {
    case 1:
      return `${numeral}、`;
    case 2:
      return `（${numeral}）`;
    case 3:
      return `${numeral}.`;
    case 4:
      return `（${numeral}）`;
  }
}

export interface SectionNumber {
  /** numeral without punctuation ("三十九", "4"), null when the level is un-numbered */
  number: string | null;
  /** label as printed ("（三十九）"), empty when un-numbered */
  label: string;
  /** labels of the ancestors and this section, e.g. ["二、", "（三）"], for locations in messages */
  path: string[];
}

/**
 * Numbers every section. A level in 'restart' mode starts again at 1 whenever a section of a higher
 * (smaller) level appears; 'continuous' never restarts; 'none' prints no number.
 */
export function computeNumbers(sections: readonly Section[], modes: NumberingModes): Map<string, SectionNumber> {
  const counters: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const out = new Map<string, SectionNumber>();
  const visit = (list: readonly Section[], parentPath: string[]) => {
    for (const s of list) {
      for (const deeper of [2, 3, 4] as Level[]) {
        if (deeper > s.level && modes[deeper] === 'restart') counters[deeper] = 0;
      }
      let number: string | null = null;
      if (modes[s.level] !== 'none') {
        counters[s.level] += 1;
        number = numeralFor(s.level, counters[s.level]);
      }
      const label = labelFor(s.level, number);
      const path = [...parentPath, label || s.heading.slice(0, 12)];
      out.set(s.id, { number, label, path });
      visit(s.children, path);
    }
  };
  visit(sections, []);
  return out;
}
