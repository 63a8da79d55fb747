// Number labels in the variants real notices use, half- and full-width.
import { describe, expect, it } from 'vitest';
import { parseLabel, parseListLabel } from '../../shared/import/text/labels';

describe('parseLabel', () => {
  const cases: Array<[string, number, number, string, string]> = [
    // text, level, number, label as printed, rest
    ['一、加快发展', 1, 1, '一、', '加快发展'],
    ['十一.坚持从严治党', 1, 11, '十一.', '坚持从严治党'],
    ['三．推进改革', 1, 3, '三．', '推进改革'],
    ['二十、 标题', 1, 20, '二十、', '标题'],
    ['(一)正确把握悟。深刻领悟', 2, 1, '(一)', '正确把握悟。深刻领悟'],
    ['（三十九）加强队伍', 2, 39, '（三十九）', '加强队伍'],
    ['(一)、完善救助', 2, 1, '(一)、', '完善救助'],
    ['（ 二 ） 健全养老', 2, 2, '（二）', '健全养老'],
    ['1.提高标准', 3, 1, '1.', '提高标准'],
    ['12、提高标准', 3, 12, '12、', '提高标准'],
    ['3．提高标准', 3, 3, '3．', '提高标准'],
    ['４．全角数字', 3, 4, '４．', '全角数字'],
    ['１２、全角数字', 3, 12, '１２、', '全角数字'],
    ['1、2024年起实施', 3, 1, '1、', '2024年起实施'],
    ['⒉点号数字', 3, 2, '⒉', '点号数字'],
    ['(1)提标工作', 4, 1, '(1)', '提标工作'],
    ['（10）提标工作', 4, 10, '（10）', '提标工作'],
    ['（１）全角', 4, 1, '（１）', '全角'],
    ['2)半括号', 4, 2, '2)', '半括号'],
    ['⑴带括号数字', 4, 1, '⑴', '带括号数字'],
    ['③圈号', 4, 3, '③', '圈号'],
    ['㉑圈号二十一', 4, 21, '㉑', '圈号二十一'],
  ];
  it.each(cases)('%s', (text, level, n, label, rest) => {
    expect(parseLabel(text)).toEqual({ level, n, label, rest });
  });

  it.each([
    '2024年,全省民政工作要…',
    '1.5万元补助资金',
    '3、4月份开展排查',
    '一是加强领导',
    '一些地方',
    '十分重要',
    '(此件公开发布)',
    '（2022-2025年）实施方案',
    '第一,加强领导',
    '',
  ])('is not a label: %s', (text) => {
    expect(parseLabel(text)).toBeNull();
  });

  it('reads Word list labels given apart from the text', () => {
    expect(parseListLabel('一、')).toMatchObject({ level: 1, n: 1 });
    expect(parseListLabel('（二）')).toMatchObject({ level: 2, n: 2 });
    expect(parseListLabel('3.')).toMatchObject({ level: 3, n: 3 });
    expect(parseListLabel('●')).toBeNull();
  });
});
