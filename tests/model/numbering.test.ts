import { describe, expect, it } from 'vitest';
import { computeNumbers, createSection, fromChineseNumeral, labelFor, toChineseNumeral } from '../../shared/model';
import type { Level, NumberingModes, Section } from '../../shared/model';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [39, '三十九'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [9999, '九千九百九十九'],
    [10000, '一万'],
    [10001, '一万零一'],
    [10010, '一万零一十'],
    [10100, '一万零一百'],
    [10110, '一万零一百一十'],
    [11000, '一万一千'],
    [12000, '一万二千'],
    [15015, '一万五千零一十五'],
    [20000, '二万'],
    [20020, '二万零二十'],
    [99999, '九万九千九百九十九'],
  ])('%i ↔ %s', (n, cn) => {
    expect(toChineseNumeral(n)).toBe(cn);
    expect(fromChineseNumeral(cn)).toBe(n);
  });

  it('round-trips every number to 99,999, each written once', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 99_999; n++) {
      const cn = toChineseNumeral(n);
      if (fromChineseNumeral(cn) !== n) expect(fromChineseNumeral(cn)).toBe(n);
      seen.add(cn);
    }
    expect(seen.size).toBe(99_999);
  });

  it('reads the variants a source prints: 两, 〇, 一十', () => {
    expect(fromChineseNumeral('两万')).toBe(20_000);
    expect(fromChineseNumeral('一万〇一')).toBe(10_001);
    expect(fromChineseNumeral('一十二')).toBe(12);
  });

  it('rejects what is not a numeral, and numbers past 99,999', () => {
    expect(fromChineseNumeral('abc')).toBeNull();
    expect(fromChineseNumeral('十万')).toBeNull();
    expect(fromChineseNumeral('万万')).toBeNull();
    expect(fromChineseNumeral('万')).toBeNull();
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(100_000)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });

  it('prints labels per level', () => {
    expect(labelFor(1, '三')).toBe('三、');
    expect(labelFor(2, '三十九')).toBe('（三十九）');
    expect(labelFor(3, '4')).toBe('4.');
    expect(labelFor(4, '2')).toBe('（2）');
    expect(labelFor(2, null)).toBe('');
  });
});

function tree(): Section[] {
  const s = (level: Level, id: string, children: Section[] = []) => createSection(level, id, { id, children });
  return [
    s(1, 'a', [s(2, 'a1'), s(2, 'a2', [s(3, 'a2x'), s(3, 'a2y')])]),
    s(1, 'b', [s(2, 'b1', [s(3, 'b1x')]), s(3, 'b-skip')]),
    s(1, 'c', [s(2, 'c1')]),
  ];
}

describe('computeNumbers', () => {
  const numbersOf = (modes: NumberingModes) => {
    const map = computeNumbers(tree(), modes);
    return Object.fromEntries([...map].map(([id, n]) => [id, n.number]));
  };

  it('restarts under each parent', () => {
    const n = numbersOf({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(n).toEqual({
      a: '一',
      a1: '一',
      a2: '二',
      a2x: '1',
      a2y: '2',
      b: '二',
      b1: '一',
      b1x: '1',
      'b-skip': '2',
      c: '三',
      c1: '一',
    });
  });

  it('numbers a level continuously through the document', () => {
    const n = numbersOf({ 1: 'restart', 2: 'continuous', 3: 'restart', 4: 'restart' });
    expect([n.a1, n.a2, n.b1, n.c1]).toEqual(['一', '二', '三', '四']);
    expect([n.a2x, n.a2y, n.b1x]).toEqual(['1', '2', '1']);
  });

  it('leaves an un-numbered level without numbers and gives paths', () => {
    const map = computeNumbers(tree(), { 1: 'restart', 2: 'none', 3: 'restart', 4: 'restart' });
    expect(map.get('a1')).toEqual({ number: null, label: '', path: ['一、', 'a1'] });
    expect(map.get('a2x')?.path).toEqual(['一、', 'a2', '1.']);
  });
});
