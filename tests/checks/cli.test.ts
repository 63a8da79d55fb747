// `yaodian check` as a user runs it: the real bin, real files, exit codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colours, formatFindings } from '../../cli/commands/check';
import { exportDocumentToFile } from '../../electron/services/export-file';
import { fixHalfwidth } from '../../shared/checks/punctuation';
import { runChecks } from '../../shared/checks';
import { importText } from '../../shared/import/text';
import { readSeed, seedPath, tempDir } from '../helpers/paths';
import { yaodian } from './run-cli';

describe('yaodian check', { timeout: 120_000 }, () => {
  it("reports the Jiangsu notice's lost 六 and exits 1", async () => {
    const r = await yaodian('check', seedPath('jiangsu'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[错误] 六、  标题“切实增强减灾救灾能力”前缺少序号');
    expect(r.stdout).toContain('共 7 项：错误 1 项，警告 5 项，提示 1 项');
    expect(r.stdout).not.toContain('\x1b['); // not a terminal: no colour codes
  });

  it('exits 0 on a notice with warnings only, and prints JSON on request', async () => {
    const r = await yaodian('check', seedPath('jilin'), '--json');
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout);
    expect(findings.map((f: { code: string }) => f.code)).toEqual(['halfwidth-punctuation', 'paragraph-end']);
  });

  it('says in Chinese which file it cannot read, and exits 2', async () => {
    const missing = await yaodian('check', join(tempDir(), '没有这个文件.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/找不到文件“.*没有这个文件\.txt”/);
    const usage = await yaodian('check');
    expect([usage.code, usage.stderr]).toEqual([2, expect.stringContaining('请指定要检查的文件')]);
  });

  it('finds nothing in a correct full-width notice', async () => {
    const file = join(tempDir(), 'jilin-fullwidth.txt');
    writeFileSync(
      file,
      readSeed('jilin')
        .replace('软环境建设等工作\n', '软环境建设等工作。\n')
        .split('\n')
        .map((l) => l.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）').replace(/;/g, '；'))
        .join('\n'),
    );
    const r = await yaodian('check', file);
    expect([r.code, r.stdout.trim().split('\n').at(-1)]).toEqual([0, '未发现问题。']);
  });

  it('checks a Word file: the exported notice has its number back, the text problems remain', async () => {
    const file = join(tempDir(), '江苏2014.docx');
    await exportDocumentToFile(importText(readSeed('jiangsu').split('\n').map(fixHalfwidth).join('\n')), file);
    const r = await yaodian('check', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((f: { code: string; location: string }) => [f.code, f.location])).toEqual([
      ['number-usage', '六、“推进综合防灾减灾能力建设” 正文'],
      ['nested-title-marks', '九、“加强民政法制建设” 正文'],
      ['extra-space', '九、“提升民政信息化水平” 正文'],
      ['wording', '九、“提升民政信息化水平” 正文'],
      ['number-usage', '九、“推进民政系统党风廉政建设” 正文'],
    ]);
  });

  it('colours severities only when asked for a terminal', () => {
    const doc = importText(readSeed('jiangsu'));
    const plain = formatFindings(runChecks(doc), 'x.txt', doc, colours(false));
    const coloured = formatFindings(runChecks(doc), 'x.txt', doc, colours(true));
    expect(plain).not.toContain('\x1b[');
    expect(coloured).toContain('\x1b[31m[错误]\x1b[0m');
    expect(coloured.replace(/\x1b\[[\d;]*m/g, '')).toBe(plain);
  });
});
