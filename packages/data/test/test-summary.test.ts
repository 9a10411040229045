/**
 * The line `npm test` ends with (scripts/test-summary.mjs, called by scripts/run.mjs), which CI's
 * .ci/run repeats: "N passed, N failed" summed over every suite's JSON report, with the failed
 * tasks read from turbo's run summary (.turbo/runs/<id>.json). On fixtures in a scratch folder: the
 * reports as vitest writes them and run summaries of the shape turbo 2 writes, with failures of
 * each kind. Here beside workflows.test.ts, the other test of the repository's own scripts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

interface Summary {
  passed: number;
  failed: number;
  suites: string[];
}
interface TestSummaryModule {
  summarise(options: { root: string; packageDirs: string[]; runSummary: unknown }): Summary;
  runSummaries(root: string): string[];
  takeRunSummary(root: string, before: string[]): unknown;
}
const { summarise, runSummaries, takeRunSummary } = (await import(
  pathToFileURL(join(import.meta.dirname, '../../../scripts/test-summary.mjs')).href
)) as TestSummaryModule;

const line = ({ passed, failed }: Summary) => `${passed} passed, ${failed} failed`;

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

/** A scratch workspace with packages/a and packages/b; returns their directories. */
function workspace(): string[] {
  root = mkdtempSync(join(tmpdir(), 'test-summary-'));
  return ['a', 'b'].map((name) => {
    const dir = join(root, 'packages', name);
    mkdirSync(dir, { recursive: true });
    return dir;
  });
}

/** A report as vitest's json reporter writes it: one file, with the tests' statuses. */
function report(dir: string, statuses: string[], file = 'vitest.json'): void {
  const failed = statuses.filter((s) => s === 'failed').length;
  mkdirSync(join(dir, 'reports'), { recursive: true });
  writeFileSync(
    join(dir, 'reports', file),
    JSON.stringify({
      numPassedTests: statuses.length - failed,
      numFailedTests: failed,
      numTotalTests: statuses.length,
      success: failed === 0,
      testResults: [
        {
          name: 'test/one.test.ts',
          status: failed ? 'failed' : 'passed',
          assertionResults: statuses.map((status, i) => ({ title: `test ${i}`, status })),
        },
      ],
    }),
  );
}

/** A run summary as `turbo run --summarize` writes it, with the fields the summary reads. */
function run(tasks: { id: string; exitCode?: number; error?: string; cached?: boolean }[]) {
  return {
    id: '3N9k7ABeSzlnMguWBi0b6Eu8QS7',
    turboVersion: '2',
    execution: { failed: tasks.filter((t) => t.exitCode !== 0).length, attempted: tasks.length },
    tasks: tasks.map(({ id, exitCode, error, cached }) => {
      const [pkg, task] = id.split('#');
      return {
        taskId: id,
        task,
        package: pkg,
        directory: `packages/${pkg}`,
        cache: { status: cached ? 'HIT' : 'MISS' },
        execution:
          exitCode === undefined ? undefined : { startTime: 1, endTime: 2, exitCode, error },
      };
    }),
  };
}

const green = [
  { id: 'a#build', exitCode: 0 },
  { id: 'a#test', exitCode: 0 },
  { id: 'b#build', exitCode: 0, cached: true },
  { id: 'b#test', exitCode: 0, cached: true },
];

