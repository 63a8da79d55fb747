// The grid arithmetic and the line model the export paginates with.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../shared/export/context';
import { geometryOf } from '../../shared/export/geometry';
import { breakLines, glyphsOf, lineTexts, widthOf, type Engine } from '../../shared/export/measure';
import { GBT9704_2012 } from '../../shared/export/profile';

const ctx = contextOf(GBT9704_2012);
const W = ctx.g.textWidth;
const linesOf = (text: string, engine: Engine, first = W) => {
  const gs = glyphsOf(text, ctx.body);
  return lineTexts(gs, breakLines(gs, { firstWidth: first, width: W, engine, size: ctx.body.size }));
};

describe('GB/T 9704 geometry', () => {
  it('derives the Word template values from the standard', () => {
    const g = geometryOf(GBT9704_2012);
    expect([g.pageWidth, g.pageHeight, g.marginTop, g.textWidth, g.textHeight]).toEqual([
      11906, 16838, 2098, 8844, 12756,
    ]);
    expect(g.linePitch).toBe(579); // floor(12756 / 22)
    expect(g.charSpacing).toBe(-5); // 16 pt condensed by 0.25 pt
    expect(g.cell).toBe(315);
    // Word's arithmetic: 28 characters fit the 442.2 pt 版心, 29 do not; 22 lines fit, 23 do not
    expect(28 * 15.75).toBeLessThanOrEqual(442.2);
    expect(29 * 15.75).toBeGreaterThan(442.2);
    expect(22 * g.linePitch).toBeLessThanOrEqual(g.textHeight);
    expect(23 * g.linePitch).toBeGreaterThan(g.textHeight);
  });
});

describe('glyph widths', () => {
  it('gives Chinese one cell, digits half, and widens ASCII punctuation to half a cell', () => {
    expect(widthOf(glyphsOf('民政', ctx.body))).toBe(630);
    expect(widthOf(glyphsOf('20', ctx.body))).toBe(310); // Times New Roman digits: 8 pt − 0.25 pt each
    for (const p of [',', ':', ';', '(', ')', '!', '?']) {
      const [g] = glyphsOf(`民${p}政`, ctx.body).slice(1, 2);
      expect(g.scale, p).toBeGreaterThan(100);
      expect(g.adv, p).toBeGreaterThanOrEqual(150);
      expect(g.adv, p).toBeLessThanOrEqual(157.5);
    }
    // inside a number the period keeps its own width
    expect(glyphsOf('3.5', ctx.body)[1].scale).toBeUndefined();
    // quotes, dashes, ellipses are East-Asian: a full cell
    for (const s of ['“', '”', '—', '…']) expect(glyphsOf(s, ctx.body)[0].adv).toBe(315);
  });
});

describe('line breaking', () => {
  it('sets 28 characters a line, 26 after the two-character indent', () => {
    const text = '民'.repeat(60);
    for (const engine of ['word', 'libreoffice'] as const) {
      expect(linesOf(text, engine, W - 630).map((l) => l.length)).toEqual([26, 28, 6]);
    }
  });

  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    for (const engine of ['word', 'libreoffice'] as const) {
      for (const p of ['）', '》', '”']) {
        const ls = linesOf(`${'民'.repeat(28)}${p}民政`, engine);
        expect(ls[1][0], `${engine} ${p}`).not.toBe(p);
        expect(ls[0]).toHaveLength(27);
      }
      for (const p of ['（', '《', '“']) {
        const ls = linesOf(`${'民'.repeat(27)}${p}民政`, engine);
        expect(ls[0].at(-1), `${engine} ${p}`).not.toBe(p);
      }
    }
  });

  it('lets 。，、 hang in the margin in Word, and pushes the last character down in LibreOffice', () => {
    for (const p of ['。', '，', '、']) {
      const text = `${'民'.repeat(28)}${p}民政`;
      expect(linesOf(text, 'word')).toEqual([`${'民'.repeat(28)}${p}`, '民政']);
      expect(linesOf(text, 'libreoffice')).toEqual(['民'.repeat(27), `民${p}民政`]);
    }
  });

  it('keeps a number or a Latin word whole', () => {
    for (const engine of ['word', 'libreoffice'] as const) {
      const ls = linesOf(`${'民'.repeat(26)}12345民政`, engine);
      expect(ls).toEqual(['民'.repeat(26), '12345民政']);
    }
  });

  it("adds LibreOffice's gap between Chinese and digits, which Word does not", () => {
    const text = '民2'.repeat(40);
    const word = linesOf(text, 'word');
    const lo = linesOf(text, 'libreoffice');
    expect(word[0]).toHaveLength(37); // 18 pairs (27 cells) and a 民: 27.86 cells; the 2 after it does not fit
    expect(lo[0].length).toBeLessThan(word[0].length);
  });
});
