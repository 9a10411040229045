// How every browser test of this package starts Chromium: the repository's one definition.
export { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';
