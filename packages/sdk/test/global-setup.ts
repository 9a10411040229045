// Several tests run the built package (the CLI, the size check, the tarballs). Build it first when
// dist is missing or older than the sources, so `pnpm test` alone never tests a stale build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

function newest(paths: string[]): number {
  let time = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      time = Math.max(time, newest(readdirSync(path).map((name) => join(path, name))));
    } else time = Math.max(time, stat.mtimeMs);
  }
  return time;
}

export default function setup(): void {
  const dataDist = join(pkgDir, 'node_modules/@ai-training-verdict/data/dist/loaders.js');
  if (!existsSync(dataDist)) {
    throw new Error('Build @ai-training-verdict/data first: cd packages/data && pnpm build');
  }
  const outputs = [
    'index.js',
    'index.cjs',
    'client.js',
    'record-entry.js',
    'cli.js',
    'index.d.ts',
  ].map((f) => join(pkgDir, 'dist', f));
  const oldestOutput = outputs.every(existsSync)
    ? Math.min(...outputs.map((f) => statSync(f).mtimeMs))
    : 0;
  const inputs = ['src', 'tsup.config.ts', 'package.json'].map((f) => join(pkgDir, f));
  if (oldestOutput > newest(inputs)) return;
  execFileSync(join(pkgDir, 'node_modules/.bin/tsup'), [], { cwd: pkgDir, stdio: 'inherit' });
}
