import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/node/problems.js';
import {
  readRecordInputs,
  validateRecordSources,
  type ValidateOptions,
} from '../src/node/validate.js';

export const fixturesDir = fileURLToPath(new URL('./fixtures', import.meta.url));
export const recordsDir = fileURLToPath(new URL('../records', import.meta.url));
export const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Validates files or folders below test/fixtures and returns the result with printed lines. */
export function validateFixtures(paths: string[], options: ValidateOptions = {}) {
  const { inputs } = readRecordInputs(paths.map((p) => `${fixturesDir}/${p}`));
  const result = validateRecordSources(
    inputs.map((input) => ({ ...input, file: relative(fixturesDir, input.file) })),
    { now: new Date('2026-03-01T12:00:00Z'), ...options },
  );
  return { ...result, lines: result.problems.map(formatProblem) };
}
