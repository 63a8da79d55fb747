// `yaodian check` on real files: lexicon findings in --json with code, matched text, suggestion and source; the
// source printed in the text report; the office's own lexicon read from the data folder (YAODIAN_DATA_DIR).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedPath, tempDir } from '../helpers/paths';
import { yaodian } from './run-cli';

const saved = process.env.YAODIAN_DATA_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.YAODIAN_DATA_DIR;
  else process.env.YAODIAN_DATA_DIR = saved;
});

const notice = [
  '2025年全市民政工作要点',
  '一、兜牢基本民生底线',
  '（一）完善社会救助。截止2024年底，全市低保对象1.2万人，深入学习贯彻党的20大精神。',
  '（二）发展养老服务。会同安监局开展养老机构安全检查，建成社区养老服务中心86个。',
].join('\n');

describe('yaodian check and the lexicon', () => {
  it('prints each lexicon finding in --json with code, matched text, suggestion and source', async () => {
    process.env.YAODIAN_DATA_DIR = tempDir();
    const file = join(tempDir(), '要点.txt');
    writeFileSync(file, notice);
    const r = await yaodian('check', file, '--json');
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    const words = findings.filter((f) =>
      ['wording', 'political-term', 'number-usage', 'name-change'].includes(f.code as string),
    );
    expect(words.map((f) => [f.code, f.matched, f.suggestion])).toEqual([
      ['wording', '截止', '截至'],
      ['number-usage', '党的20大', '党的二十大'],
      ['name-change', '安监局', '应急管理局（厅）'],
    ]);
    for (const f of words) expect(String(f.source)).toMatch(/现代汉语词典|GB\/T 15835|机构改革/);
    expect(r.code).toBe(1); // 党的20大 is an error
  });

  it('prints the source under each finding in the text report', async () => {
    process.env.YAODIAN_DATA_DIR = tempDir();
    const file = join(tempDir(), '要点.txt');
    writeFileSync(file, notice);
    const r = await yaodian('check', file);
    expect(r.stdout).toContain('依据：《现代汉语词典》（第7版，商务印书馆2016年）收“截至”');
    expect(r.stdout).toContain('可修复：改为“截至”');
  });

  it("uses the office's own entries from the data folder, and names a wrong file in Chinese", async () => {
    const dir = tempDir();
    process.env.YAODIAN_DATA_DIR = dir;
    writeFileSync(
      join(dir, 'office-lexicon.json'),
      JSON.stringify({
        entries: [
          {
            id: 'office-综合体',
            category: 'wording',
            wrong: ['社区养老服务中心'],
            right: '社区养老服务综合体',
            source: '本市社区养老服务设施命名规范',
            reason: '本市统一称“社区养老服务综合体”',
          },
        ],
      }),
    );
    const file = join(tempDir(), '要点.txt');
    writeFileSync(file, notice);
    const own = JSON.parse((await yaodian('check', file, '--json')).stdout) as { entryId?: string }[];
    expect(own.some((f) => f.entryId === 'office-综合体')).toBe(true);

    writeFileSync(
      join(dir, 'office-lexicon.json'),
      JSON.stringify({
        entries: [{ id: 'x', category: '用词', wrong: ['甲'], right: '乙', source: '本局', reason: '统一' }],
      }),
    );
    const bad = await yaodian('check', file);
    expect(bad.stdout).toMatch(
      /词表“.*office-lexicon\.json”第1条（x）的“类别”应为 wording、political-term、number-usage 或 name-change/,
    );
  });

  it('still reads the real seed with the lexicon on', async () => {
    const r = await yaodian('check', seedPath('jilin'), '--json');
    expect(r.code).toBe(0);
  });
});
