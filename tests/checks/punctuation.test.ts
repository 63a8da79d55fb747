import { describe, expect, it } from 'vitest';
import {
  collapseDoubled,
  doubledPunctuation,
  fixHalfwidth,
  fixNestedAngleMarks,
  halfwidthHits,
  lacksFinalPunctuation,
  removeSpacesAtPunctuation,
  spacesAtPunctuation,
  unbalancedPairs,
} from '../../shared/checks/punctuation';
import { formatDocNumber, parseDocNumber } from '../../shared/checks/doc-number';

describe('half-width punctuation in Chinese text', () => {
  it.each([
    ['2024年,各县全面开展', '2024年，各县全面开展'],
    ['各市、县(市、区)民政局', '各市、县（市、区）民政局'],
    ['落实《规划(2011-2015年)》', '落实《规划（2011-2015年）》'],
    ['达到100%;为其他老年人', '达到100%；为其他老年人'],
    ['请问是否落实?是!', '请问是否落实？是！'],
    ['主要任务:一是', '主要任务：一是'],
    ['国内生产总值(GDP)增长', '国内生产总值（GDP）增长'],
  ])('%s → %s', (input, output) => {
    expect(fixHalfwidth(input)).toBe(output);
  });

  it.each([
    ['1,000 元'],
    ['增长3.5个百分点'],
    ['10:30 开会'],
    ['Hello, world (test)!'],
    ['GB/T 9704-2012'],
    ['全角，已经正确（无误）：是；'],
    ['http://www.mca.gov.cn'],
  ])('leaves %s alone', (input) => {
    expect(halfwidthHits(input)).toEqual([]);
  });

  it('reports the index and the replacement of each mark', () => {
    expect(halfwidthHits('工作,要点')).toEqual([{ index: 2, char: ',', replacement: '，' }]);
  });
});

describe('paired marks, doubled marks, spaces, nested titles, paragraph ends', () => {
  it('finds unbalanced quotes, title marks and parentheses', () => {
    expect(unbalancedPairs('坚持“两个确立”和《慈善法》（修订）')).toEqual([]);
    expect(unbalancedPairs('坚持“两个确立')).toEqual(['双引号“”']);
    expect(unbalancedPairs('落实慈善法》')).toEqual(['书名号《》']);
    expect(unbalancedPairs('”两个确立“')).toEqual(['双引号“”']); // closed before opened
    expect(unbalancedPairs('县(市、区）')).toEqual([]); // mixed widths still pair
    expect(unbalancedPairs('（一）“《')).toEqual(['双引号“”', '书名号《》']);
    expect(unbalancedPairs('主要包括：1)救助；2)帮扶；a)其他。')).toEqual([]); // list markers
    expect(unbalancedPairs('主要包括救助）帮扶')).toEqual(['括号（）']);
  });

  it('separates doubled marks (safe to collapse) from different marks together', () => {
    expect(doubledPunctuation('完成。。推进，，落实;;')).toEqual({ same: ['。。', '，，', ';;'], mixed: [] });
    expect(doubledPunctuation('完成，。推进')).toEqual({ same: [], mixed: ['，。'] });
    expect(doubledPunctuation('他说：“好。”……——')).toEqual({ same: [], mixed: [] });
    expect(collapseDoubled('完成。。推进，，，落实')).toBe('完成。推进，落实');
  });

  it('removes spaces next to Chinese punctuation only', () => {
    expect(spacesAtPunctuation('网站、 “12349”热线')).toBe(1);
    expect(removeSpacesAtPunctuation('网站、 “12349”热线')).toBe('网站、“12349”热线');
    expect(spacesAtPunctuation('中共中央办公厅 国务院办公厅')).toBe(0);
    expect(spacesAtPunctuation('“精准化管理 精细化服务”')).toBe(0);
  });

  it('turns <> inside 《》 into 〈〉', () => {
    expect(fixNestedAngleMarks('出台《江苏省实施<军人抚恤优待条例>办法》。')).toBe(
      '出台《江苏省实施〈军人抚恤优待条例〉办法》。',
    );
    expect(fixNestedAngleMarks('a < b > c')).toBe('a < b > c');
  });

  it('knows when a paragraph ends a sentence', () => {
    for (const ok of [
      '加强管理。',
      '是否？',
      '如下：',
      '第一项；',
      '组织“敬老月”活动。',
      '他说：“做好工作。”',
      '（详见附件。）',
    ]) {
      expect(lacksFinalPunctuation(ok), ok).toBe(false);
    }
    for (const bad of ['软环境建设等工作', '组织“敬老文明号”', '方案（2022-2025年）', '落实到位，', '']) {
      expect(lacksFinalPunctuation(bad), bad).toBe(bad !== '');
    }
  });
});

describe('发文字号', () => {
  it('reads the parts of a number in any bracket', () => {
    expect(parseDocNumber('吉民发〔2024〕3号')).toEqual({
      prefix: '吉民发',
      open: '〔',
      year: '2024',
      close: '〕',
      ordinal: '',
      number: '3',
      suffix: '号',
    });
    expect(parseDocNumber('苏民发[2014]第01号')).toMatchObject({ open: '[', close: ']', ordinal: '第', number: '01' });
    expect(parseDocNumber('皖民发【2025】12')).toMatchObject({ open: '【', number: '12', suffix: '' });
    expect(parseDocNumber('吉民发〔2025〕号')).toMatchObject({ number: '', suffix: '号' });
    expect(parseDocNumber('民政厅文件')).toBeNull();
    const p = parseDocNumber('苏民发(2014)1号')!;
    expect(formatDocNumber({ ...p, open: '〔', close: '〕' })).toBe('苏民发〔2014〕1号');
  });
});
