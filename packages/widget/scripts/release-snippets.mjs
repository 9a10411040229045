#!/usr/bin/env node
// The README's CDN snippets, true for the release: each pins the released version and carries
// that version's real Subresource Integrity hash, so a snippet pasted from npm or GitHub loads (a
// placeholder such as `sha384-…` makes the browser report "Error parsing 'integrity' attribute"
// and load the script unchecked).
//
//   node scripts/release-snippets.mjs --write   after `changeset version` and a build (run by the
//                                               root `npm run version-packages`): copies
//                                               cdn/integrity.json to release.json and rewrites
//                                               every marked snippet of README.md from it
//   node scripts/release-snippets.mjs --check   before publishing (the root `npm run release`):
//                                               fails unless release.json is the build being
//                                               published
//
// A snippet is marked by an HTML comment just before its code fence,
// `<!-- release-script: ai-training-verdict.js -->`; the `<script …></script>` in that fence is
// replaced, and the rest of the fence (the element) is left as written. A test checks that the
// README and release.json agree, so neither can drift.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const RELEASE_FILE = join(packageDir, 'release.json');
export const README_FILE = join(packageDir, 'README.md');

/**
 * @typedef {object} Release What cdn/integrity.json says of a build: the package, its version and
 *   the `sha384-…` of each CDN entry.
 * @property {string} package
 * @property {string} version
 * @property {Record<string, string>} integrity
 */

const MARKER = /<!-- release-script: ([\w.-]+) -->(\n+)(```html\n)([\s\S]*?)\n```/g;
const SCRIPT = /<script\b[\s\S]*?><\/script>/;

/** The pinned script tag of one CDN entry of a release, as the README shows it. */
export function scriptTag(/** @type {Release} */ release, /** @type {string} */ entry) {
  const integrity = release.integrity[entry];
  if (!integrity)
    throw new Error(
      `release.json has no entry "${entry}" (it has ${Object.keys(release.integrity).join(', ')})`,
    );
  const src = `https://cdn.jsdelivr.net/npm/${release.package}@${release.version}/cdn/${entry}`;
  return [
    '<script',
    '  type="module"',
    `  src="${src}"`,
    `  integrity="${integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
  ].join('\n');
}

/**
 * The markdown with every marked snippet's script tag rewritten for `release`. Throws, naming the
 * line, on a marker whose fence has no script tag.
 */
export function fillSnippets(/** @type {string} */ markdown, /** @type {Release} */ release) {
  return markdown.replace(MARKER, (whole, entry, gap, fence, body, offset) => {
    if (!SCRIPT.test(body)) {
      const line = markdown.slice(0, offset).split('\n').length;
      throw new Error(`line ${line}: the snippet marked "${entry}" has no <script> tag`);
    }
    return `<!-- release-script: ${entry} -->${gap}${fence}${body.replace(SCRIPT, scriptTag(release, entry))}\n\`\`\``;
  });
}

/** The entries the markdown's marked snippets name, in order. */
export const markedEntries = (/** @type {string} */ markdown) =>
  [...markdown.matchAll(MARKER)].map((m) => m[1]);

const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(file, 'utf8'));

function main(/** @type {string[]} */ args) {
  const built = join(packageDir, 'cdn', 'integrity.json');
  if (!existsSync(built)) throw new Error('cdn/integrity.json is missing: build the widget first');
  const build = /** @type {Release} */ (readJson(built));
  const { version } = readJson(join(packageDir, 'package.json'));
  if (build.version !== version)
    throw new Error(
      `cdn/ is a build of ${build.version}, package.json says ${version}: build the widget again`,
    );
  if (args.includes('--write')) {
    writeFileSync(RELEASE_FILE, `${JSON.stringify(build, null, 2)}\n`);
    writeFileSync(README_FILE, fillSnippets(readFileSync(README_FILE, 'utf8'), build));
    process.stdout.write(`release-snippets: README.md pins ${build.package}@${version}\n`);
    return 0;
  }
  if (args.includes('--check')) {
    const release = readJson(RELEASE_FILE);
    if (JSON.stringify(release) !== JSON.stringify(build))
      throw new Error(
        `release.json (${release.version}) is not the build being published (${version}): run \`npm run version-packages\``,
      );
    process.stdout.write(`release-snippets: release.json is the build of ${version}\n`);
    return 0;
  }
  throw new Error('Usage: node scripts/release-snippets.mjs --write | --check');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `release-snippets: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
