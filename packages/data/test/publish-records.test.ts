import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsLiteral } from '../src/js-literal.js';
import { formatProblem } from '../src/node/problems.js';
import { validateAndWriteRecords } from '../src/node/publish-records.js';
import { readRecordInputs, validateRecordSources } from '../src/node/validate.js';
import { fixturesDir, packageDir, recordsDir } from './helpers.js';

// The build's per-record step (scripts/build.ts): validate's result, and each published record's
// files written by whichever thread checked it. Sets as in validate-threads.test.ts.
const inputsOf = (paths: string[]) =>
  readRecordInputs(paths).inputs.map((input) => ({
    ...input,
    file: relative(packageDir, input.file),
  }));
/** Records that pass and every kind of problem, with ids that two files share across folders. */
const withProblems = inputsOf([
  recordsDir,
  ...['valid', 'invalid', 'stale', 'dataset'].map((dir) => `${fixturesDir}/${dir}`),
  ...['duplicate-id', 'redirect-chain', 'redirect-missing'].map(
    (dir) => `${fixturesDir}/cross/${dir}`,
  ),
]);
/** A set the build publishes: the shipped records and the fictional dataset. */
const publishable = inputsOf([recordsDir, `${fixturesDir}/dataset`]);
const options = { now: new Date('2026-03-01T12:00:00Z') };
/** As the build checks them: no staleness, and a day after every date the shipped records hold. */
const buildOptions = { now: new Date('2100-01-01T12:00:00Z'), staleness: false };
const EXTENSIONS = ['.cjs', '.d.cts', '.d.ts', '.js', '.json'];

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atv-publish-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.each([1, 2, 3])('validateAndWriteRecords, on %i thread(s)', (threads) => {
  it("should give validate's result, problem for problem and record for record", async () => {
    const serial = validateRecordSources(withProblems, options);
    const { texts: _, ...result } = await validateAndWriteRecords(
      withProblems,
      { ...options, threads },
      freshDir(),
    );
    expect(result.problems.map(formatProblem)).toEqual(serial.problems.map(formatProblem));
    expect(result).toStrictEqual(serial);
  });

  it('should write the five files of every published record, each equal to the record', async () => {
    const dir = freshDir();
    const result = await validateAndWriteRecords(publishable, { ...buildOptions, threads }, dir);
    expect(result.errorCount).toBe(0);
    const records = [...result.tools, ...result.redirects];
    expect(records.length).toBe(publishable.length);
    expect(readdirSync(dir).sort()).toEqual(
      records.flatMap((r) => EXTENSIONS.map((ext) => `${r.id}${ext}`)).sort(),
    );
    for (const record of records) {
      const read = (ext: string) => readFileSync(join(dir, `${record.id}${ext}`), 'utf8');
      expect(JSON.parse(read('.json'))).toStrictEqual(record);
      // The texts data.json and the records module are put together from.
      expect(result.texts.get(record.id)).toStrictEqual({
        pretty: JSON.stringify(record, null, 2),
        literal: jsLiteral(record),
      });
      expect(read('.json')).toBe(`${JSON.stringify(record, null, 2)}\n`);
      expect(read('.js')).toContain(
        `const record = ${jsLiteral(record)};\nexport default record;\n`,
      );
      expect(read('.cjs')).toContain(`module.exports = ${jsLiteral(record)};\n`);
      const type = record.kind === 'tool' ? 'ToolRecord' : 'RedirectRecord';
      expect(read('.d.ts')).toContain(`declare const record: ${type};`);
      expect(read('.d.cts')).toContain(`declare const record: ${type};`);
    }
  });
});
