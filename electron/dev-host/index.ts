// Browser mode: the built renderer and the same service handlers as the desktop app, over HTTP on
// 127.0.0.1. The Playwright tests start it in-process; `npm start` starts it where Electron is missing.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { openServices } from '../services/service-context';
import { dispatch } from '../services/dispatch';
import { LOOPBACK } from '../security';
import { createHostAccess, dataDirSecret, TICKET_PARAM } from './access';
import { createDevHostServer } from './server';

const DEFAULT_MAX_BODY_BYTES = 30 * 1024 * 1024; // import.bytes carries up to 28 MB of base64

/** The full integrity check of a large data file runs this long after the host listens (after the first screen). */
const DEFERRED_CHECK_DELAY_MS = 300;

export interface DevHostOptions {
  dataDir: string;
  /** 0 (default): any free port */
  port?: number;
  /** the built renderer, e.g. dist/renderer */
  staticDir: string;
  /** where browser-mode exports go (served back under /files/<name>); default <dataDir>/exports */
  exportDir?: string;
  maxBodyBytes?: number;
  /** a problem the integrity check after start found (Chinese), also handed to the page */
  onNotice?: (notice: string) => void;
  /** files up to this size are checked fully at open (OpenOptions.fullCheckMaxBytes; tests) */
  fullCheckMaxBytes?: number;
}

export interface DevHost {
  /** the host's address (API calls to it need the secret) */
  url: string;
  /** the address to open in the browser: url with a one-time ticket that gives that browser the secret */
  openUrl: string;
  /** the per-host secret, for clients in this process (X-Yaodian-Key); never printed */
  secret: string;
  /** another one-time address (a second browser window the user asks for) */
  newOpenUrl(): string;
  port: number;
  exportDir: string;
  /** Chinese notices from opening the store (e.g. a damaged database kept aside) */
  notices: string[];
  close(): Promise<void>;
}

export async function startDevHost(options: DevHostOptions): Promise<DevHost> {
  const dataDir = resolve(options.dataDir);
  const exportDir = resolve(options.exportDir ?? join(dataDir, 'exports'));
  await mkdir(dataDir, { recursive: true });
  await mkdir(exportDir, { recursive: true });
  const services = openServices({ dataDir, fullCheckMaxBytes: options.fullCheckMaxBytes });
  const access = createHostAccess(dataDirSecret(dataDir));
  const pageNotices = [...(services.notices ?? [])];
  let runCheck: (() => void) | null = null;
  let skipCheck = () => {};
  const noticesReady = services.deferredCheck
    ? new Promise<void>((done) => {
        skipCheck = done;
        runCheck = () => {
          runCheck = null;
          const found = services.deferredCheck?.();
          if (found) {
            pageNotices.push(found);
            options.onNotice?.(found);
          }
          done();
        };
      })
    : undefined;
  const server = createDevHostServer({
    access,
    staticDir: resolve(options.staticDir),
    exportDir,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    notices: pageNotices,
    noticesReady,
    call: (method, input) => dispatch(services.handlers, method, input),
  });
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 0, LOOPBACK, () => {
        server.off('error', fail);
        ok();
      });
    });
  } catch (e) {
    services.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      throw new Error(
        `端口 ${options.port} 已被占用：“要点”可能已在运行（请在浏览器中打开 http://${LOOPBACK}:${options.port}/），` +
          '或用 --port 端口号（环境变量 YAODIAN_PORT）换一个端口',
      );
    }
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  // a large file's full check, after start: the first calls are answered first
  const checkTimer = setTimeout(() => runCheck?.(), DEFERRED_CHECK_DELAY_MS);
  checkTimer.unref();
  let closing: Promise<void> | null = null;
  const url = `http://${LOOPBACK}:${port}/`;
  const newOpenUrl = () => `${url}?${TICKET_PARAM}=${access.newTicket()}`;
  return {
    url,
    openUrl: newOpenUrl(),
    secret: access.secret,
    newOpenUrl,
    port,
    exportDir,
    notices: [...(services.notices ?? [])],
    close() {
      closing ??= (async () => {
        clearTimeout(checkTimer);
        skipCheck();
        await new Promise<void>((ok) => {
          server.close(() => ok());
          server.closeAllConnections();
        });
        services.close();
      })();
      return closing;
    },
  };
}
