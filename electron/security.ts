// Every guard on web contents in one file a reviewer can audit at a glance (Electron's security
// checklist): no navigation, no redirects, no new windows, no <webview>, no permissions, a strict CSP
// on everything the app protocol serves.
import type { Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // AG Grid positions rows and columns with inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True when a URL belongs to the app's own bundle (the only origin allowed to call IPC). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    // Node's URL reports origin "null" for non-special schemes like app:, so compare the parts.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
