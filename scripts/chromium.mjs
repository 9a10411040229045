// How every browser this repository starts is launched (the widget's tests, the docs' tests, the
// bench): the system's Chromium (or CHROME_PATH, which `npm test` sets after installing it), never
// a downloaded one, with the flags this machine's closed network needs. Playwright gives each
// launch a fresh, temporary profile (--user-data-dir).

/** Options for playwright-core's `chromium.launch()`. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
