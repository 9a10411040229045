import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { formatProblem } from '../src/node/problems.js';
import {
  readRecordInputs,
  validateRecordSources,
  type RecordInput,
  type ValidateOptions,
} from '../src/node/validate.js';
import { isIsoDate } from '../src/schema.js';
import { TIER_VERDICTS } from '../src/vocabulary.js';

/**
 * How a problem lists the tier verdicts a field accepts: every value of the vocabulary, in its
 * order, so a verdict added to `TIER_VERDICTS` is expected here without an edit.
 */
export const ONE_OF_VERDICTS = `one of: ${TIER_VERDICTS.join(', ')}`;

export const fixturesDir = fileURLToPath(new URL('./fixtures', import.meta.url));
export const recordsDir = fileURLToPath(new URL('../records', import.meta.url));
export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const packageVersion = (
  JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')) as { version: string }
).version;

/** Validates files or folders below test/fixtures and returns the result with printed lines. */
export function validateFixtures(paths: string[], options: ValidateOptions = {}) {
  const { inputs } = readRecordInputs(paths.map((p) => `${fixturesDir}/${p}`));
  const result = validateRecordSources(
    inputs.map((input) => ({ ...input, file: relative(fixturesDir, input.file) })),
    { now: new Date('2026-03-01T12:00:00Z'), ...options },
  );
  return { ...result, lines: result.problems.map(formatProblem) };
}

/**
 * The day a set of records is judged on in tests: the latest date any of them holds (YYYY-MM-DD),
 * taken from the data rather than the machine's clock. On that day no date in the set is in the
 * future and every other rule applies; the build (real clock) and `pnpm validate` judge the real day.
 */
export function asOfDay(inputs: readonly RecordInput[]): string {
  const dates = inputs.flatMap((input) =>
    [...input.text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => m[0]).filter(isIsoDate),
  );
  return dates.sort().at(-1) ?? '2000-01-01';
}

/** The shipped records (records/*.yaml), whatever they are, with file names as `<id>.yaml`. */
export function shippedInputs(): RecordInput[] {
  return readRecordInputs([recordsDir]).inputs.map((input) => ({
    ...input,
    file: relative(recordsDir, input.file),
  }));
}

/** The shipped records validated on their as-of day ({@link asOfDay}); staleness off unless asked. */
export function validateShipped(options: ValidateOptions = {}) {
  const inputs = shippedInputs();
  const today = asOfDay(inputs);
  const result = validateRecordSources(inputs, {
    now: new Date(`${today}T00:00:00Z`),
    staleness: false,
    ...options,
  });
  return { ...result, today, inputs, lines: result.problems.map(formatProblem) };
}

/** Starts a Node process whose Date says `today` (see support/fixed-today.mjs). */
export function nodeOnDay(today: string, args: string[], cwd: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', new URL('./support/fixed-today.mjs', import.meta.url).href, ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, ATV_TEST_TODAY: today, INIT_CWD: cwd } },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/**
 * Runs the package's own build script (scripts/build.ts) on a set of fixture record files, as if
 * they were records/*.yaml, in a throw-away copy of the package; its clock says `today`. A file is
 * a path below test/fixtures, or a record written in the test (`{ name, text }`).
 * Returns what it printed and the folder it built into (`<dir>/dist`). Call `remove()` when done.
 */
export function buildFixtureDataset(
  files: Array<string | { name: string; text: string }>,
  today: string,
) {
  const dir = mkdtempSync(join(tmpdir(), 'atv-build-'));
  for (const part of ['package.json', 'scripts', 'src']) {
    cpSync(join(packageDir, part), join(dir, part), {
      recursive: true,
      filter: (source) => basename(source) !== 'generated',
    });
  }
  // A junction needs no privileges on Windows; elsewhere the type is ignored.
  symlinkSync(join(packageDir, 'node_modules'), join(dir, 'node_modules'), 'junction');
  mkdirSync(join(dir, 'records'));
  for (const file of files) {
    if (typeof file === 'string')
      cpSync(join(fixturesDir, file), join(dir, 'records', basename(file)));
    else writeFileSync(join(dir, 'records', file.name), file.text);
  }
  const run = nodeOnDay(today, ['--import', 'tsx', 'scripts/build.ts'], dir);
  return {
    ...run,
    dir,
    dist: join(dir, 'dist'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit records freely to break them */
/** A record as a test edits it: parsed YAML, any shape. */
export type EditableRecord = Record<string, any>;

/**
 * Validates `valid/minimal.yaml` after `edit`, as the file `minimal.yaml`, on a fixed day without
 * staleness. `legacy` holds it to the warnings-only evidence rules of the records that predate them.
 */
/** A second tier for the minimal fixture: a Team plan that is not trained on, citing `sources`. */
export const teamTier = (sources: string[]) => ({
  id: 'team',
  label: 'Team',
  kind: 'plan',
  verdict: 'no-training',
  detail: 'Not used.',
  sources,
});

export function validateEditedMinimal(edit: (record: EditableRecord) => void, legacy = false) {
  const record = parse(readFileSync(`${fixturesDir}/valid/minimal.yaml`, 'utf8')) as EditableRecord;
  edit(record);
  const result = validateRecordSources([{ file: 'minimal.yaml', text: stringify(record) }], {
    now: new Date('2026-03-01T00:00:00Z'),
    staleness: false,
    legacyIds: new Set(legacy ? ['minimal'] : []),
  });
  return { ...result, lines: result.problems.map(formatProblem) };
}
