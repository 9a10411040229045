#!/usr/bin/env node
// The CDN snippets of the READMEs and guides, true for the release: each pins the released version
// and carries that version's real Subresource Integrity hash, so a snippet pasted from npm or
// GitHub loads (a hash the file does not have makes the browser refuse the script; a placeholder
// such as `sha384-…` makes it report "Error parsing 'integrity' attribute" and load it unchecked).
// release.json is the one record of the build a version publishes: the snippets are written from
// it, a test checks every snippet against it, and publishing checks the build against it.
//
//   node scripts/release-snippets.mjs --write   after `changeset version` and a build (run by the
//                                               root `npm run version-packages`, and by
//                                               `npm run release:record`): copies the build's
//                                               hashes to release.json and rewrites every marked
//                                               snippet of README.md from it
//   node scripts/release-snippets.mjs --check   before publishing (the root `npm run release`, the
//                                               release workflow): fails unless release.json is
//                                               the build being published and the README pins
//                                               it, saying what differs and what to run
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

/**
 * Every CDN script tag (or modulepreload link) of `release.package` in a text, wherever it is, with
 * its line and attributes.
 */
export function cdnTags(/** @type {string} */ text, /** @type {string} */ packageName) {
  const prefix = `${CDN_PREFIX}${packageName}`;
  return [...text.matchAll(/<(?:script|link)\b([^>]*)>/g)]
    .map((m) => ({
      line: text.slice(0, m.index).split('\n').length,
      attributes: Object.fromEntries(
        [...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
      ),
    }))
    .filter(({ attributes: a }) => (a.src ?? a.href ?? '').startsWith(prefix));
}

/**
 * What is untrue in a text's CDN snippets of the package, as `file:line: …` sentences: a snippet
 * that names no version, a version release.json does not record, a file it has no hash for, or an
 * integrity other than the one it records.
 */
export function snippetProblems(
  /** @type {string} */ text,
  /** @type {Release} */ release,
  /** @type {string} */ file,
) {
  const problems = [];
  for (const { line, attributes } of cdnTags(text, release.package)) {
    const url = attributes.src ?? attributes.href;
    const at = `${file}:${line}`;
    const pinned = url.slice(`${CDN_PREFIX}${release.package}`.length);
    const [, version, entry] = /^@([^/]+)\/cdn\/(.+)$/.exec(pinned) ?? [];
    if (!version) {
      problems.push(`${at}: ${url} pins no version (write ${release.package}@<version>)`);
    } else if (version !== release.version) {
      problems.push(`${at}: the snippet names ${version}, release.json records ${release.version}`);
    } else if (!release.integrity[entry]) {
      problems.push(`${at}: release.json records no hash for cdn/${entry}`);
    } else if (attributes.integrity !== release.integrity[entry]) {
      problems.push(
        `${at}: cdn/${entry} of ${version} has integrity ${release.integrity[entry]} ` +
          `(release.json), the snippet says ${attributes.integrity ?? 'nothing'}`,
      );
    }
  }
  return problems;
}

/** The pending changesets that release `name`, by file (none when there is no .changeset/). */
async function changesetsReleasing(/** @type {string} */ root, /** @type {string} */ name) {
  if (!existsSync(join(root, '.changeset'))) return [];
  const { default: readChangesets } = await import('@changesets/read');
  return (await readChangesets(root))
    .filter((c) => c.releases.some((r) => r.name === name && r.type !== 'none'))
    .map((c) => `.changeset/${c.id}.md`);
}

/**
 * `--check`: release.json against the build in `dir`'s cdn/ (the bytes of each entry) and
 * package.json, and the README's snippets against release.json. Returns what to print; throws an
 * Error whose message says what differs and what to run.
 */
export async function checkRelease(dir = packageDir, root = resolve(dir, '../..')) {
  const builtFile = join(dir, 'cdn', 'integrity.json');
  if (!existsSync(builtFile))
    throw new Error('cdn/ has no build: build the widget first (`npm run build`)');
  const built = /** @type {Release} */ (readJson(builtFile));
  const { name, version } = readJson(join(dir, 'package.json'));
  if (built.version !== version)
    throw new Error(
      `cdn/ is a build of ${built.version}, package.json says ${version}: build the widget again (\`npm run build\`)`,
    );
  const release = /** @type {Release} */ (readJson(join(dir, 'release.json')));
  const record =
    '`npm run release:record` (it builds the widget and writes release.json and the README snippets), then commit both';
  if (release.package !== name || release.version !== version)
    throw new Error(
      `release.json records ${release.package} ${release.version}, package.json is ${name} ${version}: ` +
        `the version changed without its build being recorded. Run ${record}.`,
    );
  // The build, as a browser would check it: the hash of each entry's bytes.
  const entries = [
    ...new Set([...Object.keys(release.integrity), ...Object.keys(built.integrity)]),
  ];
  const differences = entries.flatMap((entry) => {
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
    const what = [
      `release.json does not record the build of ${name} ${version} being published:`,
      ...differences,
      `The README's snippets pin what release.json records, so browsers would refuse the files published as ${version}.`,
    ];
    if (pending.length)
      what.push(
        `${version} will not be published as it is: pending changesets release the widget (${pending.slice(0, 3).join(', ')}${pending.length > 3 ? ` and ${pending.length - 3} more` : ''}). ` +
          '`npm run version-packages` versions it and records the new build (the release workflow does this in its "Version packages" pull request).',
      );
    else
      what.push(
        `The widget's CDN build changed after ${version} was recorded: a change to the widget, or to the SDK or data it bundles, since \`npm run version-packages\`.`,
        `- If ${version} is not on npm yet and this build is what it should publish, record it: ${record}.`,
        `- If ${version} is on npm already, that change needs a new version: add a changeset (\`npm run changeset\`) and merge the "Version packages" pull request.`,
      );
    // `pending` tells release:check that the next version records its own build.
    throw Object.assign(new Error(what.join('\n')), { pending });
  }
  const readme = join(dir, 'README.md');
  const problems = existsSync(readme)
    ? snippetProblems(readFileSync(readme, 'utf8'), release, 'README.md')
    : [];
  if (problems.length)
    throw new Error(
      `the README's snippets are not what release.json records:\n  ${problems.join('\n  ')}\n` +
        `Run ${record}.`,
    );
  return `release.json is the build of ${name} ${version}, and the README pins it`;
}

async function main(/** @type {string[]} */ args) {
  if (args.includes('--write')) {
    const built = join(packageDir, 'cdn', 'integrity.json');
    if (!existsSync(built))
      throw new Error('cdn/integrity.json is missing: build the widget first');
    const build = /** @type {Release} */ (readJson(built));
    const { version } = readJson(join(packageDir, 'package.json'));
    if (build.version !== version)
      throw new Error(
        `cdn/ is a build of ${build.version}, package.json says ${version}: build the widget again`,
      );
    writeFileSync(RELEASE_FILE, `${JSON.stringify(build, null, 2)}\n`);
    writeFileSync(README_FILE, fillSnippets(readFileSync(README_FILE, 'utf8'), build));
    process.stdout.write(`release-snippets: README.md pins ${build.package}@${version}\n`);
    return 0;
  }
  if (args.includes('--check')) {
    process.stdout.write(`release-snippets: ${await checkRelease()}\n`);
    return 0;
  }
  throw new Error('Usage: node scripts/release-snippets.mjs --write | --check');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `release-snippets: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
