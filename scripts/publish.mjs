#!/usr/bin/env node
// Publishes the tarballs scripts/pack-release.mjs packed, exactly those bytes, then tags them:
//
//   node scripts/publish.mjs <dir>
//
// The release workflow runs it in its publishing job, which installs and builds nothing: it
// downloads the build job's folder, and this script first checks it against the manifest's
// SHA-256 the build job handed over (RELEASE_MANIFEST_SHA256; by hand, on the machine that packed,
// the manifest's own), every file against the manifest, and each tarball's package.json against
// the plan. Node built-ins, npm and gh only.
//
// Each tarball is published by npm itself (`npm publish <tarball> --provenance --ignore-scripts`)
// under a user config that names only the registry. npm (11.5.1 or later) then authenticates by
// trusted publishing: it exchanges the job's OIDC token for a one-time publish token. A version
// already on npm is skipped, so a re-run after a failure publishes only what is missing.
// Then each version gets its git tag and GitHub release (`gh release create`, which makes the tag
// on the commit released, with the CHANGELOG's section as notes); by hand, a local git tag.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { MANIFEST, verify } from './release-artifact.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const registry = 'https://registry.npmjs.org/';

/** @param {string} message @returns {never} */
function stop(message) {
  process.stderr.write(`publish: ${message}\n`);
  process.exit(1);
}

const dir = process.argv[2] ? resolve(process.argv[2]) : stop('usage: publish.mjs <dir>');
const inActions = process.env.GITHUB_ACTIONS === 'true';
let expected = process.env.RELEASE_MANIFEST_SHA256;
if (!expected && inActions) stop('RELEASE_MANIFEST_SHA256 is not set: the build job seals it');
expected ??= createHash('sha256')
  .update(readFileSync(join(dir, MANIFEST)))
  .digest('hex');
const problems = verify(dir, expected);
if (problems.length) stop(`${dir} is not what was packed:\n  ${problems.join('\n  ')}`);

/** @type {{ name: string, version: string, tarball: string, tag: string, notes: string }[]} */
const plan = JSON.parse(readFileSync(join(dir, 'release-plan.json'), 'utf8'));
for (const { name, version, tarball } of plan) {
  const inside = JSON.parse(
    execFileSync('tar', ['-xzOf', join(dir, tarball), 'package/package.json'], {
      encoding: 'utf8',
    }),
  );
  if (inside.name !== name || inside.version !== version)
    stop(`${tarball} holds ${inside.name}@${inside.version}, the plan says ${name}@${version}`);
}

const tmp = mkdtempSync(join(tmpdir(), 'atv-publish-'));
const userconfig = join(tmp, '.npmrc');
writeFileSync(userconfig, `registry=${registry}\n`);
const onNpm = (/** @type {string} */ name, /** @type {string} */ version) =>
  spawnSync('npm', ['view', `${name}@${version}`, 'version', '--userconfig', userconfig], {
    encoding: 'utf8',
  }).stdout.trim() === version;

let failed = false;
try {
  for (const { name, version, tarball } of plan) {
    const id = `${name}@${version}`;
    if (onNpm(name, version)) {
      process.stdout.write(`publish: ${id} is on npm already\n`);
      continue;
    }
    const result = spawnSync(
      'npm',
      [
        'publish',
        join(dir, tarball),
        '--access',
        'public',
        '--provenance',
        '--ignore-scripts',
        '--userconfig',
        userconfig,
      ],
      { cwd: tmp, stdio: 'inherit' },
    );
    if (result.status !== 0) {
      process.stderr.write(`publish: ${id} failed (exit ${result.status})\n`);
      failed = true;
      break;
    }
    process.stdout.write(`publish: ${id} published\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (failed) process.exit(1);

// Tags and releases, for what is on npm now.
const repo = process.env.GITHUB_REPOSITORY;
for (const { tag, notes } of plan) {
  if (repo && process.env.GH_TOKEN) {
    const exists = spawnSync('gh', ['release', 'view', tag, '--repo', repo], { stdio: 'ignore' });
    if (exists.status === 0) {
      process.stdout.write(`publish: release ${tag} exists already\n`);
      continue;
    }
    execFileSync(
      'gh',
      [
        'release',
        'create',
        tag,
        '--repo',
        repo,
        '--target',
        process.env.GITHUB_SHA ?? stop('GITHUB_SHA is not set'),
        '--title',
        tag,
        '--notes-file',
        join(dir, notes),
      ],
      { stdio: 'inherit' },
    );
    process.stdout.write(`publish: release ${tag} created\n`);
  } else {
    const exists = spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
      cwd: root,
      stdio: 'ignore',
    });
    if (exists.status !== 0) execFileSync('git', ['tag', tag], { cwd: root });
    process.stdout.write(`publish: tagged ${tag} (push it: git push origin ${tag})\n`);
  }
}
