// The one place that knows how the renderer reaches the back end: Electron IPC through the preload's
// window.yaodian when present, else the loopback development host over HTTP. Both speak the same Api.
import type { Api, DesktopBridge, Input, Method, Outputs, Result } from '../../shared/api/contract';
import { reportConnectionLost } from './connection';

export interface HostInfo {
  mode: 'desktop' | 'browser';
  /** browser mode: where the dev host writes exports (served back under /files/<name>) */
  exportDir: string | null;
  /** browser mode: what opening the data file had to tell the user (given to the first page only) */
  notices?: string[];
}

/** What the application menu asks the renderer to do (electron/preload/channels.ts MENU_COMMANDS). */
export type MenuCommand = 'new' | 'import' | 'export' | 'find' | 'revisions';

/** window.yaodian, as electron/preload/index.ts exposes it. */
interface PreloadApi {
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Outputs[M]>>;
  desktop: DesktopBridge;
  /** File-menu commands; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The window is closing: the handler saves pending edits; the window closes when it settles (or after 2 s). */
  onFlushRequest(handler: () => Promise<void>): () => void;
}

declare global {
  interface Window {
    yaodian?: PreloadApi;
  }
}

const preload = typeof window !== 'undefined' ? window.yaodian : undefined;

async function httpCall<M extends Method>(method: M, input: Input<M>): Promise<Result<Outputs[M]>> {
  try {
    const res = await fetch('api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method, input }),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as Result<Outputs[M]>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `服务返回了无法识别的内容（HTTP ${res.status}）` } };
    }
  } catch {
    reportConnectionLost();
    return { ok: false, error: { code: 'io', message: '无法连接本机服务，请确认“要点”程序仍在运行' } };
  }
}

/** Calls a back-end method; never throws, the Result carries a Chinese message on failure. */
const api: Api = preload ? (method, input) => preload.call(method, input) : httpCall;

export const isDesktop = Boolean(preload);

/** Chromium lets keepalive requests carry at most 64 KiB in flight. */
const KEEPALIVE_BYTES = 60_000;

/**
 * Sends a call while the page is unloading, in a request that outlives the page; no answer is awaited.
 * Returns false when it cannot be sent that way (browser mode, a body over the keepalive limit).
 */
export function sendWhileUnloading<M extends Method>(method: M, input: Input<M>): boolean {
  if (preload) {
    // the message is in the main process as soon as invoke() returns
    void preload.call(method, input);
    return true;
  }
  const body = JSON.stringify({ method, input });
  if (new TextEncoder().encode(body).length > KEEPALIVE_BYTES) return false;
  void fetch('api/call', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    keepalive: true,
  }).catch(() => undefined);
  return true;
}

let hostInfoPromise: Promise<HostInfo> | null = null;

export function hostInfo(): Promise<HostInfo> {
  if (preload) return Promise.resolve({ mode: 'desktop', exportDir: null });
  hostInfoPromise ??= fetch('api/host-info')
    .then((r) => r.json() as Promise<{ mode: 'browser'; exportDir: string; notices?: string[] }>)
    .then((v) => ({ mode: 'browser' as const, exportDir: v.exportDir ?? null, notices: v.notices ?? [] }))
    .catch(() => ({ mode: 'browser' as const, exportDir: null }));
  return hostInfoPromise;
}

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Calls and unwraps: resolves with the value or rejects with an ApiFailure carrying the Chinese message. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Outputs[M]> {
  const r = await api(method, input);
  if (r.ok) return r.value;
  throw new ApiFailure(r.error.code, r.error.message);
}
