import type { App, Session, Shell, WebContents } from 'electron';
import { isSafeExternalUrl } from '../../shared/text/externalUrl';
import { CONTENT_SECURITY_POLICY, isTrustedSenderUrl } from '../security';

/**
 * Locks down every web contents the app ever creates: no navigation away from our page, no
 * browser windows (safe links go to the system browser instead; our own page's address asks
 * the shell for another editor window, built and guarded like the first, or the presenter
 * window for `#presenter`: see windowRoleOf), no <webview>.
 */
export function guardWebContents(
  contents: WebContents,
  appUrl: string,
  shell: Pick<Shell, 'openExternal'>,
  openAppWindow?: (url: string) => void,
): void {
  const blockUnlessOurPage = (event: { preventDefault(): void }, url: string): void => {
    if (!isTrustedSenderUrl(url, appUrl)) {
      event.preventDefault();
      console.warn(`[wayline] blocked navigation to ${url}`);
    }
  };
  contents.on('will-navigate', (event) => blockUnlessOurPage(event, event.url));
  contents.on('will-redirect', (event) => blockUnlessOurPage(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (openAppWindow && isTrustedSenderUrl(url, appUrl)) openAppWindow(url);
    else if (isSafeExternalUrl(url)) {
      void shell.openExternal(url).catch((err: unknown) => {
        console.warn(`[wayline] could not open ${url}:`, err);
      });
    }
    return { action: 'deny' };
  });
}

/** Applies guardWebContents to every web contents, including ones created later. */
export function installWebContentsGuards(
  app: Pick<App, 'on'>,
  appUrl: string,
  shell: Pick<Shell, 'openExternal'>,
  openAppWindow?: (url: string) => void,
): void {
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, appUrl, shell, openAppWindow),
  );
}

/**
 * The session-wide defaults: every permission (camera, notifications, geolocation, ...) is
 * refused, and every response carries the CSP, on top of the <meta> tag the build injects.
 */
export function installSessionGuards(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'
  >,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
