// Writing the export to disk and the `yaodian export` command: atomic writes, Chinese errors for a
// missing folder, a folder in the way, a read-only (or Word-locked) file, an unwritable folder; no
// partial or temporary file left behind; local profiles from JSON files; .txt/.json/.docx inputs.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/export';
import {
  ExportFileError,
  describeWriteError,
  exportDocumentToFile,
  loadProfileFile,
} from '../../electron/services/export-file';
import { openTempJournal } from '../../electron/services/export-temps';
import { openServices } from '../../electron/services/service-context';
import { importText } from '../../shared/import/text';
import { toJson } from '../../shared/model/interchange';
import { readSeed, seedPath, tempDir } from '../helpers/paths';
import { openDocx, path as xpath, style, val } from './ooxml';

const doc = () => importText(readSeed('jiangsu'));

function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('exportDocumentToFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('yaodian-export-file-');
  });

  it('writes a .docx Word and python-docx can read, and reports size, profile and warnings', async () => {
    const target = join(dir, '通知.docx');
    const result = await exportDocumentToFile(doc(), target);
    expect(result.path).toBe(target);
    expect(result.bytes).toBe(statSync(target).size);
    expect(result.profile).toBe('gbt9704-2012');
    expect(result.warnings).toEqual([]);
    const bytes = new Uint8Array(readFileSync(target));
    expect(bytes[0]).toBe(0x50); // PK
    expect(openDocx(bytes).raw('word/document.xml')).toContain('苏民发〔2014〕1号');
    expect(listing(dir)).toEqual(['通知.docx']); // no temporary file left
  });

  it('replaces an existing file in one step', async () => {
    const target = join(dir, 'a.docx');
    writeFileSync(target, 'old content');
    await exportDocumentToFile(doc(), target);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(listing(dir)).toEqual(['a.docx']);
  });

  it('names a missing folder', async () => {
    const target = join(dir, 'no-such-folder', 'a.docx');
    await expect(exportDocumentToFile(doc(), target)).rejects.toThrow(
      `无法导出到“${target}”：文件夹“${join(dir, 'no-such-folder')}”不存在`,
    );
    expect(listing(dir)).toEqual([]);
  });

  it('refuses a folder in the way of the file', async () => {
    const target = join(dir, 'a.docx');
    mkdirSync(target);
    const err = await exportDocumentToFile(doc(), target).catch((e) => e);
    expect(err).toBeInstanceOf(ExportFileError);
    expect(err.code).toBe('is-directory');
    expect(err.message).toBe(`无法导出到“${target}”：同名的文件夹已存在`);
    expect(listing(dir)).toEqual(['a.docx']);
    expect(readdirSync(target)).toEqual([]);
  });

  it('does not overwrite a read-only file (as Word locks an open one) and leaves it intact', async () => {
    const target = join(dir, 'locked.docx');
    writeFileSync(target, 'kept');
    chmodSync(target, 0o444);
    const err = await exportDocumentToFile(doc(), target).catch((e) => e);
    expect(err.code).toBe('locked');
    expect(err.message).toMatch(/^无法导出到“.*locked\.docx”：文件是只读的，或正被其他程序（如 Word 或 WPS）打开/);
    expect(readFileSync(target, 'utf8')).toBe('kept');
    expect(listing(dir)).toEqual(['locked.docx']);
  });

  it('reports a folder it may not write to', async () => {
    // sysfs refuses new files even to root
    const err = await exportDocumentToFile(doc(), '/sys/yaodian-test.docx').catch((e) => e);
    expect(err.code).toBe('permission');
    expect(err.message).toBe('无法导出到“/sys/yaodian-test.docx”：没有写入文件夹“/sys”的权限');
    expect(existsSync('/sys/yaodian-test.docx')).toBe(false);
  });

  it('explains a busy file, a full disk and other failures in Chinese', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteError('/x/a.docx', e('EBUSY')).message).toBe(
      '无法导出到“/x/a.docx”：文件正被其他程序（如 Word 或 WPS）打开，请关闭后重试，或换一个文件名',
    );
    expect(describeWriteError('/x/a.docx', e('ENOSPC')).message).toBe('无法导出到“/x/a.docx”：磁盘空间不足');
    expect(describeWriteError('/x/a.docx', e('ENOTDIR')).code).toBe('not-folder');
  });

  it('refuses names Windows refuses (a:b, con, a trailing dot) and over-long names, writing nothing', async () => {
    const cases: Array<[string, RegExp]> = [
      ['a:b.docx', /含有 Windows 不允许的字符/],
      ['con.docx', /Windows 保留的设备名/],
      ['LPT1.docx', /Windows 保留的设备名/],
      ['通知.docx.', /不能以点或空格结尾/],
      [`${'长'.repeat(90)}.docx`, /文件名过长（275 字节，最多 255 字节）/],
    ];
    for (const [name, why] of cases) {
      const err = await exportDocumentToFile(doc(), join(dir, name)).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(ExportFileError);
      expect((err as Error).message, name).toMatch(why);
      expect((err as Error).message).toContain(name);
    }
    expect(listing(dir)).toEqual([]);
  });

  it('writes a legal long name whose temporary would pass the name limit (no raw ENAMETOOLONG)', async () => {
    const name = `${'长'.repeat(78)}.docx`; // 239 bytes: legal, but 18 more for the usual temporary name are not
    const result = await exportDocumentToFile(doc(), join(dir, name));
    expect(result.path).toBe(join(dir, name));
    expect(listing(dir)).toEqual([name]);
    const tooLong = describeWriteError(
      join(dir, 'x.docx'),
      Object.assign(new Error('ENAMETOOLONG: name too long'), { code: 'ENAMETOOLONG' }),
    );
    expect(tooLong.message).toMatch(/文件名或路径过长/);
    expect(tooLong.message).not.toMatch(/ENAMETOOLONG/);
  });

  it('removes at the next start the temporaries an export killed midway left behind', async () => {
    const data = tempDir('yaodian-temps-');
    const left = join(dir, `.通知.docx.${'ab12'.repeat(3)}.tmp`);
    const kept = join(dir, '.通知.docx.user-file.tmp');
    writeFileSync(left, 'PK half written');
    writeFileSync(kept, '用户自己的文件');
    const journal = openTempJournal(data);
    journal.add(left);
    journal.add(kept); // not a temporary's name: never removed, whatever the list says
    const services = openServices({ dataDir: data });
    services.close();
    expect(existsSync(left)).toBe(false);
    expect(existsSync(kept)).toBe(true);
    // and an export that finishes leaves nothing listed
    await exportDocumentToFile(doc(), join(dir, '完成.docx'), {}, journal);
    expect(readFileSync(join(data, 'export-temps.txt'), 'utf8')).toBe('');
  });

  it('uses a local profile from a JSON file and names it in the result', async () => {
    const profile = join(dir, '本地方案.json');
    writeFileSync(
      profile,
      JSON.stringify({
        id: 'ourcity',
        name: '本市方案',
        fonts: { body: '仿宋', heading2: '楷体' },
        sizes: { issuerMark: 36 },
      }),
    );
    const target = join(dir, 'a.docx');
    const result = await exportDocumentToFile(doc(), target, { profile });
    expect(result.profile).toBe('ourcity');
    const parts = openDocx(new Uint8Array(readFileSync(target)));
    expect(xpath(style(parts.xml('word/styles.xml'), 'Normal'), 'w:rPr', 'w:rFonts')!.attrs['w:eastAsia']).toBe('仿宋');
    expect(val(xpath(style(parts.xml('word/styles.xml'), 'GwMark'), 'w:rPr', 'w:sz'))).toBe('72');
    expect(parts.raw('docProps/custom.xml')).toContain('ourcity');
  });

  it('explains a bad profile file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "sizes": { "body": 3 } }');
    await expect(loadProfileFile(bad)).rejects.toThrow(`版式方案无效：字号.body 不能小于 10 磅（“${bad}”）`);
    writeFileSync(bad, '{ not json');
    await expect(loadProfileFile(bad)).rejects.toThrow(`版式方案“${bad}”不是有效的 JSON`);
    await expect(loadProfileFile(join(dir, 'none.json'))).rejects.toThrow('不存在');
    await expect(exportDocumentToFile(doc(), join(dir, 'a.docx'), { profile: 'no-such-profile' })).rejects.toThrow(
      '没有名为“no-such-profile”的版式方案',
    );
    expect(listing(dir)).toEqual(['bad.json']);
  });
});

