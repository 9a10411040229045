#!/usr/bin/env node
// The CDN snippets of the READMEs and guides, true for the release: each pins the released version
// and carries that version's real Subresource Integrity hash, so a snippet pasted from npm or
// GitHub loads (a hash the file does not have makes the browser refuse the script; a placeholder
// such as `sha384-…` makes it report "Error parsing 'integrity' attribute" and load it unchecked).
// release.json is the one record of the build a version publishes (cdn/integrity.json as it was):
//
//   --write   after `changeset version` and a build (the root `npm run version-packages` and
//             `npm run release:record`): copies the build's hashes to release.json and rewrites
//             every marked snippet of README.md from it
//   --check   before publishing (the root `npm run release`, the release workflow): fails unless
//             release.json is the build being published and the README pins it, saying what
//             differs and what to run
//
// A snippet is marked by an HTML comment just before its code fence,
// `<!-- release-script: ai-training-verdict.js -->`; the `<script …></script>` in that fence is
// replaced, and the rest of the fence (the element) is left as written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sriHash } from '../rollup.config.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const RELEASE_FILE = join(packageDir, 'release.json');
export const README_FILE = join(packageDir, 'README.md');
const CDN_PREFIX = 'https://cdn.jsdelivr.net/npm/';
const MARKER = /<!-- release-script: ([\w.-]+) -->(\n+)(```html\n)([\s\S]*?)\n```/g;
const SCRIPT = /<script\b[\s\S]*?><\/script>/;
const RECORD =
  '`npm run release:record` (it builds the widget and writes release.json and the README snippets), then commit both';

/** @typedef {{ package: string, version: string, integrity: Record<string, string> }} Release */

const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(file, 'utf8'));
const lineAt = (/** @type {string} */ text, /** @type {number} */ index) =>
  text.slice(0, index).split('\n').length;

/** The pinned script tag of one CDN entry of a release, as the README shows it. */
export function scriptTag(/** @type {Release} */ release, /** @type {string} */ entry) {
  const integrity = release.integrity[entry];
  if (!integrity)
    throw new Error(
      `release.json has no entry "${entry}" (it has ${Object.keys(release.integrity).join(', ')})`,
    );
  const src = `${CDN_PREFIX}${release.package}@${release.version}/cdn/${entry}`;
  return `<script\n  type="module"\n  src="${src}"\n  integrity="${integrity}"\n  crossorigin="anonymous"\n></script>`;
}

/**
 * The markdown with every marked snippet's script tag rewritten for `release`. Throws, naming the
 * line, on a marker whose fence has no script tag.
 */
export function fillSnippets(/** @type {string} */ markdown, /** @type {Release} */ release) {
  return markdown.replace(MARKER, (whole, entry, gap, fence, body, offset) => {
    if (!SCRIPT.test(body))
      throw new Error(
        `line ${lineAt(markdown, offset)}: the snippet marked "${entry}" has no <script> tag`,
      );
    return `<!-- release-script: ${entry} -->${gap}${fence}${body.replace(SCRIPT, scriptTag(release, entry))}\n\`\`\``;
  });
}

/** The entries the markdown's marked snippets name, in order. */
export const markedEntries = (/** @type {string} */ markdown) =>
  [...markdown.matchAll(MARKER)].map((m) => m[1]);

/**
 * What is untrue in a text's CDN snippets of the package (every script tag or modulepreload link
 * of it, wherever it is), as `file:line: …` sentences: a snippet that names no version, a version
 * release.json does not record, a file it has no hash for, or an integrity other than the one it
 * records.
 */
