#!/usr/bin/env node
// `npm run release` (the release workflow, once the "Version packages" pull request is merged):
// publishes every public package whose version is not on npm yet, then tags the release.
//
// Each package is packed by pnpm (which writes the versions in place of `workspace:*`) and the
// tarball is published by npm itself, with provenance, under a user config that names only the
// registry. npm (11.5.1 or later) then authenticates by trusted publishing: it exchanges the job's
// OIDC token for a one-time publish token. Written here instead of calling `changeset publish`,
// which in a pnpm workspace runs `pnpm publish` (no OIDC exchange), and so that no `.npmrc` an
// action wrote (changesets/action writes `_authToken=...` when NPM_TOKEN is unset) is in the way.
// `changeset tag` then tags each new version; its "New tag:" lines are what changesets/action reads
// to create the GitHub releases.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const registry = 'https://registry.npmjs.org/';
const tmp = mkdtempSync(join(tmpdir(), 'atv-publish-'));
const userconfig = join(tmp, '.npmrc');
writeFileSync(userconfig, `registry=${registry}\n`);

const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

const published = (name, version) =>
  spawnSync('npm', ['view', `${name}@${version}`, 'version', '--userconfig', userconfig], {
    encoding: 'utf8',
  }).stdout.trim() === version;

let failed = false;
try {
  for (const { dir, pkg } of packages) {
    const id = `${pkg.name}@${pkg.version}`;
    if (published(pkg.name, pkg.version)) {
      process.stdout.write(`publish: ${id} is on npm already\n`);
      continue;
    }
    const out = execFileSync('pnpm', ['pack', '--pack-destination', tmp], {
      cwd: dir,
      encoding: 'utf8',
    });
    const tarball = out.trim().split('\n').at(-1);
    const result = spawnSync(
      'npm',
      ['publish', tarball, '--access', 'public', '--provenance', '--userconfig', userconfig],
      { cwd: dir, stdio: 'inherit' },
    );
    if (result.status !== 0) {
      process.stderr.write(`publish: ${id} failed (exit ${result.status})\n`);
      failed = true;
      break;
    }
    process.stdout.write(`publish: ${id} published\n`);
  }
  if (!failed)
    process.stdout.write(execFileSync('changeset', ['tag'], { cwd: root, encoding: 'utf8' }));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
