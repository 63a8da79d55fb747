// loadDocumentFromFile on real files in a temp folder: every failure is one Chinese line naming the file.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileImportError, loadDocumentFromFile } from '../../electron/services/import-file';
import { seedPath, tempDir } from '../helpers/paths';
import { countLevel } from './helpers';

const dir = tempDir('yaodian-import-file-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(path: string): Promise<FileImportError> {
  try {
    await loadDocumentFromFile(path);
  } catch (e) {
    expect(e).toBeInstanceOf(FileImportError);
    expect((e as Error).message).not.toContain('\n');
    expect((e as Error).message).toContain(path);
    return e as FileImportError;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('loadDocumentFromFile', () => {
  it('imports a fixture and a GBK copy of it', async () => {
    const doc = await loadDocumentFromFile(seedPath('maoji'));
    expect(countLevel(doc, 2)).toBe(16);
    const gbk = join(dir, 'maoji-gbk.txt');
    writeFileSync(gbk, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK', seedPath('maoji')]));
    const fromGbk = await loadDocumentFromFile(gbk);
    expect(fromGbk.meta.title).toBe('2025年全区民政工作要点');
    expect(countLevel(fromGbk, 2)).toBe(16);
  });

  it('a missing file', async () => {
    const e = await failure(join(dir, '不存在.txt'));
    expect(e.code).toBe('not-found');
    expect(e.message).toMatch(/找不到文件/);
  });

  it('a folder', async () => {
    const folder = join(dir, 'folder.txt');
    mkdirSync(folder);
    const e = await failure(folder);
    expect(e.code).toBe('is-directory');
    expect(e.message).toMatch(/是文件夹/);
  });

  it('a 50 MB file is refused from its size', async () => {
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const e = await failure(big);
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/50\.0 MB/);
  });

  it('empty, whitespace-only and binary files', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect((await failure(empty)).code).toBe('empty');
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, '\n  \n\u3000\n');
    expect((await failure(blank)).code).toBe('empty');
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const e = await failure(binary);
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/不是文本文件/);
  });

  it('invalid interchange JSON', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"sections": [{"level": 9}]}');
    expect((await failure(bad)).code).toBe('invalid-json');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, '一、甲');
    chmodSync(locked, 0o000);
    expect((await failure(locked)).code).toBe('permission');
  });
});
