// The sample office lexicon shipped in samples/ is valid and does what docs/lexicon.md says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks';
import { lexiconWith } from '../../shared/checks/lexicon/builtin';
import { LexiconFileError, parseLexiconFile } from '../../shared/checks/lexicon/schema';
import { createDocument, createSection } from '../../shared/model';
import { repoRoot } from '../helpers/paths';

const sample = JSON.parse(readFileSync(join(repoRoot, 'samples', 'office-lexicon.json'), 'utf8'));
const doc = (year: number, text: string) =>
  createDocument({
    meta: { title: `${year}年全市民政工作要点` } as never,
    sections: [createSection(1, '发展养老服务', { paragraphs: [text] })],
  });

describe('office lexicon file', () => {
  it('the sample parses and its entries report, with since and context', () => {
    const lexicon = lexiconWith(parseLexiconFile(sample, 'office-lexicon.json', 'office'));
    const found = (year: number, text: string) =>
      runChecks(doc(year, text), { lexicon })
        .filter((f) => f.entryId?.startsWith('office-'))
        .map((f) => f.matched);
    expect(found(2025, '建成社区养老服务中心12个，市老龄办牵头。')).toEqual(['社区养老服务中心', '市老龄办']);
    expect(found(2024, '市老龄办牵头。')).toEqual([]); // changed in 2024: only later documents
    expect(found(2025, '原市老龄办的职责。')).toEqual([]);
  });

  it('names the entry and field of each problem in Chinese', () => {
    const bad = (entries: unknown[]) => {
      try {
        parseLexiconFile({ entries }, 'office-lexicon.json', 'office');
        return '';
      } catch (e) {
        expect(e).toBeInstanceOf(LexiconFileError);
        return (e as Error).message;
      }
    };
    const ok = { id: 'a', category: 'wording', wrong: ['甲'], right: '乙', source: '本局规定', reason: '统一用语' };
    expect(bad([ok, { ...ok, id: 'b', wrong: [] }])).toBe(
      '词表“office-lexicon.json”第2条（b）的“错误写法”缺少错误写法（wrong）',
    );
    expect(bad([{ ...ok, context: { after: '(' } }])).toBe(
      '词表“office-lexicon.json”第1条（a）的“上下文条件”（after）不是有效的正则表达式',
    );
    expect(bad([{ ...ok, since: '2018年' }])).toBe('词表“office-lexicon.json”第1条（a）的“变更年份”应为年份数字');
    expect(bad([{ ...ok, colour: 'red' }])).toBe('词表“office-lexicon.json”第1条（a）有不认识的字段：colour');
    expect(bad([ok, ok])).toBe('词表“office-lexicon.json”第2条的编号“a”与前面的条目重复');
    expect(() => parseLexiconFile([], 'x.json', 'office')).toThrow(/^词表“x.json”文件内容应为 \{"entries": \[...\]\}/);
  });
});
