#!/usr/bin/env node
// `npm run lint` (and `npm test`): actionlint over every GitHub workflow. actionlint is the Go
// linter for GitHub Actions (expressions, contexts, permissions, untrusted input in run scripts,
// job dependencies); the npm package `actionlint` is its WebAssembly build, so it runs wherever
// Node does, with no binary to download. (Its shellcheck integration is not in the wasm build.)
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.github', 'workflows');

try {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  let problems = 0;
  for (const name of files) {
    const path = relative(root, join(dir, name));
    // A fresh linter per file: one WebAssembly instance fed a fourth workflow stopped with
    // "unreachable" (its memory is not reset between calls).
    const lint = await createLinter();
    for (const p of lint(readFileSync(join(dir, name), 'utf8'), path)) {
      problems += 1;
      process.stderr.write(`${path}:${p.line}:${p.column}  ${p.message}  [${p.kind}]\n`);
    }
  }
  if (problems > 0) {
    process.stderr.write(`actionlint: ${problems} problem(s) in .github/workflows\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`actionlint: ${files.length} workflows, no problems\n`);
  }
} catch (error) {
  process.stderr.write(`actionlint: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
