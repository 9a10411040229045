import { relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../node/problems.js';
import { readRecordInputs, validateRecordSources, type RecordInput } from '../node/validate.js';
import { endQuietlyOnClosedPipe, writeErr, writeOut } from '../output.js';
import type { ToolRecord } from '../schema.js';

// What a CLI prints goes through writeOut / writeErr (from `../output.js`): record text reaches the
// terminal with its control characters shown as escapes, never acted on.
export { writeErr, writeOut };

/** The package's own records folder: `records/` beside `src/` and `dist/`. */
export const defaultRecordsDir = fileURLToPath(new URL('../../records', import.meta.url));

/** Paths are printed relative to where the user ran the command (pnpm and npm set INIT_CWD). */
export function displayPath(file: string): string {
  const base = process.env.INIT_CWD ?? process.cwd();
  const rel = relative(base, resolve(file));
  return rel.startsWith('..') ? resolve(file) : rel || '.';
}

/** A path the user typed, resolved from where they ran the command (npm and pnpm set INIT_CWD). */
export const userPath = (path: string): string =>
  resolve(process.env.INIT_CWD ?? process.cwd(), path);

/**
 * The records at `paths` (the package's own when none), for a check that needs valid records:
 * when any file is unreadable or invalid, prints every error with its place and returns
 * undefined (the caller exits 2).
 */
export function validRecordsOrExplain(
  paths: readonly string[],
): { inputs: RecordInput[]; tools: ToolRecord[] } | undefined {
  const { inputs, unreadable } = readRecordInputs(
    paths.length ? paths.map(userPath) : [defaultRecordsDir],
  );
  const result = validateRecordSources(
    inputs.map((input) => ({ ...input, file: displayPath(input.file) })),
    { staleness: false },
  );
  const errors = [...unreadable, ...result.problems.filter((p) => p.severity === 'error')];
  if (errors.length === 0) return { inputs, tools: result.tools };
  for (const problem of errors) writeErr(`${formatProblem(problem)}\n`);
  writeErr('Fix the records first (npm run validate).\n');
  return undefined;
}

/**
 * Runs a CLI's main function; any failure becomes one line on stderr, never a stack trace, and a
 * reader that stops reading (`| head -1`) ends the output quietly.
 */
export function runCli(main: () => number | Promise<number>): void {
  endQuietlyOnClosedPipe();
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        writeErr(`error: ${message}\n`);
        if (process.env.DEBUG && error instanceof Error) writeErr(`${error.stack}\n`);
        process.exitCode = 2;
      },
    );
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a CLI's arguments with a `-h/--help` flag added. Bad usage prints one error line and the
 * usage text; either way the caller gets the exit code to return instead of parsed values.
 */
export function parseCliArgs<T extends Options>(usage: string, options: T) {
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
    });
    if ((parsed.values as { help?: boolean }).help) {
      writeOut(usage);
      return { exitCode: 0 } as const;
    }
    return parsed;
  } catch (error) {
    writeErr(`error: ${(error as Error).message}\n\n${usage}`);
    return { exitCode: 2 } as const;
  }
}
