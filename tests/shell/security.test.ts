// Table tests of the shell's security rules (pure functions; the same rules guard Electron and the host).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedHostHeader,
  isAllowedNavigation,
  isAllowedOrigin,
  isAllowedPermission,
  isAllowedRequest,
  isInside,
  isJsonContentType,
  isSafeFileName,
  isTrustedSender,
  PathGrants,
  resolveStaticPath,
  suggestedDocxName,
} from '../../electron/security';

describe('requests the Electron session lets through', () => {
  it.each([
    ['app://yaodian/index.html', true],
    ['app://yaodian/assets/index-1a2b3c.js', true],
    ['app://yaodian/', true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['blob:app://yaodian/7d3c1f1e-0000-4000-8000-000000000000', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['app://other/index.html', false],
    ['app://yaodian:8080/index.html', false],
    ['app://user:pw@yaodian/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['https://example.com/tracker.js', false],
    ['https://fonts.googleapis.com/css?family=Noto', false],
    ['ws://127.0.0.1:9222/', false],
    ['wss://example.com/socket', false],
    ['file:///etc/passwd', false],
    ['file:///C:/Windows/win.ini', false],
    ['ftp://example.com/a', false],
    ['blob:https://evil.example/7d3c1f1e', false],
    ['javascript:alert(1)', false],
    ['chrome://gpu', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedRequest(url)).toBe(allowed);
  });
});

describe('navigation and IPC senders', () => {
  it.each([
    ['app://yaodian/index.html', true],
    ['app://yaodian/index.html#/doc/1', true],
    ['https://example.com/', false],
    ['http://127.0.0.1:8080/', false],
    ['file:///home/user/evil.html', false],
    ['about:blank', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://yaodian.evil.example/index.html', false],
  ])('navigate to %s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
  });

  it.each([
    ['app://yaodian/index.html', true],
    ['https://evil.example/', false],
    ['about:blank', false],
    [null, false],
    [undefined, false],
  ])('IPC from a frame at %s → %s', (url, trusted) => {
    expect(isTrustedSender(url)).toBe(trusted);
  });
});

describe('permission requests', () => {
  it.each([
    ['clipboard-sanitized-write', 'app://yaodian/index.html', true],
    ['clipboard-sanitized-write', 'app://yaodian', true],
    ['clipboard-sanitized-write', 'https://evil.example/', false],
    ['clipboard-read', 'app://yaodian/index.html', false],
    ['media', 'app://yaodian/index.html', false],
    ['geolocation', 'app://yaodian/index.html', false],
    ['notifications', 'app://yaodian/index.html', false],
    ['openExternal', 'app://yaodian/index.html', false],
    ['fullscreen', 'app://yaodian/index.html', false],
    ['pointerLock', 'app://yaodian/index.html', false],
    ['midiSysex', 'app://yaodian/index.html', false],
    ['clipboard-sanitized-write', null, false],
  ])('%s from %s → %s', (permission, url, allowed) => {
    expect(isAllowedPermission(permission, url)).toBe(allowed);
  });
});

function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

describe('Content-Security-Policy', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it('allows only the app itself to run code', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('names no remote origin, wildcard, inline code or eval anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /https?:|wss?:|\*|unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/,
    );
    expect(csp.get('style-src')).toEqual(["'self'"]);
  });
});

describe('static paths stay inside their folder', () => {
  const root = resolve('/srv/app/dist/renderer');
  it.each([
    ['/', join(root, 'index.html')],
    ['/index.html', join(root, 'index.html')],
    ['/assets/index-1a2b.js', join(root, 'assets', 'index-1a2b.js')],
    ['/./assets/a.css', join(root, 'assets', 'a.css')],
    ['/%E8%A6%81%E7%82%B9.png', join(root, '要点.png')],
    ['/../etc/passwd', null],
    ['/%2e%2e/etc/passwd', null],
    ['/assets/%2E%2E/%2E%2E/package.json', null],
    ['/a%2fb', null],
    ['/a%5c..%5c..%5cwin.ini', null],
    ['/C:%5cWindows%5cwin.ini', null],
    ['/C:/Windows/win.ini', null],
    ['/index.html%00.png', null],
    ['/%zz', null],
    ['index.html', null],
    ['//server/share/x', join(root, 'server', 'share', 'x')],
  ])('%s → %s', (pathname, expected) => {
    expect(resolveStaticPath(root, pathname)).toBe(expected);
  });

  it.each([
    ['/a', '/a/b', true],
    ['/a', '/a/b/../c', true],
    ['/a', '/a', false],
    ['/a', '/ab', false],
    ['/a', '/a/../b', false],
    ['/a/b', '/a', false],
  ])('isInside(%s, %s) → %s', (dir, target, inside) => {
    expect(isInside(dir, target)).toBe(inside);
  });
});

describe('file names', () => {
  it.each([
    ['2025年民政工作要点.docx', true],
    ['report (1).docx', true],
    ['..', false],
    ['.', false],
    ['', false],
    ['../a.docx', false],
    ['a/b.docx', false],
    ['a\\b.docx', false],
    ['C:a.docx', false],
    ['a.docx.', false],
    ['a.docx ', false],
    ['a\u0000.docx', false],
    ['CON', false],
    ['nul.docx', false],
    ['x'.repeat(256), false],
  ])('isSafeFileName(%j) → %s', (name, safe) => {
    expect(isSafeFileName(name)).toBe(safe);
  });

  it.each([
    ['2025年工作要点', '2025年工作要点.docx'],
    ['a.docx', 'a.docx'],
    ['A.DOCX', 'A.docx'],
    ['../../etc/passwd', 'passwd.docx'],
    ['C:\\Users\\x\\要点.docx', '要点.docx'],
    ['a:b*c?', 'a b c.docx'],
    ['', '未命名要点.docx'],
    ['...', '未命名要点.docx'],
    [42, '未命名要点.docx'],
    [null, '未命名要点.docx'],
  ])('suggestedDocxName(%j) → %s', (input, expected) => {
    expect(suggestedDocxName(input)).toBe(expected);
  });
});

describe('paths granted by native dialogs', () => {
  it('only exact granted files pass', () => {
    const grants = new PathGrants();
    const chosen = resolve('/tmp/yaodian-grants/2025.docx');
    expect(grants.has(chosen)).toBe(false);
    grants.grant(chosen);
    expect(grants.has(chosen)).toBe(true);
    expect(grants.has(resolve('/tmp/yaodian-grants/../yaodian-grants/2025.docx'))).toBe(true);
    expect(grants.has(resolve('/tmp/yaodian-grants/2024.docx'))).toBe(false);
    expect(grants.has(resolve('/tmp/yaodian-grants'))).toBe(false);
    expect(grants.has('yaodian-grants/2025.docx')).toBe(false);
    expect(grants.has(`${chosen}\0`)).toBe(false);
    expect(grants.has(42)).toBe(false);
  });
});

describe('loopback host checks', () => {
  it.each([
    ['127.0.0.1:8080', true],
    ['localhost:8080', true],
    ['LOCALHOST:8080', true],
    ['127.0.0.1:8081', false],
    ['127.0.0.1', false],
    ['evil.example:8080', false],
    ['127.0.0.1.nip.io:8080', false],
    ['[::1]:8080', false],
    ['0.0.0.0:8080', false],
    [undefined, false],
  ])('Host %s → %s', (host, allowed) => {
    expect(isAllowedHostHeader(host, 8080)).toBe(allowed);
  });

  it.each([
    [undefined, true],
    ['http://127.0.0.1:8080', true],
    ['http://localhost:8080', true],
    ['null', false],
    ['https://127.0.0.1:8080', false],
    ['http://127.0.0.1:9090', false],
    ['http://evil.example', false],
    ['http://127.0.0.1:8080.evil.example', false],
  ])('Origin %s → %s', (origin, allowed) => {
    expect(isAllowedOrigin(origin, 8080)).toBe(allowed);
  });

  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON;charset=UTF-8', true],
    ['application/json; charset=latin1', false],
    ['text/plain', false],
    ['text/plain;charset=UTF-8', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    ['application/jsonx', false],
    [undefined, false],
  ])('Content-Type %s → %s', (value, json) => {
    expect(isJsonContentType(value)).toBe(json);
  });
});
