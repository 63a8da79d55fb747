// Browser-mode settings: default data folder per platform, port and argument parsing, display detection.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasDisplay, parseCliArgs } from '../../electron/dev-host/cli';
import { defaultDataDir, portFromEnv } from '../../electron/dev-host/data-dir';

describe('default data folder', () => {
  it.each([
    [{ YAODIAN_DATA_DIR: '/srv/yaodian' }, 'linux', '/srv/yaodian'],
    [{}, 'linux', join(homedir(), '.local', 'share', 'yaodian')],
    [{ XDG_DATA_HOME: '/data/xdg' }, 'linux', join('/data/xdg', 'yaodian')],
    [{ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', join('C:\\Users\\u\\AppData\\Roaming', 'yaodian')],
    [{}, 'darwin', join(homedir(), 'Library', 'Application Support', 'yaodian')],
  ] as const)('%j on %s → %s', (env, platform, expected) => {
    expect(defaultDataDir(env as NodeJS.ProcessEnv, platform)).toBe(expected);
  });
});

describe('port and arguments', () => {
  it('reads the port from YAODIAN_PORT, 0 by default, and refuses nonsense in Chinese', () => {
    expect(portFromEnv({})).toBe(0);
    expect(portFromEnv({ YAODIAN_PORT: '8765' })).toBe(8765);
    for (const bad of ['abc', '-1', '65536', '80.5']) expect(() => portFromEnv({ YAODIAN_PORT: bad })).toThrow(/端口/);
  });

  it('parses the command line over the environment', () => {
    const env = { YAODIAN_PORT: '1234', YAODIAN_DATA_DIR: '/env/data' };
    expect(parseCliArgs([], env, '/repo')).toEqual({
      port: 1234,
      dataDir: '/env/data',
      staticDir: resolve('/repo/dist/renderer'),
      open: true,
    });
    expect(parseCliArgs(['--port', '9000', '--data-dir', 'd', '--static-dir', 's', '--no-open'], env, '/repo')).toEqual(
      {
        port: 9000,
        dataDir: resolve('d'),
        staticDir: resolve('s'),
        open: false,
      },
    );
    expect(parseCliArgs([], { YAODIAN_RENDERER_DIR: '/built' }, '/repo').staticDir).toBe('/built');
    expect(() => parseCliArgs(['--bogus'], {}, '/repo')).toThrow(/未知参数/);
    expect(() => parseCliArgs(['--port'], {}, '/repo')).toThrow(/缺少/);
  });

  it('opens a browser only where there is a display', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});
