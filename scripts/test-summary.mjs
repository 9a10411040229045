// The line `npm test` ends with, "N passed, N failed", from machine-readable results only: the JSON
// report each test runner writes into its package's reports/ folder (vitest's json reporter, and
// the widget's own reporters for @web/test-runner and node:test) for the counts, and turbo's run
// summary (`turbo run --summarize` writes .turbo/runs/<id>.json) for which tasks failed. Nothing
// here reads a log. scripts/run.mjs calls it; packages/data/test/test-summary.test.ts runs it on
// fixtures.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where turbo writes its run summaries, under the repository root. */
export const RUNS_DIR = join('.turbo', 'runs');

/** The run summaries present now (file names), to tell the next run's apart. */
export function runSummaries(root) {
  const dir = join(root, RUNS_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
}

/**
 * The run summary a turbo run wrote: the one file in .turbo/runs that was not there `before` it.
 * Undefined when there is none, as when turbo stopped before running anything. The summary is
 * taken: the files the run added are removed once read (turbo never prunes them, and one is
 * written per `npm test`), and the one read is kept as reports/turbo-run.json beside the line.
 */
export function takeRunSummary(root, before) {
  const known = new Set(before);
  const added = runSummaries(root).filter((name) => !known.has(name));
  if (added.length === 0) return undefined;
  // Ids are time-ordered (ksuid), so the last in sort order is the latest, should two be new.
  const text = readFileSync(join(root, RUNS_DIR, added.sort().at(-1)), 'utf8');
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', 'turbo-run.json'), text);
  for (const name of added) rmSync(join(root, RUNS_DIR, name), { force: true });
  return JSON.parse(text);
}

/**
 * The tasks of a run summary that did not succeed: a non-zero exit code, an error, or no exit at
 * all (a task turbo never ran, or left running when it stopped). A cache hit replays a success.
 */
export function failedTasks(runSummary) {
  return (runSummary.tasks ?? [])
    .filter((task) => task.execution?.exitCode !== 0 || task.execution?.error)
    .map((task) => ({
      taskId: task.taskId,
      task: task.task,
      directory: task.directory ?? '',
      exitCode: task.execution?.exitCode,
    }));
}

/**
 * Passed and failed tests of one report: the Jest-shaped JSON vitest writes, which the widget's
 * reporters write too. A test file that failed to load has no failed test in it, but it is a
 * failure all the same.
 */
export function reportCounts(report) {
  const brokenFiles = (report.testResults ?? []).filter(
    (result) =>
      result.status === 'failed' &&
      !(result.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
  };
}

/**
 * The sum over every package's reports, and one failure for each thing that failed without a
 * failed test to show for it: a task (build, typecheck, lint, feeds) that failed, a test task that
 * failed with no failing test in its reports, a test task that left no report at all (it crashed
 * before reporting), a report that is not JSON, and a run that wrote no summary. So a red run can
 * never print "0 failed".
 *
 * @param {{ root: string, packageDirs: string[], runSummary: object | undefined }} options
 *   `packageDirs` are absolute; `runSummary` is the parsed .turbo/runs file of the run.
 * @returns {{ passed: number, failed: number, suites: string[] }} `suites` says where each count
 *   came from, one line each.
 */
export function summarise({ root, packageDirs, runSummary }) {
  let passed = 0;
  let failed = 0;
  const suites = [];
  /** Failed tests per package directory (relative to the root), for the packages that reported. */
  const reported = new Map();
  for (const dir of packageDirs) {
    const rel = relative(root, dir);
    const reportsDir = join(dir, 'reports');
    if (!existsSync(reportsDir)) continue;
    for (const file of readdirSync(reportsDir).filter((name) => name.endsWith('.json'))) {
      const where = `${rel}/reports/${file}`;
      let counts;
      try {
        counts = reportCounts(JSON.parse(readFileSync(join(reportsDir, file), 'utf8')));
      } catch (error) {
        failed += 1;
        suites.push(`${where}: unreadable (${error instanceof Error ? error.message : error})`);
        continue;
      }
      passed += counts.passed;
      failed += counts.failed;
      reported.set(rel, (reported.get(rel) ?? 0) + counts.failed);
      suites.push(`${where}: ${counts.passed} passed, ${counts.failed} failed`);
    }
  }
  if (!runSummary) {
    failed += 1;
    suites.push(`turbo: no run summary in ${RUNS_DIR} (the run stopped before its tasks)`);
    return { passed, failed, suites };
  }
  // Cached or run, a test task leaves its reports; none means the suite crashed before reporting.
  const unreported = new Set();
  for (const task of runSummary.tasks ?? []) {
    if (task.task !== 'test' || reported.has(task.directory)) continue;
    failed += 1;
    suites.push(`${task.taskId}: wrote no report in ${task.directory}/reports/`);
    unreported.add(task.taskId);
  }
  for (const task of failedTasks(runSummary)) {
    if (unreported.has(task.taskId)) continue;
    if (task.task === 'test' && (reported.get(task.directory) ?? 0) > 0) continue;
    failed += 1;
    const how = task.exitCode === undefined ? 'did not finish' : `exit ${task.exitCode}`;
    suites.push(`${task.taskId}: failed (${how})`);
  }
  return { passed, failed, suites };
}
