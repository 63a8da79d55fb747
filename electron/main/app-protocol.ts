// The renderer is served from app://yaodian/ (a privileged standard scheme) instead of file://: a real
// origin for the CSP's 'self', and no way for a page to read arbitrary local files.
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { mimeType } from '../dev-host/mime';
import { APP_HOST, APP_SCHEME, resolveStaticPath, SECURITY_HEADERS } from '../security';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });
}

/** Serves files of the built renderer folder; everything outside it is refused. */
export function serveAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return textResponse(404, '找不到资源');
    const file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return textResponse(400, '请求的路径不合法');
    try {
      const bytes = await readFile(file);
      return new Response(bytes, { status: 200, headers: { 'Content-Type': mimeType(file), ...SECURITY_HEADERS } });
    } catch {
      return textResponse(404, `找不到文件：${url.pathname}`);
    }
  });
}
