// The loopback development host, started in-process on a temporary data folder with the real store.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, Result, StoredDocument } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { startDevHost, type DevHost } from '../../electron/dev-host';
import { tempDir } from '../helpers/paths';
import { postCall, rawRequest, useHostKey } from './http-client';

const CJK = /[\u4e00-\u9fff]/;

function makeStaticDir(): string {
  const dir = tempDir('yaodian-static-');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>要点</title><div id="root"></div>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("要点");');
  return dir;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

let host: DevHost;
let dataDir: string;
let staticDir: string;

beforeAll(async () => {
  dataDir = tempDir('yaodian-host-data-');
  staticDir = makeStaticDir();
  host = await startDevHost({ dataDir, staticDir, port: 0 });
  useHostKey(host.secret); // every request below carries the host's secret unless a test says otherwise
});

afterAll(async () => {
  useHostKey(null);
  await host?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
});

describe('listening', () => {
  it('binds 127.0.0.1 only', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.port).toBeGreaterThan(0);
    expect(await canConnect('127.0.0.1', host.port)).toBe(true);
    // not the IPv6 loopback, not any other interface of this machine
    expect(await canConnect('::1', host.port)).toBe(false);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address);
    for (const address of others) expect(await canConnect(address, host.port), address).toBe(false);
  });

  it('refuses a foreign Host header (DNS rebinding) before doing anything', async () => {
    for (const h of [`evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, 'localhost']) {
      const res = await rawRequest(host.url, { headers: { Host: h } });
      expect(res.status, h).toBe(403);
      expect(res.text).toMatch(CJK);
      expect(res.text).not.toContain('<div id="root">');
    }
    const before = (await postCall(host.url, 'documents.list', {})).json<Result<DocumentSummary[]>>();
    const refused = await postCall(
      host.url,
      'documents.create',
      { title: '不应创建' },
      { Host: `evil.example:${host.port}` },
    );
    expect(refused.status).toBe(403);
    const after = (await postCall(host.url, 'documents.list', {})).json<Result<DocumentSummary[]>>();
    expect(after).toEqual(before);
    const local = await rawRequest(host.url, { headers: { Host: `localhost:${host.port}` } });
    expect(local.status).toBe(200);
  });
});

describe('static files', () => {
  it('serves the renderer with the CSP and safe headers', async () => {
    const res = await rawRequest(host.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.text).toContain('<div id="root">');
    const js = await rawRequest(new URL('assets/index-abc123.js', host.url).href);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.text).toBe('console.log("要点");');
  });

  it('refuses paths outside the renderer folder and unknown files', async () => {
    writeFileSync(join(dataDir, 'secret.txt'), 'secret');
    for (const p of ['/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await rawRequest(host.url.replace(/\/$/, '') + p);
      expect(res.status, p).toBe(400);
      expect(res.text).not.toContain('secret');
    }
    expect((await rawRequest(new URL('assets/missing.js', host.url).href)).status).toBe(404);
    expect((await rawRequest(host.url, { method: 'POST' })).status).toBe(405);
  });
});

describe('POST /api/call', () => {
  it('creates a document and reads it back from the real store', async () => {
    const created = (
      await postCall(host.url, 'documents.create', { year: 2025, title: '2025年全省民政工作要点' })
    ).json<Result<StoredDocument>>();
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const id = created.value.summary.id;
    const got = (await postCall(host.url, 'documents.get', { id })).json<Result<StoredDocument>>();
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.value.summary.id).toBe(id);
    expect(got.value.summary.title).toBe('2025年全省民政工作要点');
    expect(got.value.summary.year).toBe(2025);
    const list = (await postCall(host.url, 'documents.list', {})).json<Result<DocumentSummary[]>>();
    expect(list.ok && list.value.map((d) => d.id)).toContain(id);
  });

  it('answers a bad input with a Chinese validation error', async () => {
    const res = await postCall(host.url, 'documents.get', { id: '../../etc/passwd' });
    expect(res.status).toBe(200);
    const r = res.json<Result<unknown>>();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-input');
    expect(r.error.message).toMatch(CJK);
    const wrongType = postCall(host.url, 'documents.create', { year: '二〇二五' });
    const w = (await wrongType).json<Result<unknown>>();
    expect(w.ok === false && w.error.code).toBe('invalid-input');
  });

  it.each([
    ['not JSON', '{"method": "documents.list", ', 400, 'JSON'],
    ['an array', '[1, 2]', 400, 'method'],
    ['no method', '{"input": {}}', 400, 'method'],
    ['an unknown method', '{"method": "system.exec", "input": {}}', 400, 'system.exec'],
    ['an inherited name', '{"method": "constructor", "input": {}}', 400, 'constructor'],
  ])('refuses %s with a Result error in Chinese', async (_what, body, status, mention) => {
    const res = await rawRequest(new URL('api/call', host.url).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(res.status).toBe(status);
    const r = res.json<Result<unknown>>();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-input');
    expect(r.error.message).toMatch(CJK);
    expect(r.error.message).toContain(mention);
    expect(r.error.message).not.toMatch(/Unexpected|Expected|position/);
  });

  it('refuses cross-site posts: a foreign Origin, a non-JSON content type, GET', async () => {
    const evil = await postCall(host.url, 'documents.create', { title: '跨站' }, { Origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    const form = await rawRequest(new URL('api/call', host.url).href, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ method: 'documents.create', input: { title: '跨站' } }),
    });
    expect(form.status).toBe(415);
    const get = await rawRequest(new URL('api/call', host.url).href);
    expect(get.status).toBe(405);
    const list = (await postCall(host.url, 'documents.list', {})).json<Result<DocumentSummary[]>>();
    expect(list.ok && list.value.some((d) => d.title === '跨站')).toBe(false);
    const same = await postCall(host.url, 'documents.list', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(same.status).toBe(200);
  });

  it('refuses a body over 30 MB, accepts one just under it', async () => {
    const big = JSON.stringify({
      method: 'import.bytes',
      input: { name: 'a.docx', dataBase64: 'A'.repeat(31 * 1024 * 1024) },
    });
    const res = await rawRequest(new URL('api/call', host.url).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    const r = res.json<Result<unknown>>();
    expect(r.ok === false && r.error.message).toContain('30 MB');
    // 27.6 million base64 characters (the contract allows 28 million) reach the importer, which judges the content
    const fits = await postCall(host.url, 'import.bytes', {
      name: '大文件.docx',
      dataBase64: 'QUFB'.repeat(6_900_000),
    });
    expect(fits.status).toBe(200);
    const f = fits.json<Result<unknown>>();
    expect(f.ok).toBe(false);
    if (f.ok) return;
    expect(f.error.code).toBe('bad-file');
    expect(f.error.message).toContain('大文件.docx');
  });

  it('keeps data across a restart on the same folder', async () => {
    const created = (await postCall(host.url, 'documents.create', { year: 2024, title: '重启前' })).json<
      Result<StoredDocument>
    >();
    expect(created.ok).toBe(true);
    await host.close();
    host = await startDevHost({ dataDir, staticDir, port: 0 });
    useHostKey(host.secret);
    const id = created.ok ? created.value.summary.id : '';
    const got = (await postCall(host.url, 'documents.get', { id })).json<Result<StoredDocument>>();
    expect(got.ok && got.value.summary.title).toBe('重启前');
  });
});

describe('browser-mode desktop fallbacks', () => {
  it('reports the mode and the export folder', async () => {
    const res = await rawRequest(new URL('api/host-info', host.url).href);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ mode: 'browser', exportDir: host.exportDir });
    expect(host.exportDir).toBe(join(dataDir, 'exports'));
  });

  it('serves exported files by bare name and refuses traversal', async () => {
    writeFileSync(join(host.exportDir, '2025年工作要点.docx'), 'PK\u0003\u0004fake');
    writeFileSync(join(dataDir, 'outside.docx'), 'SECRET-CONTENT');
    const ok = await rawRequest(new URL(`files/${encodeURIComponent('2025年工作要点.docx')}`, host.url).href);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(ok.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('2025年工作要点.docx')}`,
    );
    expect(ok.body.subarray(0, 2).toString()).toBe('PK');
    for (const name of ['..%2Foutside.docx', '%2e%2e%2foutside.docx', '..%5Coutside.docx', '%2e%2e', 'a%00.docx']) {
      const res = await rawRequest(host.url + 'files/' + name);
      expect(res.status, name).toBe(400);
      expect(res.text).not.toContain('SECRET-CONTENT');
    }
    const traversal = await rawRequest(host.url + 'files/../outside.docx');
    expect(traversal.text).not.toContain('SECRET-CONTENT');
    expect((await rawRequest(new URL('files/missing.docx', host.url).href)).status).toBe(404);
  });

  it('exports a document into the export folder and serves it back as a download', async () => {
    const created = (await postCall(host.url, 'documents.create', { year: 2025, title: '下载测试' })).json<
      Result<StoredDocument>
    >();
    const id = created.ok ? created.value.summary.id : '';
    const path = join(host.exportDir, '下载测试.docx');
    const exported = (await postCall(host.url, 'export.docx', { id, path })).json<
      Result<{ path: string; bytes: number }>
    >();
    expect(exported).toMatchObject({ ok: true });
    const res = await rawRequest(new URL(`files/${encodeURIComponent('下载测试.docx')}`, host.url).href);
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(exported.ok ? exported.value.bytes : -1);
    expect(res.body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('lets export.docx write only into the export folder', async () => {
    const created = (await postCall(host.url, 'documents.create', { year: 2025, title: '导出测试' })).json<
      Result<StoredDocument>
    >();
    const id = created.ok ? created.value.summary.id : '';
    for (const path of [
      join(dataDir, 'elsewhere.docx'),
      join(host.exportDir, 'sub', 'a.docx'),
      join(host.exportDir, '..', 'x.docx'),
      'relative.docx',
    ]) {
      const r = (await postCall(host.url, 'export.docx', { id, path })).json<Result<unknown>>();
      expect(r.ok, path).toBe(false);
      if (r.ok) continue;
      expect(r.error.message).toContain('导出文件夹');
    }
    expect(() => readFileSync(join(dataDir, 'elsewhere.docx'))).toThrow();
  });

  it('lets export.pdf write only into the export folder, and serves the PDF from it', async () => {
    const created = (await postCall(host.url, 'documents.create', { year: 2025, title: 'PDF 测试' })).json<
      Result<StoredDocument>
    >();
    const id = created.ok ? created.value.summary.id : '';
    for (const path of [join(dataDir, 'elsewhere.pdf'), join(host.exportDir, '..', 'x.pdf')]) {
      const r = (await postCall(host.url, 'export.pdf', { id, path })).json<Result<unknown>>();
      expect(r.ok, path).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('导出文件夹');
    }
    expect(() => readFileSync(join(dataDir, 'elsewhere.pdf'))).toThrow();
    const ok = (await postCall(host.url, 'export.pdf', { id, path: join(host.exportDir, 'PDF 测试.pdf') })).json<
      Result<{ bytes: number }>
    >();
    expect(ok).toMatchObject({ ok: true });
    const res = await rawRequest(new URL(`files/${encodeURIComponent('PDF 测试.pdf')}`, host.url).href);
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});

describe('the per-host secret (another account on the same computer)', () => {
  const anotherUser = { 'X-Yaodian-Key': '' }; // no secret: what any other local account can send

  it('refuses every API call and download without the secret, and one with a wrong secret', async () => {
    writeFileSync(join(host.exportDir, '草稿.docx'), 'PK\u0003\u0004草稿');
    for (const headers of [anotherUser, { 'X-Yaodian-Key': host.secret.slice(0, -2) + 'xx' }]) {
      const list = await postCall(host.url, 'documents.list', {}, headers);
      expect(list.status).toBe(403);
      const r = list.json<Result<unknown>>();
      expect(r.ok === false && r.error.message).toMatch(/缺少访问凭据/);
      expect(list.text).not.toContain('title');
      const passwd = await postCall(host.url, 'import.file', { path: '/etc/passwd' }, headers);
      expect(passwd.status).toBe(403);
      expect(passwd.text).not.toContain('root:');
      expect(
        (await rawRequest(new URL(`files/${encodeURIComponent('草稿.docx')}`, host.url).href, { headers })).status,
      ).toBe(403);
      expect((await rawRequest(new URL('api/host-info', host.url).href, { headers })).status).toBe(403);
    }
    // the page itself is public code, served to anyone
    expect((await rawRequest(host.url, { headers: anotherUser })).status).toBe(200);
  });

  it('gives the secret to the first browser that opens the one-time address, as an HttpOnly cookie', async () => {
    const url = host.newOpenUrl();
    const first = await rawRequest(url, { headers: anotherUser });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^yaodian-key-${host.port}=${host.secret}; Path=/; HttpOnly; SameSite=Strict`));
    const withCookie = await postCall(host.url, 'documents.list', {}, { ...anotherUser, Cookie: cookie.split(';')[0] });
    expect(withCookie.status).toBe(200);
    // used up: whoever reads the address later (e.g. from the process list) gets nothing
    const again = await rawRequest(url, { headers: anotherUser });
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.text).toMatch(CJK);
    const wrongCookie = await postCall(
      host.url,
      'documents.list',
      {},
      { ...anotherUser, Cookie: `yaodian-key-${host.port}=guess` },
    );
    expect(wrongCookie.status).toBe(403);
  });

  it('in browser mode reads no file by path: import.file and a profile path are refused even with the secret', async () => {
    const passwd = (await postCall(host.url, 'import.file', { path: '/etc/passwd' })).json<Result<unknown>>();
    expect(passwd.ok === false && passwd.error.message).toContain('浏览器模式不能按路径读取本机文件');
    const created = (await postCall(host.url, 'documents.create', { year: 2025, title: '版式测试' })).json<
      Result<StoredDocument>
    >();
    const id = created.ok ? created.value.summary.id : '';
    const path = join(host.exportDir, '版式测试.docx');
    const profile = (await postCall(host.url, 'export.docx', { id, path, profile: join(dataDir, 'x.json') })).json<
      Result<unknown>
    >();
    expect(profile.ok === false && profile.error.message).toContain('只能使用内置的版式方案');
  });
});
