#!/usr/bin/env node
/**
 * ai-training-verdict-validate [options] [files or folders...]
 *
 * Checks every record and reports every problem at once, one per line:
 *   records/jasper.yaml:12:14  tiers[0].verdict  is "sometimes" (expected one of: ...)
 * Exit 0 when there are no errors (warnings allowed), 1 on any error, 2 on bad usage.
 */
import { formatProblem } from '../node/problems.js';
import { readRecordInputs } from '../node/validate.js';
import { validateRecordSourcesInParallel } from '../node/validate-threads.js';
import { isIsoDate } from '../schema.js';
import {
  defaultRecordsDir,
  displayPath,
  parseCliArgs,
  runCli,
  writeErr,
  writeOut,
} from './shared.js';

const USAGE = `Usage: ai-training-verdict-validate [options] [files or folders...]

Validates AI tool records (YAML) against the schema and the project's rules.
With no paths, validates the records shipped in this package.

Options:
  --now YYYY-MM-DD  judge staleness and future dates as of this day (default: today)
  --no-staleness    skip the last-verified age checks
  --json            print the problems as JSON
  --quiet           print errors only, not warnings
  -h, --help        show this help
`;

runCli(async () => {
  const args = parseCliArgs(USAGE, {
    now: { type: 'string' },
    'no-staleness': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  });
  if ('exitCode' in args) return args.exitCode;
  const { values, positionals } = args;
  if (values.now !== undefined && !isIsoDate(values.now)) {
    writeErr(`error: --now must be a date as YYYY-MM-DD, got "${values.now}"\n`);
    return 2;
  }

  const paths = positionals.length ? positionals : [defaultRecordsDir];
  const { inputs, unreadable } = readRecordInputs(paths);
  const result = await validateRecordSourcesInParallel(
    inputs.map((input) => ({ ...input, file: displayPath(input.file) })),
    {
      ...(values.now ? { now: new Date(`${values.now}T00:00:00Z`) } : {}),
      staleness: !values['no-staleness'],
    },
  );
  const problems = [
    ...unreadable.map((p) => ({ ...p, file: displayPath(p.file) })),
    ...result.problems,
  ].filter((p) => !values.quiet || p.severity === 'error');
  const errors = result.errorCount + unreadable.length;

  if (values.json) {
    writeOut(`${JSON.stringify({ errors, warnings: result.warningCount, problems }, null, 2)}\n`);
  } else {
    for (const problem of problems) writeOut(`${formatProblem(problem)}\n`);
    const files = inputs.length === 1 ? '1 file' : `${inputs.length} files`;
    writeOut(
      `${problems.length ? '\n' : ''}${files} checked: ${errors} error(s), ${result.warningCount} warning(s)\n`,
    );
  }
  if (inputs.length === 0 && unreadable.length === 0) {
    writeErr('error: no record files found (expected .yaml files)\n');
    return 1;
  }
  return errors > 0 ? 1 : 0;
});
