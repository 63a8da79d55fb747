// The app's own origin. The renderer is served from a privileged custom scheme rather than file:// so that
// 'self' in the CSP means exactly the app's files (file:// origins are opaque and would match any local file).
export const APP_SCHEME = 'app';
export const APP_HOST = 'yaodian';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function parseUrl(raw: string): URL | null {
  if (typeof raw !== 'string' || raw.length > 32_768) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** A URL of the app's own origin (app://yaodian/…), with no credentials or explicit port smuggled in. */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