describe('the "N passed, N failed" line of npm test', () => {
  it('sums the tests of every report of every package', () => {
    const [a, b] = workspace();
    report(a!, ['passed', 'passed']);
    report(b!, ['passed', 'passed', 'passed']);
    report(b!, ['passed'], 'wtr.json');
    expect(line(summarise({ root, packageDirs: [a!, b!], runSummary: run(green) }))).toBe(
      '6 passed, 0 failed',
    );
  });

  it('counts a failed test once, though its test task failed too', () => {
    const [a, b] = workspace();
    report(a!, ['passed', 'failed', 'failed']);
    report(b!, ['passed']);
    const runSummary = run([
      { id: 'a#test', exitCode: 1, error: 'command (packages/a) pnpm run test exited (1)' },
      { id: 'b#test', exitCode: 0 },
    ]);
    expect(line(summarise({ root, packageDirs: [a!, b!], runSummary }))).toBe('2 passed, 2 failed');
  });

  it('counts a suite that crashed before reporting as failed, not as 0 tests', () => {
    const [a, b] = workspace();
    report(b!, ['passed']);
    const runSummary = run([
      { id: 'a#test', exitCode: 1, error: 'exited (1)' },
      { id: 'b#test', exitCode: 0 },
    ]);
    const result = summarise({ root, packageDirs: [a!, b!], runSummary });
    expect(line(result)).toBe('1 passed, 1 failed');
    expect(result.suites).toContain('a#test: wrote no report in packages/a/reports/');
  });

  it('counts a test task that exited 0 without a report as failed', () => {
    const [a, b] = workspace();
    report(b!, ['passed']);
    const runSummary = run([
      { id: 'a#test', exitCode: 0 },
      { id: 'b#test', exitCode: 0 },
    ]);
    expect(line(summarise({ root, packageDirs: [a!, b!], runSummary }))).toBe('1 passed, 1 failed');
  });

  it('counts a test task that failed with all its reported tests passing', () => {
    const [a, b] = workspace();
    // The widget writes two reports; one suite passed, the other crashed before writing its own.
    report(a!, ['passed', 'passed'], 'node.json');
    report(b!, ['passed']);
    const runSummary = run([
      { id: 'a#test', exitCode: 1 },
      { id: 'b#test', exitCode: 0 },
    ]);
    const result = summarise({ root, packageDirs: [a!, b!], runSummary });
    expect(line(result)).toBe('3 passed, 1 failed');
    expect(result.suites).toContain('a#test: failed (exit 1)');
  });

  it('counts each failed build, typecheck or lint task, and a task that never finished', () => {
    const [a, b] = workspace();
    report(a!, ['passed']);
    report(b!, ['passed']);
    const runSummary = run([
      ...green,
      { id: 'a#typecheck', exitCode: 2, error: 'exited (2)' },
      { id: 'b#lint', exitCode: 1 },
      { id: 'b#build-docs' },
    ]);
    const result = summarise({ root, packageDirs: [a!, b!], runSummary });
    expect(line(result)).toBe('2 passed, 3 failed');
    expect(result.suites).toEqual(
      expect.arrayContaining([
        'a#typecheck: failed (exit 2)',
        'b#lint: failed (exit 1)',
        'b#build-docs: failed (did not finish)',
      ]),
    );
  });

  it('counts a test file that failed to load, which has no failed test in it', () => {
    const [a] = workspace();
    mkdirSync(join(a!, 'reports'));
    writeFileSync(
      join(a!, 'reports', 'vitest.json'),
      JSON.stringify({
        numPassedTests: 4,
        numFailedTests: 0,
        testResults: [
          { name: 'test/ok.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
          { name: 'test/broken.test.ts', status: 'failed', assertionResults: [] },
        ],
      }),
    );
    const runSummary = run([{ id: 'a#test', exitCode: 1 }]);
    expect(line(summarise({ root, packageDirs: [a!], runSummary }))).toBe('4 passed, 1 failed');
  });

  it('counts a report that is not JSON, and a run that wrote no summary, as failures', () => {
    const [a, b] = workspace();
    mkdirSync(join(a!, 'reports'));
    writeFileSync(join(a!, 'reports', 'vitest.json'), '{"numPassedTests": 3,');
    report(b!, ['passed']);
    const result = summarise({ root, packageDirs: [a!, b!], runSummary: undefined });
    expect(line(result)).toBe('1 passed, 2 failed');
  });
});

describe('the run summary of a turbo run', () => {
  it('is the file in .turbo/runs that the run added, and none when it added none', () => {
    workspace();
    const runs = join(root, '.turbo', 'runs');
    mkdirSync(runs, { recursive: true });
    writeFileSync(join(runs, '3N9k5h0GWl7fs3A4SLR4sBHQ7PR.json'), JSON.stringify({ id: 'old' }));
    const before = runSummaries(root);
    expect(takeRunSummary(root, before)).toBeUndefined();
    writeFileSync(join(runs, '3N9k7ABeSzlnMguWBi0b6Eu8QS7.json'), JSON.stringify({ id: 'new' }));
    expect(takeRunSummary(root, before)).toEqual({ id: 'new' });
  });

  it('is taken once: the files the run added are removed, the summary kept in reports/', () => {
    workspace();
    const runs = join(root, '.turbo', 'runs');
    mkdirSync(runs, { recursive: true });
    writeFileSync(join(runs, '3N9k5h0GWl7fs3A4SLR4sBHQ7PR.json'), JSON.stringify({ id: 'old' }));
    const before = runSummaries(root);
    writeFileSync(join(runs, '3N9k7ABeSzlnMguWBi0b6Eu8QS7.json'), JSON.stringify({ id: 'new' }));
    expect(takeRunSummary(root, before)).toEqual({ id: 'new' });
    expect(runSummaries(root)).toEqual(['3N9k5h0GWl7fs3A4SLR4sBHQ7PR.json']);
    expect(JSON.parse(readFileSync(join(root, 'reports', 'turbo-run.json'), 'utf8'))).toEqual({
      id: 'new',
    });
    expect(takeRunSummary(root, before)).toBeUndefined();
  });
});
