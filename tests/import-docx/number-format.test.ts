// Word's list number formats as Word prints them.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../shared/import/docx/number-format';

const cases: Array<[string, number, string]> = [
  ['chineseCounting', 1, '一'],
  ['chineseCounting', 10, '十'],
  ['chineseCounting', 11, '十一'],
  ['chineseCounting', 20, '二十'],
  ['chineseCounting', 39, '三十九'],
  ['chineseCounting', 100, '一百'],
  ['chineseCountingThousand', 105, '一百零五'],
  ['japaneseCounting', 12, '十二'],
  ['taiwaneseCounting', 3, '三'],
  ['chineseLegalSimplified', 3, '叁'],
  ['chineseLegalSimplified', 11, '壹拾壹'],
  ['chineseLegalSimplified', 26, '贰拾陆'],
  ['ideographLegalTraditional', 2, '貳'],
  ['decimal', 7, '7'],
  ['decimalZero', 7, '07'],
  ['decimalZero', 12, '12'],
  ['decimalFullWidth', 12, '１２'],
  ['decimalFullWidth2', 3, '３'],
  ['decimalEnclosedCircle', 1, '①'],
  ['decimalEnclosedCircle', 20, '⑳'],
  ['decimalEnclosedCircleChinese', 21, '㉑'],
  ['decimalEnclosedFullstop', 3, '⒊'],
  ['decimalEnclosedParen', 4, '⑷'],
  ['ideographEnclosedCircle', 1, '㊀'],
  ['ideographDigital', 2024, '二〇二四'],
  ['ideographTraditional', 1, '甲'],
  ['ideographTraditional', 10, '癸'],
  ['ideographTraditional', 11, '甲'],
  ['ideographZodiac', 12, '亥'],
  ['ideographZodiacTraditional', 2, '乙丑'],
  ['upperLetter', 1, 'A'],
  ['upperLetter', 27, 'AA'],
  ['lowerLetter', 28, 'bb'],
  ['upperRoman', 14, 'XIV'],
  ['lowerRoman', 9, 'ix'],
  ['none', 5, ''],
  ['bullet', 5, ''],
  ['someFutureFormat', 8, '8'],
];

describe('formatNumber', () => {
  it.each(cases)('%s %i → %s', (fmt, n, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});
