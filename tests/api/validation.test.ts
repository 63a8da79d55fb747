// The boundary: every input parsed against the contract; bad input answered in Chinese naming the field;
// thrown errors mapped to the contract's codes.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../shared/api/contract';
import { ImportError } from '../../shared/import/errors';
import { OperationError } from '../../shared/model/operations';
import { FileImportError } from '../../electron/services/import-file';
import { toApiError } from '../../electron/services/dispatch';
import { StoreError } from '../../electron/store/errors';
import { tempDir } from '../helpers/paths';
import { openHarness, sampleDocument, type Harness } from '../store/harness';
import { emptyMeta } from '../../shared/model/factory';

let h: Harness;
let id: string;
/** one section row of a change set, valid as it stands */
const record = { id: 'A1', parentId: 'A', position: 0, level: 2, heading: '标题', runIn: false, paragraphs: ['正文'] };
beforeAll(async () => {
  h = openHarness();
  id = (await h.ok('documents.create', { document: sampleDocument() })).summary.id;
});
afterAll(() => h.close());

describe('input validation', () => {
  it('rejects an unknown method', async () => {
    expect(await h.fail('documents.drop' as never, {})).toEqual({
      code: 'invalid-input',
      message: '未知的操作：“documents.drop”',
    });
  });

  it('rejects a malformed id, naming the field', async () => {
    const e = await h.fail('documents.get', { id: "x'; DROP TABLE documents; --" });
    expect(e).toEqual({ code: 'invalid-input', message: '输入有误：“文档标识” 标识格式不正确' });
    const e2 = await h.fail('documents.save', { id, version: 1, changes: { upsert: [], remove: [''] } });
    expect(e2.message).toBe('输入有误：“修改内容 › 删除的章节 › 第 1 项” 缺少标识');
    const e3 = await h.fail('documents.get', { id: 'a'.repeat(65) });
    expect(e3.message).toBe('输入有误：“文档标识” 标识过长');
    expect(h.db.prepare('SELECT count(*) n FROM documents').get()).toEqual({ n: 1 });
  });

  it('rejects oversized text', async () => {
    const e = await h.fail('documents.save', {
      id,
      version: 1,
      changes: { upsert: [{ ...record, paragraphs: ['短', '长'.repeat(MAX_TEXT + 1)] }], remove: [] },
    });
    expect(e).toEqual({
      code: 'invalid-input',
      message:
        '输入有误：“修改内容 › 修改的章节 › 第 1 项 › 正文段落 › 第 2 项” 文字过长（最多 100,000 字，多出 1 字）',
    });
    const q = await h.fail('search.query', { query: '查'.repeat(201) });
    expect(q.message).toBe('输入有误：“查询” 查询过长');
  });

  it('rejects wrong types and missing fields', async () => {
    const e = await h.fail('documents.save', {
      id,
      version: 1,
      changes: { upsert: [{ ...record, heading: 42 }], remove: [] },
    });
    expect(e).toEqual({
      code: 'invalid-input',
      message: '输入有误：“修改内容 › 修改的章节 › 第 1 项 › 标题” 应为文字，实际为数字',
    });
    const m = await h.fail('documents.get', {});
    expect(m.message).toBe('输入有误：“文档标识” 缺少此项');
    const lvl = await h.fail('documents.save', {
      id,
      version: 1,
      changes: { upsert: [{ ...record, level: 5 }], remove: [] },
    });
    expect(lvl.message).toBe('输入有误：“修改内容 › 修改的章节 › 第 1 项 › 层级” 取值不在允许的范围内');
    const idx = await h.fail('documents.save', {
      id,
      version: 1,
      changes: { upsert: [{ ...record, position: 1.5 }], remove: [] },
    });
    expect(idx.message).toBe('输入有误：“修改内容 › 修改的章节 › 第 1 项 › 位置” 应为整数，实际为数字');
    const notObject = await h.fail('documents.get', 'A1');
    expect(notObject.message).toBe('输入有误：应为对象，实际为文字');
    const meta = { ...emptyMeta(), date: '2024年1月1日', issuer: 3 };
    const two = await h.fail('documents.save', { id, version: 1, changes: { upsert: [], remove: [], meta } });
    expect(two.message).toMatch(/^输入有误：“修改内容 › 文档信息 › (发文机关|成文日期)” .+（另有 1 处问题）$/);
  });

  it('rejects fields the contract does not know', async () => {
    const e = await h.fail('documents.save', { id, version: 1, changes: { upsert: [], remove: [], children: [] } });
    expect(e).toEqual({ code: 'invalid-input', message: '输入有误：“修改内容” 含有不认识的项：children' });
  });

  it('accepts a missing input object where every field is optional', async () => {
    expect(await h.call('templates.list', undefined as never)).toEqual({ ok: true, value: [] });
    expect((await h.call('documents.list', undefined as never)).ok).toBe(true);
  });
});

describe('error mapping', () => {
  const map = (e: unknown) => toApiError(e, 'test.method', () => {});

  it('maps domain errors to their codes with their Chinese messages', () => {
    expect(map(new OperationError('too-deep', '层级最多四级'))).toEqual({
      code: 'invalid-operation',
      message: '层级最多四级',
    });
    expect(map(new OperationError('not-found', '找不到要操作的章节（x）'))).toEqual({
      code: 'not-found',
      message: '找不到要操作的章节（x）',
    });
    expect(map(new ImportError('binary', '不是文本文件'))).toEqual({ code: 'bad-file', message: '不是文本文件' });
    expect(map(new FileImportError('not-found', '/a.txt', '找不到文件“/a.txt”'))).toEqual({
      code: 'bad-file',
      message: '找不到文件“/a.txt”',
    });
    expect(map(new StoreError('store-locked', '已被另一个程序打开'))).toEqual({
      code: 'store-locked',
      message: '已被另一个程序打开',
    });
  });

  it('maps a real SQLITE_BUSY to store-locked', () => {
    const path = join(tempDir(), 'busy.db');
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    const other = new Database(path, { timeout: 0 });
    let busy: unknown;
    try {
      other.prepare('SELECT * FROM t').all();
    } catch (e) {
      busy = e;
    }
    other.close();
    holder.close();
    expect((busy as { code: string }).code).toBe('SQLITE_BUSY');
    expect(map(busy)).toEqual({
      code: 'store-locked',
      message: '数据文件正被另一个程序占用，操作没有完成，请稍后重试。',
    });
  });

  it('maps file-system errors to io, naming the path', () => {
    const e = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: '/tmp/x.docx' });
    expect(map(e)).toEqual({ code: 'io', message: '磁盘空间不足：/tmp/x.docx。操作没有完成。' });
    expect(map(Object.assign(new Error('x'), { code: 'SQLITE_FULL' })).code).toBe('io');
  });

  it('hides anything else behind a generic Chinese message and logs it', () => {
    const logged: unknown[] = [];
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    expect(toApiError(bug, 'documents.get', (_m, e) => logged.push(e))).toEqual({
      code: 'internal',
      message: '程序内部出错，操作没有完成（documents.get）。请重试；如果反复出现，请联系技术支持。',
    });
    expect(logged).toEqual([bug]);
  });
});