export function snippetProblems(
  /** @type {string} */ text,
  /** @type {Release} */ release,
  /** @type {string} */ file,
) {
  const prefix = `${CDN_PREFIX}${release.package}`;
  return [...text.matchAll(/<(?:script|link)\b([^>]*)>/g)].flatMap((tag) => {
    const a = Object.fromEntries(
      [...tag[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => m.slice(1)),
    );
    const url = a.src ?? a.href ?? '';
    if (!url.startsWith(prefix)) return [];
    const at = `${file}:${lineAt(text, tag.index)}`;
    const [, version, entry] = /^@([^/]+)\/cdn\/(.+)$/.exec(url.slice(prefix.length)) ?? [];
    const recorded = release.integrity[entry];
    if (!version) return [`${at}: ${url} pins no version (write ${release.package}@<version>)`];
    if (version !== release.version)
      return [`${at}: the snippet names ${version}, release.json records ${release.version}`];
    if (!recorded) return [`${at}: release.json records no hash for cdn/${entry}`];
    if (a.integrity === recorded) return [];
    return [
      `${at}: cdn/${entry} of ${version} has integrity ${recorded} (release.json), the snippet says ${a.integrity ?? 'nothing'}`,
    ];
  });
}

/** The pending changesets that release `name`, by file (none when there is no .changeset/). */
async function changesetsReleasing(/** @type {string} */ root, /** @type {string} */ name) {
  if (!existsSync(join(root, '.changeset'))) return [];
  const { default: readChangesets } = await import('@changesets/read');
  return (await readChangesets(root))
    .filter((c) => c.releases.some((r) => r.name === name && r.type !== 'none'))
    .map((c) => `.changeset/${c.id}.md`);
}

/** cdn/integrity.json of the build in `dir`, with package.json's name; throws unless it is built at package.json's version. */
function readBuild(dir = packageDir) {
  const file = join(dir, 'cdn', 'integrity.json');
  if (!existsSync(file))
    throw new Error('cdn/ has no build: build the widget first (`npm run build`)');
  const built = /** @type {Release} */ (readJson(file));
  const { name, version } = readJson(join(dir, 'package.json'));
  if (built.version !== version)
    throw new Error(
      `cdn/ is a build of ${built.version}, package.json says ${version}: build the widget again (\`npm run build\`)`,
    );
  return { built, name, version };
}

/**
 * `--check`: release.json against the build in `dir`'s cdn/ (the bytes of each entry) and
 * package.json, and the README's snippets against release.json. Returns what to print; throws an
 * Error whose message says what differs and what to run.
 */
export async function checkRelease(dir = packageDir, root = resolve(dir, '../..')) {
  const { built, name, version } = readBuild(dir);
  const release = /** @type {Release} */ (readJson(join(dir, 'release.json')));
  if (release.package !== name || release.version !== version)
    throw new Error(
      `release.json records ${release.package} ${release.version}, package.json is ${name} ${version}: ` +
        `the version changed without its build being recorded. Run ${RECORD}.`,
    );
  // The build, as a browser would check it: the hash of each entry's bytes.
  const entries = new Set([...Object.keys(release.integrity), ...Object.keys(built.integrity)]);
  const differences = [...entries].flatMap((entry) => {
    const file = join(dir, 'cdn', entry);
    const recorded = release.integrity[entry];
    const actual = existsSync(file) ? sriHash(readFileSync(file)) : undefined;
    if (actual === recorded) return [];
    if (!actual)
      return [`  cdn/${entry}: release.json records ${recorded}, the build has no such file`];
    if (!recorded) return [`  cdn/${entry}: the build has ${actual}, release.json records nothing`];
    return [`  cdn/${entry}: release.json records ${recorded}, the build is ${actual}`];
  });
  if (differences.length) {
    const pending = await changesetsReleasing(root, name);
    const more = pending.length > 3 ? ` and ${pending.length - 3} more` : '';
    const what = [
      `release.json does not record the build of ${name} ${version} being published:`,
      ...differences,
      `The README's snippets pin what release.json records, so browsers would refuse the files published as ${version}.`,
      ...(pending.length
        ? [
            `${version} will not be published as it is: pending changesets release the widget (${pending.slice(0, 3).join(', ')}${more}). ` +
              '`npm run version-packages` versions it and records the new build (the release workflow does this in its "Version packages" pull request).',
          ]
        : [
            `The widget's CDN build changed after ${version} was recorded: a change to the widget, or to the SDK or data it bundles, since \`npm run version-packages\`.`,
            `- If ${version} is not on npm yet and this build is what it should publish, record it: ${RECORD}.`,
            `- If ${version} is on npm already, that change needs a new version: add a changeset (\`npm run changeset\`) and merge the "Version packages" pull request.`,
          ]),
    ];
    // `pending` tells release:check that the next version records its own build.
    throw Object.assign(new Error(what.join('\n')), { pending });
  }
  const readme = join(dir, 'README.md');
  const problems = existsSync(readme)
    ? snippetProblems(readFileSync(readme, 'utf8'), release, 'README.md')
    : [];
  if (problems.length)
    throw new Error(
      `the README's snippets are not what release.json records:\n  ${problems.join('\n  ')}\nRun ${RECORD}.`,
    );
  return `release.json is the build of ${name} ${version}, and the README pins it`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [mode] = process.argv.slice(2);
  try {
    if (mode === '--write') {
      const { built, version } = readBuild();
      writeFileSync(RELEASE_FILE, `${JSON.stringify(built, null, 2)}\n`);
      writeFileSync(README_FILE, fillSnippets(readFileSync(README_FILE, 'utf8'), built));
      process.stdout.write(`release-snippets: README.md pins ${built.package}@${version}\n`);
    } else if (mode === '--check') {
      process.stdout.write(`release-snippets: ${await checkRelease()}\n`);
    } else throw new Error('Usage: node scripts/release-snippets.mjs --write | --check');
  } catch (error) {
    process.stderr.write(`release-snippets: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  }
}
