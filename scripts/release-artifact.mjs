#!/usr/bin/env node
// The release workflow's hand-over between its jobs: the job that builds (no write rights) puts
// what is to be published in one folder and seals it; the jobs that push or publish download that
// folder and verify it before using any of it.
//
//   node scripts/release-artifact.mjs seal <dir>             writes <dir>/SHA256SUMS (sha256sum's
//                                                            format) and prints its own SHA-256
//   node scripts/release-artifact.mjs verify <dir> <sha256>  fails unless SHA256SUMS has that hash,
//                                                            every file it lists has its hash, and
//                                                            the folder holds no other file
//
// The manifest's hash travels as a job output, not in the artefact, so a changed artefact cannot
// bring a matching manifest with it. Node built-ins only: it runs in the publishing job, which
// installs nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MANIFEST = 'SHA256SUMS';

const sha256 = (/** @type {Buffer | string} */ bytes) =>
  createHash('sha256').update(bytes).digest('hex');

/** Every file below `dir`, as sorted `/`-separated paths relative to it. */
function filesIn(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Writes the manifest of every file in `dir` and returns the manifest's own SHA-256. */
export function seal(/** @type {string} */ dir) {
  const lines = filesIn(dir)
    .filter((file) => file !== MANIFEST)
    .map((file) => `${sha256(readFileSync(join(dir, file)))}  ${file}\n`);
  const manifest = lines.join('');
  writeFileSync(join(dir, MANIFEST), manifest);
  return sha256(manifest);
}

/**
 * The problems with `dir` against the manifest hash `expected`, as sentences (none: it is what was
 * sealed).
 */
export function verify(/** @type {string} */ dir, /** @type {string} */ expected) {
  let manifest;
  try {
    manifest = readFileSync(join(dir, MANIFEST), 'utf8');
  } catch {
    return [`${MANIFEST} is missing from ${dir}`];
  }
  if (!/^[0-9a-f]{64}$/.test(expected ?? ''))
    return [`the expected hash of ${MANIFEST} is not a SHA-256: "${expected ?? ''}"`];
  if (sha256(manifest) !== expected)
    return [`${MANIFEST} has SHA-256 ${sha256(manifest)}, the build job sealed ${expected}`];
  const problems = [];
  const listed = new Set();
  for (const [index, line] of manifest.split('\n').slice(0, -1).entries()) {
    const match = /^([0-9a-f]{64}) {2}([^/].*)$/.exec(line);
    if (!match || match[2].split('/').includes('..')) {
      problems.push(`${MANIFEST} line ${index + 1} is not "<sha256>  <file>"`);
      continue;
    }
    const [, hash, file] = match;
    listed.add(file);
    let bytes;
    try {
      bytes = readFileSync(join(dir, file));
    } catch {
      problems.push(`${file} is listed in ${MANIFEST} but missing`);
      continue;
    }
    if (sha256(bytes) !== hash)
      problems.push(`${file} has SHA-256 ${sha256(bytes)}, ${MANIFEST} says ${hash}`);
  }
  for (const file of filesIn(dir))
    if (file !== MANIFEST && !listed.has(file)) problems.push(`${file} is not in ${MANIFEST}`);
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command, dir, expected] = process.argv.slice(2);
  if (command === 'seal' && dir) {
    process.stdout.write(`${seal(dir)}\n`);
  } else if (command === 'verify' && dir) {
    const problems = verify(dir, expected);
    for (const problem of problems) process.stderr.write(`release-artifact: ${problem}\n`);
    if (problems.length) process.exitCode = 1;
    else process.stdout.write(`release-artifact: ${dir} is what the build job sealed\n`);
  } else {
    process.stderr.write('usage: release-artifact.mjs seal <dir> | verify <dir> <sha256>\n');
    process.exitCode = 2;
  }
}
