// Permission requests from web content (camera, geolocation, notifications, …). The app needs none of them;
// only writing to the clipboard through navigator.clipboard (copy of a section) is allowed, and only for the app.
import { isAppUrl } from './origins';

const ALLOWED = new Set(['clipboard-sanitized-write']);

export function isAllowedPermission(permission: string, requestingUrl: string | null | undefined): boolean {
  return ALLOWED.has(permission) && typeof requestingUrl === 'string' && isAppUrl(requestingUrl);
}
