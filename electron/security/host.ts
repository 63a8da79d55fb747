// Checks for the loopback development host. Binding to 127.0.0.1 keeps other machines out; the Host check
// stops DNS rebinding (a web page whose domain re-resolves to 127.0.0.1); the Origin and Content-Type checks
// stop other web pages from posting to the API (a JSON content type forces a CORS preflight we never grant).
export const LOOPBACK = '127.0.0.1';

function allowedAuthorities(port: number): string[] {
  return [`${LOOPBACK}:${port}`, `localhost:${port}`];
}

export function isAllowedHostHeader(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedAuthorities(port).includes(host.toLowerCase());
}

/** No Origin (a non-browser local client, a same-origin GET) is accepted; a present one must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedAuthorities(port).some((a) => origin.toLowerCase() === `http://${a}`);
}

export function isJsonContentType(value: string | undefined): boolean {
  if (typeof value !== 'string') return false;
  const [type, ...params] = value.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((p) => p.startsWith('charset='));
  return !charset || charset === 'charset=utf-8';
}
