import { relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fileURLToPath } from 'node:url';

/** The package's own records folder: `records/` beside `src/` and `dist/`. */
export const defaultRecordsDir = fileURLToPath(new URL('../../records', import.meta.url));

/** Paths are printed relative to where the user ran the command (pnpm and npm set INIT_CWD). */
export function displayPath(file: string): string {
  const base = process.env.INIT_CWD ?? process.cwd();
  const rel = relative(base, resolve(file));
  return rel.startsWith('..') ? resolve(file) : rel || '.';
}

/** Runs a CLI's main function; any failure becomes one line on stderr, never a stack trace. */
export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`error: ${message}\n`);
        if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
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
      process.stdout.write(usage);
      return { exitCode: 0 } as const;
    }
    return parsed;
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${usage}`);
    return { exitCode: 2 } as const;
  }
}
