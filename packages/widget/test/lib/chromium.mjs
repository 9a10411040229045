// How every browser test of this package starts Chromium: the system's (or CHROME_PATH), never a
// downloaded one, with the flags this machine's closed network needs.
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
