// Which requests the Electron session lets through. The app makes no network request: everything it loads
// comes from its own origin; data:/blob: cover images and downloads the renderer creates itself.
import { isAppUrl, parseUrl } from './origins';

export function isAllowedRequest(raw: string): boolean {
  if (isAppUrl(raw)) return true;
  const url = parseUrl(raw);
  if (!url) return false;
  switch (url.protocol) {
    case 'data:':
      return true;
    case 'blob:':
      // blob: URLs carry their creator's origin: blob:app://yaodian/<uuid>
      return isAppUrl(raw.slice('blob:'.length));
    case 'devtools:':
      // the developer tools window (only opened by hand from the menu in a development build)
      return true;
    default:
      return false;
  }
}

/** In-page navigation and reloads may stay on the app's origin; anything else is refused. */
export function isAllowedNavigation(target: string): boolean {
  return isAppUrl(target);
}

/** IPC is answered only for frames showing the app itself (not an injected iframe or a foreign page). */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
