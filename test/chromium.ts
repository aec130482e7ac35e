/**
 * Chromium as the end-to-end tests and the benches launch it: Debian's own build (Playwright's
 * browser download cannot run on these machines), without a sandbox, GPU or background traffic.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.WAYLINE_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
