// The real notices: their real problems, and nothing else once their punctuation is full-width again.
import { describe, expect, it } from 'vitest';
import { applyFix, runChecks } from '../../shared/checks';
import { fixHalfwidth } from '../../shared/checks/punctuation';
import { importText } from '../../shared/import/text';
import { readSeed, type SEEDS } from '../helpers/paths';

const imported = (name: keyof typeof SEEDS) => importText(readSeed(name));
/** The fixtures had their full-width punctuation converted to ASCII; this puts it back, line by line. */
const fullWidth = (name: keyof typeof SEEDS) => importText(readSeed(name).split('\n').map(fixHalfwidth).join('\n'));
/** What the lexicon finds in the Jiangsu notice (each read and confirmed in tests/checks/lexicon-allow-list.json). */
const JIANGSU_WORDS = [
  ['warning', 'number-usage', '六、“推进综合防灾减灾能力建设” 正文'],
  ['info', 'wording', '九、“提升民政信息化水平” 正文'],
  ['warning', 'number-usage', '九、“推进民政系统党风廉政建设” 正文'],
];
const isWords = (code: string) => ['wording', 'political-term', 'number-usage', 'name-change'].includes(code);
const summary = (doc: ReturnType<typeof importText>) => runChecks(doc).map((f) => [f.severity, f.code, f.location]);

describe('Jiangsu 2014 (web copy)', () => {
  it('reports the sixth heading that lost its 六, and the other real problems', () => {
    const findings = runChecks(imported('jiangsu'));
    expect(findings.map((f) => [f.severity, f.code, f.location])).toEqual([
      ['warning', 'halfwidth-punctuation', '全文'],
      ['error', 'number-missing', '六、'],
      ...JIANGSU_WORDS.slice(0, 1),
      ['warning', 'nested-title-marks', '九、“加强民政法制建设” 正文'],
      ['warning', 'extra-space', '九、“提升民政信息化水平” 正文'],
      ...JIANGSU_WORDS.slice(1),
    ]);
    expect(findings[1].message).toBe('标题“切实增强减灾救灾能力”前缺少序号，按顺序应为“六、”');
    expect(findings[0].message).toMatch(/共有 \d{3} 处半角标点/);
  });

  it('has the same real problems and nothing more in full-width form', () => {
    expect(summary(fullWidth('jiangsu'))).toEqual([
      ['error', 'number-missing', '六、'],
      ...JIANGSU_WORDS.slice(0, 1),
      ['warning', 'nested-title-marks', '九、“加强民政法制建设” 正文'],
      ['warning', 'extra-space', '九、“提升民政信息化水平” 正文'],
      ...JIANGSU_WORDS.slice(1),
    ]);
  });

  it('converts all 279 half-width marks with the one summarised fix, and nothing else changes', () => {
    const doc = imported('jiangsu');
    const summaryFinding = runChecks(doc)[0];
    const fixed = applyFix(doc, summaryFinding);
    expect(summary(fixed)).toEqual([
      ['error', 'number-missing', '六、'],
      ...JIANGSU_WORDS.slice(0, 1),
      ['warning', 'nested-title-marks', '九、“加强民政法制建设” 正文'],
      ['warning', 'extra-space', '九、“提升民政信息化水平” 正文'],
      ...JIANGSU_WORDS.slice(1),
    ]);
    // the same text as the notice with its punctuation restored line by line
    expect(fixed.sections.map((s) => s.children.map((c) => c.paragraphs))).toEqual(
      fullWidth('jiangsu').sections.map((s) => s.children.map((c) => c.paragraphs)),
    );
    expect(fixed.meta.recipients).toBe('各市、县（市、区）民政局，厅各处室、各直属单位');
  });

  it('fixes the number, the title marks and the space in one click each', () => {
    let doc = fullWidth('jiangsu');
    for (const code of ['number-missing', 'nested-title-marks', 'extra-space']) {
      const f = runChecks(doc).find((x) => x.code === code)!;
      doc = applyFix(doc, f);
    }
    // the lexicon's findings (year ranges with a hyphen, 其它) are left for their own fixes
    expect(runChecks(doc).filter((f) => !isWords(f.code))).toEqual([]);
    const text = doc.sections.flatMap((s) => s.children.flatMap((c) => c.paragraphs)).join('');
    expect(text).toContain('《江苏省实施〈军人抚恤优待条例〉办法》');
    expect(text).toContain('网站、“12349”');
  });
});

describe('Jilin 2024 (notice)', () => {
  it('reports the paragraph of (三十二) that ends without a full stop', () => {
    expect(summary(imported('jilin'))).toEqual([
      ['warning', 'halfwidth-punctuation', '全文'],
      ['warning', 'paragraph-end', '十、（三十二） 正文'],
    ]);
    expect(summary(fullWidth('jilin'))).toEqual([['warning', 'paragraph-end', '十、（三十二） 正文']]);
  });

  it('has no error, so the command line would exit 0', () => {
    expect(runChecks(imported('jilin')).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('Maoji 2025 (with a table of contents, cut off)', () => {
  it('shows what the importer found and nothing else', () => {
    expect(summary(fullWidth('maoji'))).toEqual([
      ['warning', 'import-truncated', '导入原文'],
      ['info', 'import-toc-found', '导入原文'],
      ['warning', 'import-toc-mismatch', '导入原文'],
      ['warning', 'number-usage', '二、（七） 正文'],
    ]);
  });
});
