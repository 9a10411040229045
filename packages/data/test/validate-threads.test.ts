import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/node/problems.js';
import { validateRecordSourcesInParallel } from '../src/node/validate-threads.js';
import { readRecordInputs, validateRecordSources } from '../src/node/validate.js';
import { fixturesDir, packageDir, recordsDir } from './helpers.js';

// The shipped records and every fixture (valid, invalid, stale, the rules across files), as one
// set: records that pass, every kind of problem, and ids that two files share across folders.
// Whichever thread checks a file, its problems across files are located from that thread's
// outcome, as the serial run locates them.
const { inputs } = readRecordInputs([
  recordsDir,
  ...['valid', 'invalid', 'stale', 'dataset'].map((dir) => `${fixturesDir}/${dir}`),
  ...['duplicate-id', 'redirect-chain', 'redirect-missing'].map(
    (dir) => `${fixturesDir}/cross/${dir}`,
  ),
]);
const files = inputs.map((input) => ({ ...input, file: relative(packageDir, input.file) }));
const options = { now: new Date('2026-03-01T12:00:00Z') };
const serial = validateRecordSources(files, options);

describe('validateRecordSourcesInParallel', () => {
  it('checks a set with valid records and every kind of problem (what the cases below compare)', () => {
    expect(serial.tools.length).toBeGreaterThan(0);
    expect(serial.redirects.length).toBeGreaterThan(0);
    const rules = new Set(serial.problems.map((p) => p.rule));
    // The rules across files, which run on the outcomes the threads hand back.
    for (const rule of ['id-unique', 'redirect-target', 'yaml-syntax', 'schema', 'stale'])
      expect(rules).toContain(rule);
  });

  describe.each([2, 3])('when the files are shared among %i threads', (threads) => {
    it('should give the serial result, problem for problem and record for record', async () => {
      const parallel = await validateRecordSourcesInParallel(files, { ...options, threads });
      // Each problem as a maintainer reads it (file, line, column, field, message), in order.
      expect(parallel.problems.map(formatProblem)).toEqual(serial.problems.map(formatProblem));
      // And everything else: the records the build writes, the counts, the rule ids.
      expect(parallel).toStrictEqual(serial);
    });
  });
});
