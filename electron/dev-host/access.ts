// Who may call the browser-mode host. It listens on 127.0.0.1, which every account on the same computer (a shared
// PC, a terminal server) can reach, so each host makes a random secret at start and checks it on every API call
// and download. Only the browser the host opens receives it: the address it opens carries a one-time ticket,
// exchanged at the first visit for an HttpOnly cookie holding the secret (the address may show in the process
// list to other accounts; once used, the ticket is worthless). Local clients (tests, tools run by the same
// user in the same process) pass the secret in the X-Yaodian-Key header.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';

const KEY_HEADER = 'x-yaodian-key';
export const TICKET_PARAM = 'ticket';

export interface HostAccess {
  /** the secret: for in-process clients only, never printed or sent in an address */
  readonly secret: string;
  /** a fresh one-time ticket for the address the host opens or prints */
  newTicket(): string;
  /** true when the request carries the secret (header or this host's cookie) */
  allows(req: IncomingMessage, port: number): boolean;
  /** the Set-Cookie value when `ticket` is an unused ticket (which it uses up), else null */
  redeem(ticket: string, port: number): string | null;
}

const token = () => randomBytes(32).toString('base64url');

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The cookie's name carries the port: hosts of the same user on other ports keep their own. */
const cookieName = (port: number) => `yaodian-key-${port}`;

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * The secret of the hosts serving one data folder, kept in that folder (readable by its owner only, like the
 * drafts beside it): a host restarted under an open tab keeps accepting that tab's cookie, so the tab reconnects
 * and saves what was typed meanwhile, while other accounts still have no way to it.
 */
export function dataDirSecret(dataDir: string): string {
  const file = join(dataDir, '.host-secret');
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{43}$/.test(kept)) return kept;
  } catch {
    // none yet (or unreadable): a new one below
  }
  const secret = token();
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600); // an existing file keeps its old mode through writeFileSync
  return secret;
}

export function createHostAccess(secret = token()): HostAccess {
  const tickets = new Set<string>();
  return {
    secret,
    newTicket() {
      const t = token();
      tickets.add(t);
      return t;
    },
    allows(req, port) {
      const header = req.headers[KEY_HEADER];
      if (typeof header === 'string' && same(header, secret)) return true;
      const cookie = cookieValue(req.headers.cookie, cookieName(port));
      return cookie !== null && same(cookie, secret);
    },
    redeem(ticket, port) {
      if (!tickets.delete(ticket)) return null;
      // a session cookie would end with the browser; the secret itself ends with the host
      return `${cookieName(port)}=${secret}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000`;
    },
  };
}

export const REFUSED_WITHOUT_KEY =
  '本机服务拒绝了这次访问：缺少访问凭据。请使用启动“要点”时自动打开的浏览器窗口；如果那个窗口已关闭，请重新启动“要点”。';
