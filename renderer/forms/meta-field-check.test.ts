// One bad field never stops saving: the form refuses, field by field, what the store would refuse.
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../shared/api/contract';
import { createDocument } from '../../shared/model/factory';
import { metaFieldProblem } from './meta-field-check';

describe('metaFieldProblem', () => {
  it('accepts a real date and an empty one', () => {
    expect(metaFieldProblem('date', '2027-01-15')).toBeNull();
    expect(metaFieldProblem('date', null)).toBeNull();
  });

  it('refuses a five-digit year and a day that does not exist, naming the field', () => {
    expect(metaFieldProblem('date', '20270-01-15')).toMatch(/^成文日期无效/);
    expect(metaFieldProblem('printedDate', '2027-02-30')).toMatch(/^印发日期无效.*2027-02-30/);
  });

  it('refuses a text too long for its field', () => {
    expect(metaFieldProblem('recipients', '各县民政局'.repeat(500))).toMatch(/^主送机关过长：最多 2000 字/);
    expect(metaFieldProblem('recipients', '各县民政局')).toBeNull();
  });

  it('whatever it accepts, the whole document still passes the save schema', () => {
    const values: Array<[string, string]> = [
      ['date', '2027-01-15'],
      ['date', '20270-01-15'],
      ['recipients', 'x'.repeat(2001)],
      ['cc', '民政部'],
    ];
    for (const [key, value] of values) {
      const doc = createDocument();
      const ok = metaFieldProblem(key as 'date', value) === null;
      const withValue = { ...doc, meta: { ...doc.meta, [key]: value } };
      expect(documentSchema.safeParse(withValue).success).toBe(ok);
    }
  });
});
