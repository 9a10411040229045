#!/usr/bin/env node
// What a release publishes, packed where it was built and tested (the release workflow's build
// job, which holds no write rights, or a maintainer's machine for a first version):
//
//   node scripts/pack-release.mjs <dir>
//
// For every public package whose version is not on npm yet: its tarball (`pnpm pack`, which writes
// the real versions in place of `workspace:*`), its release notes (its CHANGELOG's section for
// that version) and a line in release-plan.json naming the package, version, tarball, git tag
// and notes. The widget's CDN files are in its tarball (jsDelivr serves them from npm): its
// `cdn/` entries must have the hashes release.json records, which the README's snippets pin, and
// release.json goes with them. Then the folder is sealed (scripts/release-artifact.mjs) and the
// manifest's SHA-256 printed, for scripts/publish.mjs to check before it publishes anything.
// Run it after a build (`npm run release` builds first).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seal } from './release-artifact.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const registry = 'https://registry.npmjs.org/';
const PATH = [join(root, '.tools/node_modules/.bin'), process.env.PATH].join(':');

/** The section of a CHANGELOG under `## <version>`, or undefined. */
export function changelogSection(/** @type {string} */ changelog, /** @type {string} */ version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

function main(/** @type {string | undefined} */ out) {
  if (!out) throw new Error('usage: node scripts/pack-release.mjs <dir>');
  const dir = resolve(out);
  if (existsSync(dir) && readdirSync(dir).length)
    throw new Error(`${dir} is not empty: give a new folder`);
  mkdirSync(join(dir, 'notes'), { recursive: true });
  const npmrc = mkdtempSync(join(tmpdir(), 'atv-pack-'));
  const userconfig = join(npmrc, '.npmrc');
  writeFileSync(userconfig, `registry=${registry}\n`);
  const onNpm = (/** @type {string} */ name, /** @type {string} */ version) =>
    spawnSync('npm', ['view', `${name}@${version}`, 'version', '--userconfig', userconfig], {
      encoding: 'utf8',
    }).stdout.trim() === version;

  const plan = [];
  try {
    const packages = readdirSync(join(root, 'packages'))
      .map((name) => join(root, 'packages', name))
      .filter((pkgDir) => statSync(join(pkgDir, 'package.json'), { throwIfNoEntry: false }))
      .map((pkgDir) => ({
        pkgDir,
        pkg: JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')),
      }))
      .filter(({ pkg }) => !pkg.private);
    for (const { pkgDir, pkg } of packages) {
      const tag = `${pkg.name}@${pkg.version}`;
      if (onNpm(pkg.name, pkg.version)) {
        process.stdout.write(`pack-release: ${tag} is on npm already\n`);
        continue;
      }
      const before = new Set(readdirSync(dir));
      execFileSync('pnpm', ['pack', '--pack-destination', dir], {
        cwd: pkgDir,
        env: { ...process.env, PATH },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const tarball = readdirSync(dir).find((f) => !before.has(f) && f.endsWith('.tgz'));
      if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${tag}`);
      const changelog = join(pkgDir, 'CHANGELOG.md');
      const section = existsSync(changelog)
        ? changelogSection(readFileSync(changelog, 'utf8'), pkg.version)
        : undefined;
      const notes = `notes/${tag.replace(/[@/]/g, (c) => (c === '/' ? '+' : c))}.md`;
      writeFileSync(
        join(dir, notes),
        `${section ?? `${pkg.name} ${pkg.version}: see the package README.`}\n`,
      );
      if (pkg.name === '@ai-training-verdict/widget') checkWidget(pkgDir, join(dir, tarball), dir);
      plan.push({ name: pkg.name, version: pkg.version, tarball, tag, notes });
      process.stdout.write(`pack-release: ${tag} packed as ${tarball}\n`);
    }
  } finally {
    rmSync(npmrc, { recursive: true, force: true });
  }
  writeFileSync(join(dir, 'release-plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
  const manifest = seal(dir);
  process.stdout.write(`pack-release: ${plan.length} package(s); SHA256SUMS ${manifest}\n`);
}

/**
 * The widget's tarball carries the CDN files the README's snippets pin: each entry release.json
 * records must be in it with that hash. release.json goes into the folder with the tarball.
 */
function checkWidget(
  /** @type {string} */ pkgDir,
  /** @type {string} */ tarball,
  /** @type {string} */ dir,
) {
  const release = JSON.parse(readFileSync(join(pkgDir, 'release.json'), 'utf8'));
  for (const [entry, integrity] of Object.entries(release.integrity)) {
    const bytes = execFileSync('tar', ['-xzOf', tarball, `package/cdn/${entry}`]);
    const packed = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    if (packed !== integrity)
      throw new Error(
        `${basename(tarball)}: cdn/${entry} is ${packed}, release.json records ${integrity} ` +
          '(run `node packages/widget/scripts/release-snippets.mjs --check` for what to do)',
      );
  }
  copyFileSync(join(pkgDir, 'release.json'), join(dir, 'release.json'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main(process.argv[2]);
  } catch (error) {
    process.stderr.write(
      `pack-release: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
