#!/usr/bin/env node
// `npm run release:check`: every public package as npm would publish it. Packs each one (pnpm pack,
// which writes the real versions in place of workspace: ranges), then checks, per tarball:
//   - it holds only what users need: every file is under the package's `files` allowlist (or is
//     package.json, a README, a LICENSE or a CHANGELOG), and every allowlisted entry is there;
//   - publint (strict) and @arethetypeswrong/cli (node16 profile) pass on it;
// and that the widget's build is the one release.json records, which the README's CDN snippets pin
// (packages/widget/scripts/release-snippets.mjs --check, saying what differs and what to run);
// then installs all of them with npm into a fresh temporary project and imports them as a user
// would: ESM import and CJS require in Node, and a TypeScript consumer under moduleResolution
// node16 and bundler. Prints each tarball's size. Exit 1 on any failure, naming it.
// Run it after a build (`npm run release:check` builds first).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRelease } from '../packages/widget/scripts/release-snippets.mjs';

// A reader that stops reading (`npm run release:check | head -1`) ends it quietly.
const { endQuietlyOnClosedPipe } = await import(
  new URL('../packages/data/dist/output.js', import.meta.url).href
).catch(() => {
  process.stderr.write('release:check: build the packages first (npm run build)\n');
  process.exit(1);
});
endQuietlyOnClosedPipe();

const root = fileURLToPath(new URL('..', import.meta.url));
const packageBin = (pkgDir, name) => join(pkgDir, 'node_modules/.bin', name);
const failures = [];
const fail = (what) => {
  failures.push(what);
  process.stdout.write(`  ✗ ${what}\n`);
};
const ok = (what) => process.stdout.write(`  ✓ ${what}\n`);

// The workspace's pnpm and binaries on PATH: publint packs with pnpm.
const PATH = [
  join(root, '.tools/node_modules/.bin'),
  join(root, 'node_modules/.bin'),
  process.env.PATH,
].join(':');

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH, NO_COLOR: '1' },
  });
  return {
    code: result.status ?? 1,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(),
  };
}

const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => statSync(join(dir, 'package.json'), { throwIfNoEntry: false }))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

const work = mkdtempSync(join(tmpdir(), 'atv-release-check-'));
const packDir = join(work, 'tarballs');
mkdirSync(packDir);
const rows = [];

