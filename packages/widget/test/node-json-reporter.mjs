// A node:test reporter that writes the JSON the root `npm test` sums (scripts/run.mjs):
// { numPassedTests, numFailedTests, numPendingTests }, like test/json-reporter.mjs does for
// @web/test-runner. Used by scripts/test.mjs for the tests of the distribution (test/*.test.mjs):
// the CDN build in a browser, the budget, the package contents, the manifest, the JSX typings.
//
// Counted: every test that is not a suite. A test file that fails outside any test (it throws on
// import, or the process dies) shows up as a failed "test" named after the file, and counts as one
// failure. The report is written only when the run ends; scripts/test.mjs deletes the old one
// first, so a run that dies leaves no report, which the root counts as a failure. The file is
// written here, in one go, rather than through --test-reporter-destination, which would create it
// empty at the start of the run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Writes the report to the file ATV_NODE_REPORT names (default reports/node.json); prints nothing.
 * @param {AsyncIterable<{ type: string, data: any }>} source
 */
export default async function* jsonReporter(source) {
  const file = resolve(process.env.ATV_NODE_REPORT ?? 'reports/node.json');
  const counts = { passed: 0, failed: 0, pending: 0 };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') continue;
    if (data.skip || data.todo) counts.pending += 1;
    else if (type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  const report = {
    numPassedTests: counts.passed,
    numFailedTests: counts.failed + (counts.passed + counts.failed === 0 ? 1 : 0),
    numPendingTests: counts.pending,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  yield '';
}