describe('yaodian export', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  beforeEach(() => {
    dir = tempDir('yaodian-export-cli-');
    out = [];
    err = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());

  it('exports a .txt notice', async () => {
    const target = join(dir, 'jiangsu.docx');
    expect(await run([seedPath('jiangsu'), '-o', target])).toBe(0);
    expect(out[0]).toBe(`已导出：${target}（${statSync(target).size} 字节，版式方案：GB/T 9704-2012）`);
    expect(err).toEqual([]);
  });

  it('exports interchange JSON and re-exports its own .docx', async () => {
    const json = join(dir, 'jilin.json');
    writeFileSync(json, JSON.stringify(toJson(importText(readSeed('jilin')))));
    const first = join(dir, 'first.docx');
    expect(await run([json, '-o', first, '--seal'])).toBe(0);
    const second = join(dir, 'second.docx');
    expect(await run([first, '-o', second, '--profile', 'gbt9704-2012-fangsong'])).toBe(0);
    expect(out.filter((l) => l.startsWith('已导出'))[1]).toContain('版式方案：GB/T 9704-2012（仿宋、楷体）');
    // the web copy lacks a 文号 and a title: the export says so
    expect(out).toContain('  提示：未填写公文标题');
    const parts = openDocx(new Uint8Array(readFileSync(second)));
    expect(parts.raw('word/document.xml')).toContain('2024年全省民政工作要点');
  });

  it('exports several inputs into a folder', async () => {
    const folder = join(dir, 'out');
    mkdirSync(folder);
    expect(await run([seedPath('jiangsu'), seedPath('maoji'), '-o', folder])).toBe(0);
    expect(listing(folder)).toEqual(['jiangsu-2014-province-web-copy.docx', 'maoji-2025-district-with-toc.docx']);
  });

  it('explains usage errors (exit 2) and failures (exit 1) in Chinese', async () => {
    expect(await run([seedPath('jiangsu')])).toBe(2);
    expect(err[0]).toMatch(/^yaodian export：请用 -o 指定输出的 \.docx 或 \.pdf 文件。\n用法：yaodian export/);
    expect(await run(['-o', join(dir, 'a.docx')])).toBe(2);
    expect(await run([seedPath('jiangsu'), '-o', join(dir, 'a.docx'), '--bogus'])).toBe(2);
    expect(err[2]).toMatch(/^yaodian export：未知选项“--bogus”/);
    expect(await run([join(dir, 'missing.txt'), '-o', join(dir, 'a.docx')])).toBe(1);
    expect(err[3]).toBe(`yaodian export：找不到文件“${join(dir, 'missing.txt')}”`);
    expect(await run([seedPath('jiangsu'), '-o', join(dir, 'nope', 'a.docx')])).toBe(1);
    expect(err[4]).toContain('不存在');
    mkdirSync(join(dir, 'in-the-way.docx'));
    expect(await run([seedPath('jiangsu'), '-o', join(dir, 'in-the-way.docx')])).toBe(1);
    expect(err[5]).toContain('同名的文件夹已存在');
    expect(listing(dir)).toEqual(['in-the-way.docx']);
  });
});
