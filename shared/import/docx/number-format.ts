// Word's list number formats (w:numFmt), rendered as Word prints them, for the formats Chinese documents use
// and the common Western ones. Unknown formats fall back to Arabic digits, as Word does for formats it lacks.
import { MAX_CHINESE_NUMERAL, toChineseNumeral } from '../../model/numbering';

const DIGITS = '〇一二三四五六七八九';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL_SIMPLIFIED: Record<string, string> = {
  一: '壹',
  二: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟',
  零: '零',
};
const LEGAL_TRADITIONAL: Record<string, string> = { ...LEGAL_SIMPLIFIED, 二: '貳', 三: '參', 六: '陸' };

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function chineseCounting(n: number): string {
  if (n === 0) return '〇';
  return n >= 1 && n <= MAX_CHINESE_NUMERAL ? toChineseNumeral(n) : String(n);
}

/** Financial numerals write the leading one of 10–19: 壹拾壹, not 拾壹. */
function legalCounting(n: number): string {
  const plain = chineseCounting(n);
  return n >= 10 && n <= 19 ? `一${plain}` : plain;
}

function enclosed(n: number, first: number, max = 20): string {
  return n >= 1 && n <= max ? String.fromCodePoint(first + n - 1) : String(n);
}

function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3280, 10);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return [...legalCounting(n)].map((c) => LEGAL_SIMPLIFIED[c] ?? c).join('');
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return [...legalCounting(n)].map((c) => LEGAL_TRADITIONAL[c] ?? c).join('');
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return String(n).replace(/[0-9]/g, (d) => DIGITS[Number(d)]);
    case 'ideographTraditional':
      return n >= 1 ? STEMS[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? BRANCHES[(n - 1) % 12] : String(n);
    case 'ideographZodiacTraditional':
      return n >= 1 ? STEMS[(n - 1) % 10] + BRANCHES[(n - 1) % 12] : String(n);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'numberInDash':
      return `- ${n} -`;
    default:
      return String(n);
  }
}
