#!/usr/bin/env node
// `pnpm test` in packages/widget: both suites, each writing the report the root sums.
//
//   reports/wtr.json    the elements, in Chromium (@web/test-runner, src/**/*.test.ts)
//   reports/node.json   the distribution (node:test, test/*.test.mjs): the CDN build as a blog page
//                       loads it, the size budgets of the CDN build and of an app's bundle
//                       (printed on every run), the npm package's contents, custom-elements.json,
//                       the React JSX typings, the React wrapper on a server, and two React apps
//                       (Next.js, Vite) using it, installed from packed tarballs with npm and
//                       opened in Chromium (test/consumers.test.mjs: about 2 minutes, and the npm
//                       registry)
//
// Both always run, so a failure in one never hides the other's results; the exit code is non-zero
// when either fails. They need `pnpm build` first (turbo runs it: test depends on build).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(packageDir, 'node_modules', '.bin', name);
const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, {
    cwd: packageDir,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
};

// A stale report must never stand in for a run that did not finish.
for (const report of ['wtr.json', 'node.json']) {
  rmSync(join(packageDir, 'reports', report), { force: true });
}

const version = run(process.execPath, [join(packageDir, 'scripts', 'generate-version.mjs')]);
if (version !== 0) process.exit(version);

const only = process.argv[2]; // `node scripts/test.mjs node` or `... wtr` runs one suite
const statuses = [];
if (only !== 'node') statuses.push(run(bin('web-test-runner'), []));
if (only !== 'wtr') {
  const files = readdirSync(join(packageDir, 'test'))
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => join('test', name));
  statuses.push(
    run(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        `--test-reporter=${join(packageDir, 'test', 'node-json-reporter.mjs')}`,
        '--test-reporter-destination=stderr',
        ...files,
      ],
      { ATV_NODE_REPORT: join(packageDir, 'reports', 'node.json') },
    ),
  );
}
process.exit(statuses.find((status) => status !== 0) ?? 0);
