// The browser mode's fixed port, and a clear message when it is taken.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseCliArgs } from '../../electron/dev-host/cli';
import { startDevHost } from '../../electron/dev-host';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'yaodian-port-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('browser-mode port', () => {
  it('is fixed by default, so an open tab finds its host again after a restart', () => {
    expect(parseCliArgs([], {}, '/repo').port).toBe(DEFAULT_PORT);
    expect(parseCliArgs(['--port', '0'], {}, '/repo').port).toBe(0);
  });

  it('says in Chinese that the port is taken, where the running app may be, and how to choose another', async () => {
    const first = await startDevHost({ dataDir: tmp(), port: 0, staticDir: tmp() });
    try {
      const second = startDevHost({ dataDir: tmp(), port: first.port, staticDir: tmp() });
      await expect(second).rejects.toThrow(
        `端口 ${first.port} 已被占用：“要点”可能已在运行（请在浏览器中打开 http://127.0.0.1:${first.port}/），或用 --port`,
      );
    } finally {
      await first.close();
    }
  });

  it('can start again on the same port right after closing', async () => {
    const dataDir = tmp();
    const first = await startDevHost({ dataDir, port: 0, staticDir: tmp() });
    const port = first.port;
    await first.close();
    const again = await startDevHost({ dataDir, port, staticDir: tmp() });
    expect(again.port).toBe(port);
    await again.close();
  });
});
