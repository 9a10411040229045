// @web/test-runner in real Chromium. The browser is never downloaded: it comes from CHROME_PATH
// (set by `npm test` via scripts/run.mjs, which installs Chromium with apt-get on a bare CI machine)
// or the Debian/Ubuntu default path.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { jsonReporter } from './test/json-reporter.mjs';
import { chromiumLaunchOptions } from './test/lib/chromium.mjs';

const packageDir = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Serve from the repository root: the sdk and data packages and pnpm's store live outside this one.
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: [`${packageDir}src/**/*.test.ts`],
  // `source`: the widget's `#loader` (package.json, "imports") is its TypeScript source here.
  nodeResolve: { exportConditions: ['source'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  concurrency: 1,
  // Each element's file also loops over every record of the bundled data, so it grows with the
  // dataset: allow a file 5 minutes (the default is 2) before it counts as hung.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), jsonReporter({ outputFile: `${packageDir}reports/wtr.json` })],
};