try {
  for (const { dir, pkg } of packages) {
    process.stdout.write(`\n${pkg.name}@${pkg.version}\n`);
    const before = new Set(readdirSync(packDir));
    const packed = run(
      join(root, '.tools/node_modules/.bin/pnpm'),
      ['pack', '--pack-destination', packDir],
      dir,
    );
    const tarball = readdirSync(packDir).find((f) => !before.has(f));
    if (packed.code !== 0 || !tarball) {
      fail(`${pkg.name}: pnpm pack failed\n${packed.output}`);
      continue;
    }
    const file = join(packDir, tarball);
    const files = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));

    // Only what users need: the allowlist, and nothing it does not name.
    const allowed = pkg.files ?? [];
    const always = /^(package\.json|README[^/]*|LICEN[CS]E[^/]*|CHANGELOG[^/]*)$/i;
    const stray = files.filter(
      (f) =>
        !always.test(f) &&
        !allowed.some((a) => f === a || f.startsWith(`${a.replace(/\/$/, '')}/`)),
    );
    // A CHANGELOG appears with the first `changeset version`; everything else must be there.
    const missing = allowed.filter(
      (a) => !always.test(a) && !files.some((f) => f === a || f.startsWith(`${a}/`)),
    );
    if (stray.length) fail(`${pkg.name}: files outside the "files" allowlist: ${stray.join(', ')}`);
    if (missing.length)
      fail(`${pkg.name}: allowlisted but not in the tarball: ${missing.join(', ')}`);
    const leaks = files.filter(
      (f) => /(^|\/)(test|tests|__tests__|fixtures)\//.test(f) || /\.test\.[cm]?[jt]s$/.test(f),
    );
    if (leaks.length)
      fail(`${pkg.name}: test files in the tarball: ${leaks.slice(0, 5).join(', ')}`);
    if (!stray.length && !missing.length && !leaks.length)
      ok(`${files.length} files, all under "files"`);

    const publint = run(packageBin(dir, 'publint'), ['--strict'], dir);
    if (publint.code === 0) ok('publint --strict');
    else fail(`${pkg.name}: publint --strict\n${publint.output}`);
    // attw is a devDependency of the data package; it checks any tarball.
    const attw = run(
      packageBin(join(root, 'packages/data'), 'attw'),
      [file, '--profile', pkg.exports?.['.']?.require ? 'node16' : 'esm-only'],
      dir,
    );
    if (attw.code === 0) ok('@arethetypeswrong/cli');
    else fail(`${pkg.name}: @arethetypeswrong/cli\n${attw.output}`);

    const bytes = readFileSync(file);
    rows.push({
      name: pkg.name,
      version: pkg.version,
      packed: bytes.length,
      files: files.length,
      file,
    });
  }

  // Installed as a user installs them, from the tarballs, with npm, in a fresh project.
  process.stdout.write('\nin a fresh project (npm install of the tarballs)\n');
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const install = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', ...rows.map((r) => r.file)],
    project,
  );
  if (install.code !== 0) fail(`npm install of the tarballs\n${install.output}`);
  else {
    ok('npm install');
    for (const { name } of rows) {
      const pkg = JSON.parse(
        readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'),
      );
      const main = pkg.exports?.['.'];
      const esm = run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const m = await import(${JSON.stringify(name)}); if (!Object.keys(m).length) process.exit(1);`,
        ],
        project,
      );
      if (esm.code === 0) ok(`${name}: import (ESM)`);
      else fail(`${name}: import (ESM)\n${esm.output}`);
      if (main?.require) {
        const cjs = run(
          process.execPath,
          [
            '-e',
            `const m = require(${JSON.stringify(name)}); if (!Object.keys(m).length) process.exit(1);`,
          ],
          project,
        );
        if (cjs.code === 0) ok(`${name}: require (CJS)`);
        else fail(`${name}: require (CJS)\n${cjs.output}`);
      }
    }
    // A TypeScript consumer of every package, type-checked both ways users configure TypeScript.
    writeFileSync(
      join(project, 'consumer.ts'),
      `${rows.map((r, i) => `import * as p${i} from ${JSON.stringify(r.name)};`).join('\n')}\nexport const all = [${rows.map((_, i) => `p${i}`).join(', ')}];\n`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    for (const [module, resolution] of [
      ['node16', 'node16'],
      ['esnext', 'bundler'],
    ]) {
      const checked = run(
        process.execPath,
        [
          tsc,
          '--noEmit',
          '--strict',
          '--lib',
          'es2022,dom',
          '--module',
          module,
          '--moduleResolution',
          resolution,
          '--target',
          'es2022',
          'consumer.ts',
        ],
        project,
      );
      if (checked.code === 0) ok(`TypeScript, moduleResolution ${resolution}`);
      else fail(`TypeScript, moduleResolution ${resolution}\n${checked.output}`);
    }
  }

  // The widget's CDN snippets: release.json against the build and the README, as `npm run release`
  // checks them before publishing. While changesets that release the widget are pending, the
  // build is the next version's, which `npm run version-packages` records: a note, not a failure.
  process.stdout.write('\nthe widget build against release.json (what the CDN snippets pin)\n');
  try {
    ok(await checkRelease());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error?.pending?.length) process.stdout.write(`  · ${message.replace(/\n/g, '\n    ')}\n`);
    else fail(`@ai-training-verdict/widget: ${message}`);
  }

  process.stdout.write('\nTarball sizes\n');
  const width = Math.max(...rows.map((r) => `${r.name}@${r.version}`.length));
  for (const r of rows)
    process.stdout.write(
      `  ${`${r.name}@${r.version}`.padEnd(width)}  ${String(r.packed).padStart(8)} bytes packed  ${String(r.files).padStart(5)} files\n`,
    );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  process.stdout.write(`\nrelease:check: ${failures.length} problem(s)\n`);
  process.exitCode = 1;
} else process.stdout.write('\nrelease:check: every package is ready to publish\n');
