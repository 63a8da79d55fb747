// A raw HTTP client for the host tests: unlike fetch it may send any Host/Origin header and a body of any size.
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
  json<T = unknown>(): T;
}

let hostKey: string | null = null;

/** The browser-mode host's secret, sent (X-Yaodian-Key) with every request from now on; null: none. */
export function useHostKey(key: string | null): void {
  hostKey = key;
}

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string } = {},
): Promise<RawResponse> {
  const u = new URL(url);
  // the path exactly as written: URL parsing would resolve %2e%2e segments before the server sees them
  const rawPath = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? u.hostname,
        port: u.port,
        path: rawPath,
        method: options.method ?? 'GET',
        headers:
          hostKey && !options.headers?.['X-Yaodian-Key']
            ? { 'X-Yaodian-Key': hostKey, ...options.headers }
            : options.headers,
        setHost: !options.headers || !Object.keys(options.headers).some((k) => k.toLowerCase() === 'host'),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

export function postCall(
  baseUrl: string,
  method: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return rawRequest(new URL('api/call', baseUrl).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ method, input }),
  });
}
