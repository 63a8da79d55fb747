// 文号 boxes: a pasted whole 文号 splits, full-width digits are read, no empty 〔〕 is ever printed.
import { describe, expect, it } from 'vitest';
import { joinDocNumber, pastedDocNumber, splitDocNumber } from './doc-number';

describe('文号 boxes', () => {
  const cases: Array<[string, string | null, { org: string; year: string; seq: string } | null]> = [
    ['a whole 文号', '咸民发〔2027〕1号', { org: '咸民发', year: '2027', seq: '1' }],
    ['square brackets and 第', '苏民发[2014]第12号', { org: '苏民发', year: '2014', seq: '12' }],
    ['full-width digits', '咸民发〔２０２７〕３号', { org: '咸民发', year: '2027', seq: '3' }],
    ['spaces around the parts', ' 咸民发 〔2027〕 1 号 ', { org: '咸民发', year: '2027', seq: '1' }],
    ['plain text is not a 文号', '咸阳市民政局', null],
  ];
  for (const [name, input, output] of cases) {
    it(`pastedDocNumber: ${name}`, () => expect(pastedDocNumber(input!)).toEqual(output));
  }

  it('joins the boxes with 〔〕 and 号, full-width digits read as digits', () => {
    expect(joinDocNumber({ org: '咸民发', year: '２０２８', seq: '０１' })).toBe('咸民发〔2028〕1号');
  });

  it('prints no empty 〔〕 without a year, and the boxes read back what was typed', () => {
    const printed = joinDocNumber({ org: '咸民发', year: '', seq: '5' });
    expect(printed).toBe('咸民发5号');
    expect(splitDocNumber(printed)).toEqual({ org: '咸民发', year: '', seq: '5' });
    expect(joinDocNumber({ org: '咸民发', year: '', seq: '' })).toBe('咸民发');
    expect(joinDocNumber({ org: '', year: '', seq: '' })).toBeNull();
  });

  it('splits a stored 文号 back into its boxes', () => {
    expect(splitDocNumber('咸民发〔2027〕1号')).toEqual({ org: '咸民发', year: '2027', seq: '1' });
    expect(splitDocNumber(null)).toEqual({ org: '', year: '', seq: '' });
  });
});
