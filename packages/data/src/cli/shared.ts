import { relative, resolve } from 'node:path';
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
