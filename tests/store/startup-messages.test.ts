// Start-up and file failures said in Chinese, from the one place that maps system and SQLite errors
// (electron/system-errors.ts): never "disk I/O error", "database or disk is full" or a bare ENAMETOOLONG.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../electron/services/dispatch';
import { StoreError } from '../../electron/store/errors';
import { openStore } from '../../electron/store/open';
import { describeSystemError, systemReason } from '../../electron/system-errors';
import { tempDir } from '../helpers/paths';

const err = (code: string, message = code) => Object.assign(new Error(message), { code });
const ENGLISH = /(?!Word\b)[A-Za-z]{4,}/; // product names (Word) are how users know them

describe('system errors in Chinese', () => {
  it.each([
    [err('SQLITE_IOERR', 'disk I/O error'), '读写数据文件时出错'],
    [err('SQLITE_IOERR_WRITE', 'disk I/O error'), '写入数据文件时出错'],
    [err('SQLITE_READONLY_DIRECTORY', 'attempt to write a readonly database'), '文件夹是只读的'],
    [err('SQLITE_READONLY', 'attempt to write a readonly database'), '只读'],
    [err('SQLITE_FULL', 'database or disk is full'), '磁盘空间不足'],
    [err('SQLITE_CANTOPEN', 'unable to open database file'), '无法打开数据文件'],
    [err('ENOSPC'), '磁盘空间不足'],
    [err('ENAMETOOLONG'), '文件名或路径过长'],
    [err('EBUSY'), '占用'],
    [err('EACCES'), '没有权限'],
    [err('EROFS'), '只读'],
    [new Error('disk I/O error'), '读写数据文件时出错'],
  ])('%s', (e, expected) => {
    const reason = systemReason(e)!;
    expect(reason).toContain(expected);
    expect(reason).not.toMatch(ENGLISH);
    const api = toApiError(e, 'documents.save', () => undefined);
    expect(api.code).toBe('io');
    expect(api.message).toContain(expected);
    expect(api.message.replace(/SQLITE_\w+|E[A-Z]+/g, '')).not.toMatch(ENGLISH);
  });

  it('says what failed and where, even for an unknown code', () => {
    expect(describeSystemError('读取文件', '/x/a.txt', err('EWHATEVER'))).toBe(
      '读取文件“/x/a.txt”失败：发生了未知的系统错误',
    );
  });

  it('names the data folder that cannot be made (a file in its way)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), '');
    let error: unknown;
    try {
      openStore(join(dir, 'blocker', 'data', 'yaodian.db'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toBe(
      `创建数据文件夹“${join(dir, 'blocker', 'data')}”失败：路径中有一段不是文件夹`,
    );
  });

  it('says a read-only data file or folder is read-only, before SQLite says "disk I/O error"', async () => {
    const dir = tempDir();
    const path = join(dir, 'yaodian.db');
    openStore(path).close();
    chmodSync(path, 0o444);
    expect(() => openStore(path)).toThrow(`数据文件“${path}”是只读的，程序只能读取、不能保存。`);
    chmodSync(path, 0o644);
    chmodSync(dir, 0o555);
    try {
      expect(() => openStore(path)).toThrow(`数据文件夹“${dir}”是只读的`);
    } finally {
      chmodSync(dir, 0o755);
    }
    openStore(path).close();
  });

  it("reports a stack overflow from any deep input as Chinese, never the engine's English", () => {
    const api = toApiError(new RangeError('Maximum call stack size exceeded'), 'import.text', () => undefined);
    expect(api.message).toMatch(/嵌套过深/);
    expect(api.message).not.toMatch(/Maximum/);
  });
});
