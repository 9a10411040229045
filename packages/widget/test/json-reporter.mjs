// A @web/test-runner reporter that writes reports/wtr.json in the shape the root `npm test` sums
// (scripts/run.mjs): { numPassedTests, numFailedTests, numPendingTests }, counting single tests
// across every test file and browser.
//
// It never leaves a report that claims success for a run that did not succeed: the old report is
// deleted when the run starts, a file that failed to load or crashed counts as a failure, and so
// does a session that never finished. If the runner itself dies, no report is written, and the root
// script counts the missing report as a failure.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Adds up the tests of one suite and its nested suites. */
function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.pending += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/** The counts for every session (one test file in one browser). */
export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, pending: 0 };
  for (const session of sessions) {
    const before = counts.failed;
    if (session.testResults) countSuite(session.testResults, counts);
    const finished = session.status === 'FINISHED';
    const broken = !finished || session.passed === false || (session.errors?.length ?? 0) > 0;
    // A file that failed to import, timed out or threw outside a test has no failing test to show
    // for it; it still counts as one failure.
    if (broken && counts.failed === before) counts.failed += 1;
  }
  return counts;
}

/**
 * @param {{ outputFile?: string }} [options] where to write, relative to the working directory
 * @returns {import('@web/test-runner').Reporter}
 */
export function jsonReporter({ outputFile = 'reports/wtr.json' } = {}) {
  const file = resolve(outputFile);

  // `sessions` is every session of the run, finished or not, so a run cut short shows up here.
  function write(sessions) {
    const counts = countSessions(sessions);
    if (sessions.length === 0) counts.failed += 1; // finding no test file is not a pass
    const report = {
      numPassedTests: counts.passed,
      numFailedTests: counts.failed,
      numPendingTests: counts.pending,
    };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  }

  return {
    start() {
      rmSync(file, { force: true });
    },
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}
