// The loopback host's HTTP server: one listener, every request checked for the Host header first.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isAllowedHostHeader } from '../security';
import { handleCall, handleFile, handleHostInfo, type ApiOptions } from './api-routes';
import { applySecurityHeaders, sendFailure, sendText } from './respond';
import { serveStatic } from './static-files';

export interface ServerOptions extends ApiOptions {
  staticDir: string;
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
