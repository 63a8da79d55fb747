// Serves the built renderer (dist/renderer) read-only: GET/HEAD, paths confined to the folder.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolveStaticPath } from '../security';
import { mimeType } from './mime';
import { sendText } from './respond';

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  pathname: string,
): Promise<void> {
  const file = resolveStaticPath(root, pathname);
  if (!file) return sendText(res, 400, '请求的路径不合法');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    // browsers ask for /favicon.ico on their own; answer quietly when the build has none
    if (pathname === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      return sendText(res, 404, `界面尚未构建：${root} 中没有 index.html，请先运行 npm run build`);
    }
    return sendText(res, 404, `找不到文件：${pathname}`);
  }
  res.writeHead(200, {
    'Content-Type': mimeType(file),
    'Content-Length': info.size,
    // hashed assets could be cached forever, but the host is for development: always revalidate
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeFile(file, res);
}

export function pipeFile(file: string, res: ServerResponse): Promise<void> {
  return new Promise((resolvePipe) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolvePipe();
    });
    res.on('close', () => resolvePipe());
    stream.pipe(res);
  });
}
