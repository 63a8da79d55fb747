// `yaodian new-from` on the real notices: the change list, the written draft, and refusals.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromJson } from '../../shared/model';
import { seedPath, tempDir } from '../helpers/paths';
import { yaodian } from '../checks/run-cli';

describe('yaodian new-from', { timeout: 120_000 }, () => {
  it("writes next year's draft as JSON and lists every change", async () => {
    const out = join(tempDir(), '2015.json');
    const r = await yaodian('new-from', seedPath('jiangsu'), '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('生成 2015 年草稿（保留全文）');
    expect(r.stdout).toContain('  [已改] 发文字号：苏民发〔2014〕1号 → 苏民发〔2015〕号');
    expect(r.stdout).toContain('  [已清空] 成文日期：2014年1月5日 → （空）');
    expect(r.stdout).toMatch(/\[待确认\] 三、“强化社会组织监督管理” 正文：.*到2014年底/);
    const doc = fromJson(JSON.parse(readFileSync(out, 'utf8')));
    expect(doc.meta.title).toBe('2015年全省民政工作要点');
    expect(doc.meta.date).toBeNull();
    expect(doc.sections).toHaveLength(10);
  });

  it('keeps only the skeleton for the year asked', async () => {
    const out = join(tempDir(), 'skeleton.json');
    const r = await yaodian('new-from', seedPath('jilin'), '--year', '2026', '--skeleton', '-o', out);
    expect(r.code).toBe(0);
    const doc = fromJson(JSON.parse(readFileSync(out, 'utf8')));
    expect(doc.meta.title).toBe('2026年全省民政工作要点');
    expect(doc.sections.flatMap((s) => [...s.paragraphs, ...s.children.flatMap((c) => c.paragraphs)])).toEqual([]);
    expect(doc.sections[10].children.at(-1)!.heading).toBe('加强民政干部队伍建设');
    expect(doc.numbering[2]).toBe('continuous');
  });

  it('refuses bad options in Chinese without writing anything', async () => {
    const out = join(tempDir(), 'x.json');
    const cases = [
      [['new-from', seedPath('jilin'), '--year', '25', '-o', out], '年度“25”无效'],
      [['new-from', seedPath('jilin')], '请用 -o 指定输出文件'],
      [['new-from', seedPath('jilin'), '-o', join(tempDir(), 'x.pdf')], '应为 .json 或 .docx'],
      [['new-from', seedPath('jilin'), '-o', seedPath('jilin')], '应为 .json 或 .docx'],
    ] as const;
    for (const [args, message] of cases) {
      const r = await yaodian(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('writes a .docx through the exporter', async () => {
    const out = join(tempDir(), '2025.docx');
    const r = await yaodian('new-from', seedPath('jilin'), '-o', out);
    expect(r.code).toBe(0);
    // read back by a real reader (python-docx), paragraph text joined across runs
    const text = execFileSync(
      '/usr/bin/python3',
      ['-c', 'import docx,sys; print("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs))', out],
      { encoding: 'utf8' },
    );
    expect(text).toContain('2025年全省民政工作要点');
    expect(text).not.toContain('2024年全省民政工作要点');
  });
});
