// Running pnpm from a test: the one `npm test` runs (npm_execpath, when pnpm started the test),
// else the one on PATH (scripts/run.mjs puts the workspace's there).
import { execFileSync } from 'node:child_process';

/** Runs `pnpm …args` with `options` (execFileSync's) and returns its standard output. */
export function pnpm(args, options = {}) {
  const execPath = process.env.npm_execpath;
  const [cmd, prefix] =
    execPath && /pnpm/.test(execPath)
      ? [process.execPath, [execPath]]
      : [process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm', []];
  return execFileSync(cmd, [...prefix, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
}
