// Session and web-contents policy: the rules live in ../security as pure, tested functions; this file only
// attaches them to Electron's hooks.
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, isAllowedPermission, isAllowedRequest } from '../security';

export function applySessionPolicy(session: Session): void {
  // the app makes no network request: cancel everything that is not the app's own content
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((webContents, permission, callback) => {
    callback(isAllowedPermission(permission, webContents.getURL()));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => {
    return isAllowedPermission(permission, requestingOrigin);
  });
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  // exports go through the native save dialog; the page has nothing to download
  session.on('will-download', (event) => event.preventDefault());
}

/** Applied to every web contents the app creates (the window, and anything a page might try to open). */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
