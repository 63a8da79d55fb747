// yaodian import: the outline, the JSON, and one Chinese line on stderr with a non-zero exit for bad input.
import { execFile } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/import';
import { fromJson } from '../../shared/model/interchange';
import { repoRoot, seedPath, tempDir } from '../helpers/paths';
import { countLevel } from './helpers';

const dir = tempDir('yaodian-cli-import-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(console, 'log').mockImplementation((...a) => void (out += `${a.join(' ')}\n`));
  vi.spyOn(console, 'error').mockImplementation((...a) => void (err += `${a.join(' ')}\n`));
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('yaodian import', () => {
  it('prints an outline with numbers as printed, run-in markers, metadata and warnings', async () => {
    const { code, out, err } = await capture([seedPath('jiangsu')]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('发文字号：苏民发〔2014〕1号');
    expect(out).toContain('成文日期：2014-01-05');
    expect(out).toContain('标题：2014年全省民政工作要点');
    expect(out).toMatch(/^ {2}六、切实增强减灾救灾能力$/m);
    expect(out).toMatch(/^ {4}·完善养老服务政策〔接排〕 {2}1 段「发挥政府保基本/m);
    expect(out).toContain('二级不编号');
    expect(out).toContain('[number-missing]');
    expect(out).toContain('共 50 个标题：一级 10 个，二级 40 个');
  });

  it('prints the Jilin second level continuously to （三十九）', async () => {
    const { out } = await capture([seedPath('jilin')]);
    expect(out).toMatch(/^ {4}（三十九）加强民政干部队伍建设〔接排〕/m);
    expect(out).toContain('二级全文连续编号');
    expect(out).toContain('没有警告。');
  });

  it('--json prints the interchange format, which reads back', async () => {
    const { code, out } = await capture([seedPath('maoji'), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.format).toBe('yaodian/1');
    expect(Object.keys(json.meta)).toEqual(
      expect.arrayContaining([
        'issuer',
        'docNumber',
        'recipients',
        'signature',
        'date',
        'note',
        'noticeTitle',
        'title',
      ]),
    );
    expect(json.sections[1].children[0]).toMatchObject({
      level: 2,
      number: '三',
      heading: '健全分层分类的社会救助体系',
      runIn: true,
    });
    expect(json.toc).toHaveLength(41);
    expect(json.warnings.map((w: { code: string }) => w.code)).toContain('truncated');
    expect(countLevel(fromJson(json), 2)).toBe(16);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /找不到文件/],
    ['a folder', () => dir, /是文件夹/],
    ['an empty file', () => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')), /空/],
  ])('%s: exit 1 and one Chinese line naming the file', async (_name, make, problem) => {
    const path = make();
    const { code, out, err } = await capture([path]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(path);
    expect(err).toMatch(problem);
  });

  it('usage errors exit 2', async () => {
    expect((await capture([])).code).toBe(2);
    expect((await capture(['a.txt', '--xml'])).err).toMatch(/未知选项“--xml”/);
  });

  it('runs as the installed command on the shipped sample', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(repoRoot, 'bin', 'yaodian.mjs'), 'import', 'samples/sample-notice.txt'],
      { cwd: repoRoot },
    );
    expect(stdout).toContain('标题：2025年全市民政工作要点');
    expect(stdout).toMatch(/（十）强化安全管理〔接排〕/);
    const failed = await promisify(execFile)(
      process.execPath,
      [join(repoRoot, 'bin', 'yaodian.mjs'), 'import', 'missing.txt'],
      { cwd: repoRoot },
    ).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toBe('yaodian import：找不到文件“missing.txt”');
  }, 30_000);
});
