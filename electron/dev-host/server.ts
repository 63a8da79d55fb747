// The loopback host's HTTP server: one listener, every request checked for the Host header first.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isAllowedHostHeader } from '../security';
import { REFUSED_WITHOUT_KEY, TICKET_PARAM, type HostAccess } from './access';
import { handleCall, handleFile, handleHostInfo, type ApiOptions } from './api-routes';
import { applySecurityHeaders, sendFailure, sendText } from './respond';
import { serveStatic } from './static-files';

export interface ServerOptions extends ApiOptions {
  staticDir: string;
  access: HostAccess;
}

async function route(req: IncomingMessage, res: ServerResponse, opts: ServerOptions): Promise<void> {
  applySecurityHeaders(res);
  const port = req.socket.localPort ?? 0;
  if (!isAllowedHostHeader(req.headers.host, port)) {
    // a DNS-rebinding page reaches us under its own host name; answer nothing of substance
    return sendText(res, 403, `拒绝访问：主机名“${String(req.headers.host ?? '').slice(0, 100)}”不是本机地址`);
  }
  const rawUrl = req.url ?? '';
  if (!rawUrl.startsWith('/')) return sendText(res, 400, '请求的路径不合法');
  // the raw path, not a URL-normalised one: encoded dot segments must reach the path checks and be refused
  const pathname = rawUrl.split(/[?#]/)[0];
  const ticket = new URLSearchParams(rawUrl.split('#')[0].split('?')[1] ?? '').get(TICKET_PARAM);
  if (ticket !== null) {
    const cookie = opts.access.redeem(ticket, port);
    if (!cookie)
      return sendText(res, 403, '这个链接已经用过或已失效。请使用启动“要点”时自动打开的浏览器窗口，或重新启动“要点”。');
    // the ticket leaves the address bar at once; from now on the cookie carries the secret
    res.writeHead(303, { Location: pathname, 'Set-Cookie': cookie, 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  const guarded = pathname.startsWith('/api/') || pathname.startsWith('/files/');
  if (guarded && !opts.access.allows(req, port)) return sendFailure(res, 403, 'invalid-operation', REFUSED_WITHOUT_KEY);
  if (pathname === '/api/call') return handleCall(req, res, port, opts);
  if (pathname === '/api/host-info') return handleHostInfo(req, res, opts);
  if (pathname.startsWith('/api/')) return sendFailure(res, 404, 'not-found', `没有这个接口：${pathname}`);
  if (pathname.startsWith('/files/')) return handleFile(req, res, pathname.slice('/files/'.length), opts);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, '此路径只接受 GET 请求');
  }
  return serveStatic(req, res, opts.staticDir, pathname);
}

export function createDevHostServer(opts: ServerOptions): Server {
  const server = createServer({ requestTimeout: 120_000, headersTimeout: 30_000 }, (req, res) => {
    route(req, res, opts).catch((e: unknown) => {
      if (!res.headersSent) sendFailure(res, 500, 'internal', `本机服务出错：${(e as Error)?.message ?? String(e)}`);
      else res.destroy();
    });
  });
  return server;
}
