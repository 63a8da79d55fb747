// Dates as copies type them. 二〇二四年 is often keyed with a digit zero, a letter O or a Greek Omicron
// (二0二四年, 二Ο二四年); read them like 〇 before the model's date parser sees them.
import { parseChineseDate } from '../../model/dates';

const ZERO_LIKE = /[0０OoΟοО◯○]/g;
const CHINESE_YEAR = /^([\s\u3000]*)([一二三四五六七八九〇零0０OoΟοО◯○]{4})(?=[\s\u3000]*年)/;

/** parseChineseDate, also for a Chinese-numeral year written with a zero look-alike. */
export function readDate(text: string): string | null {
  const iso = parseChineseDate(text);
  if (iso || !/[一二三四五六七八九]/.test(text)) return iso;
  const fixed = text.replace(CHINESE_YEAR, (_, space: string, year: string) => space + year.replace(ZERO_LIKE, '〇'));
  return fixed === text ? null : parseChineseDate(fixed);
}

/** A year in a date: Arabic, Chinese numerals, or Chinese numerals with a zero look-alike. */
export const YEAR = '(?:\\d{4}|[一二三四五六七八九〇零○0０OoΟοО◯]{4})';
