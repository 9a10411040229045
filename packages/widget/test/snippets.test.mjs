// The CDN snippets of every README and guide are true for the release: each pins a version
// release.json records and carries the integrity it records for that file (no placeholder), and
// release.json is this package at its current version. fillSnippets, which
// `npm run version-packages` uses to write them, is described on a fixture README; `--check`
// (checkRelease), on a fixture package whose build is not the one recorded.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import {
  checkRelease,
  fillSnippets,
  markedEntries,
  README_FILE,
  RELEASE_FILE,
  scriptTag,
  snippetProblems,
} from '../scripts/release-snippets.mjs';
import { packageDir } from './lib/cdn-files.mjs';

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const release = JSON.parse(readFileSync(RELEASE_FILE, 'utf8'));
const readme = readFileSync(README_FILE, 'utf8');

/** Every jsDelivr script tag of the widget in a text, with its attributes. */
const widgetScripts = (text) =>
  [...text.matchAll(/<script\b([^>]*)><\/script>/g)]
    .map(([, attributes]) =>
      Object.fromEntries(
        [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
      ),
    )
    .filter((a) => a.src?.startsWith('https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget'));

describe('the README snippets, against release.json', () => {
  it('release.json is this package at the version package.json gives', () => {
    assert.equal(release.package, pkg.name);
    assert.equal(release.version, pkg.version, 'run `npm run version-packages` after a version');
    assert.deepEqual(Object.keys(release.integrity).sort(), [
      'ai-training-table.js',
      'ai-training-verdict.js',
    ]);
    for (const hash of Object.values(release.integrity))
      assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it('every CDN script tag pins the released version with its real hash', () => {
    const scripts = widgetScripts(readme);
    assert.ok(scripts.length >= 3, `the README shows ${scripts.length} CDN snippets`);
    for (const s of scripts) {
      const [, version, file] = /widget@([^/]+)\/cdn\/(.+)$/.exec(s.src) ?? [];
      assert.equal(version, release.version, s.src);
      assert.equal(s.integrity, release.integrity[file], `${file}: integrity`);
      assert.equal(s.crossorigin, 'anonymous', `${file}: crossorigin`);
      assert.equal(s.type, 'module');
    }
    assert.ok(!readme.includes('sha384-…'), 'no placeholder hash');
  });

  it('every CDN snippet is marked, and is what fillSnippets writes from release.json', () => {
    assert.equal(markedEntries(readme).length, widgetScripts(readme).length);
    assert.equal(fillSnippets(readme, release), readme);
  });
});

describe('fillSnippets', () => {
  const fixture = {
    package: '@example/widget',
    version: '2.3.4',
    integrity: { 'card.js': `sha384-${'A'.repeat(64)}` },
  };

  it('rewrites the script tag of a marked snippet, keeping the rest of the fence as written', () => {
    const markdown =
      'Intro.\n\n<!-- release-script: card.js -->\n\n```html\n<script src="old.js"></script>\n\n<my-card></my-card>\n```\n\n' +
      '```html\n<script src="unmarked.js"></script>\n```\n';
    const filled = fillSnippets(markdown, fixture);
    assert.equal(
      filled,
      'Intro.\n\n<!-- release-script: card.js -->\n\n```html\n' +
        `${scriptTag(fixture, 'card.js')}\n\n<my-card></my-card>\n\`\`\`\n\n` +
        '```html\n<script src="unmarked.js"></script>\n```\n',
    );
    assert.match(
      scriptTag(fixture, 'card.js'),
      /src="https:\/\/cdn\.jsdelivr\.net\/npm\/@example\/widget@2\.3\.4\/cdn\/card\.js"\n {2}integrity="sha384-A{64}"/,
    );
    // Filling again changes nothing.
    assert.equal(fillSnippets(filled, fixture), filled);
  });

  it('names the line of a marked snippet without a script tag, and an entry the release lacks', () => {
    assert.throws(
      () =>
        fillSnippets('a\nb\n<!-- release-script: card.js -->\n```html\n<p></p>\n```\n', fixture),
      { message: 'line 3: the snippet marked "card.js" has no <script> tag' },
    );
    assert.throws(
      () =>
        fillSnippets(
          '<!-- release-script: table.js -->\n```html\n<script></script>\n```\n',
          fixture,
        ),
      { message: 'release.json has no entry "table.js" (it has card.js)' },
    );
  });
});

/** Every README and guide of the repository a reader may copy a snippet from. */
function docs() {
  const root = join(packageDir, '../..');
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.name === 'node_modules' || entry.name === 'generated' || entry.name.startsWith('.')
        ? []
        : entry.isDirectory()
          ? walk(join(dir, entry.name))
          : /\.mdx?$/.test(entry.name)
            ? [join(dir, entry.name)]
            : [],
    );
  const readmes = ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(root, group)).map((name) => join(root, group, name, 'README.md')),
  );
  return [join(root, 'README.md'), ...readmes, ...walk(join(root, 'apps/docs/stories'))]
    .filter((file) => {
      try {
        readFileSync(file);
        return true;
      } catch {
        return false;
      }
    })
    .map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));
}

describe('every README and guide, against release.json', () => {
  it('names only the version release.json records, with the integrity it records', () => {
    const all = docs();
    assert.ok(all.some((d) => d.file === 'packages/widget/README.md'));
    assert.deepEqual(
      all.flatMap((d) => snippetProblems(d.text, release, d.file)),
      [],
    );
  });

  it('holds no SHA-384 hash release.json does not record', () => {
    const recorded = new Set(Object.values(release.integrity));
    const stray = docs().flatMap((d) =>
      [...d.text.matchAll(/sha384-[A-Za-z0-9+/=]{20,}/g)]
        .filter(([hash]) => !recorded.has(hash))
        .map(([hash]) => `${d.file}: ${hash}`),
    );
    assert.deepEqual(stray, []);
  });
});

describe('snippetProblems', () => {
  const fixture = {
    package: '@example/widget',
    version: '2.3.4',
    integrity: { 'card.js': `sha384-${'A'.repeat(64)}` },
  };
  const tag = (url, integrity) =>
    `<script type="module" src="https://cdn.jsdelivr.net/npm/@example/widget${url}" integrity="${integrity}" crossorigin="anonymous"></script>`;

  it('names the file and line of a snippet with another version, hash or file, or no version', () => {
    const guide = [
      'A guide.',
      tag('@2.3.4/cdn/card.js', fixture.integrity['card.js']),
      tag('@2.3.3/cdn/card.js', fixture.integrity['card.js']),
      tag('@2.3.4/cdn/card.js', `sha384-${'B'.repeat(64)}`),
      tag('@2.3.4/cdn/table.js', `sha384-${'C'.repeat(64)}`),
      tag('/cdn/card.js', fixture.integrity['card.js']),
      '<link rel="modulepreload" href="https://cdn.jsdelivr.net/npm/@example/widget@2.3.4/cdn/card.js">',
      '<script src="https://cdn.jsdelivr.net/npm/@other/widget@1.0.0/cdn/card.js"></script>',
    ].join('\n');
    assert.deepEqual(snippetProblems(guide, fixture, 'docs/guide.md'), [
      'docs/guide.md:3: the snippet names 2.3.3, release.json records 2.3.4',
      `docs/guide.md:4: cdn/card.js of 2.3.4 has integrity sha384-${'A'.repeat(64)} (release.json), the snippet says sha384-${'B'.repeat(64)}`,
      'docs/guide.md:5: release.json records no hash for cdn/table.js',
      'docs/guide.md:6: https://cdn.jsdelivr.net/npm/@example/widget/cdn/card.js pins no version (write @example/widget@<version>)',
      `docs/guide.md:7: cdn/card.js of 2.3.4 has integrity sha384-${'A'.repeat(64)} (release.json), the snippet says nothing`,
    ]);
  });
});

describe('release-snippets --check (checkRelease), on a package whose build is not the one recorded', () => {
  const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  /** A scratch repository: the widget at 2.3.4, release.json recording `recorded`, cdn/ built. */
  function scratch({
    recorded = 'the card as versioned',
    built = 'the card as built',
    version = '2.3.4',
    changesets = {},
  } = {}) {
    const root = mkdtempSync(join(tmpdir(), 'atv-release-snippets-'));
    const dir = join(root, 'packages/widget');
    mkdirSync(join(dir, 'cdn'), { recursive: true });
    const release = {
      package: '@example/widget',
      version: '2.3.4',
      integrity: { 'card.js': sri(recorded) },
    };
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@example/widget', version }));
    writeFileSync(join(dir, 'release.json'), JSON.stringify(release));
    writeFileSync(join(dir, 'cdn/card.js'), built);
    writeFileSync(
      join(dir, 'cdn/integrity.json'),
      JSON.stringify({ package: '@example/widget', version, integrity: { 'card.js': sri(built) } }),
    );
    writeFileSync(
      join(dir, 'README.md'),
      fillSnippets('<!-- release-script: card.js -->\n```html\n<script></script>\n```\n', release),
    );
    if (Object.keys(changesets).length) {
      mkdirSync(join(root, '.changeset'));
      for (const [name, body] of Object.entries(changesets))
        writeFileSync(join(root, '.changeset', name), body);
    }
    return { root, dir };
  }
  const messageOf = async (dir, root) => {
    try {
      return `passed: ${await checkRelease(dir, root)}`;
    } catch (error) {
      return error.message;
    }
  };

  it('says which file differs, both hashes, the version, and what to run', async () => {
    const { root, dir } = scratch();
    const message = await messageOf(dir, root);
    assert.equal(
      message,
      [
        'release.json does not record the build of @example/widget 2.3.4 being published:',
        `  cdn/card.js: release.json records ${sri('the card as versioned')}, the build is ${sri('the card as built')}`,
        "The README's snippets pin what release.json records, so browsers would refuse the files published as 2.3.4.",
        "The widget's CDN build changed after 2.3.4 was recorded: a change to the widget, or to the SDK or data it bundles, since `npm run version-packages`.",
        '- If 2.3.4 is not on npm yet and this build is what it should publish, record it: `npm run release:record` (it builds the widget and writes release.json and the README snippets), then commit both.',
        '- If 2.3.4 is on npm already, that change needs a new version: add a changeset (`npm run changeset`) and merge the "Version packages" pull request.',
      ].join('\n'),
    );
    rmSync(root, { recursive: true });
  });

  it('names the pending changesets that will version the widget instead', async () => {
    const { root, dir } = scratch({
      changesets: {
        'new-card.md': "---\n'@example/widget': minor\n---\n\nA new card.\n",
        'docs-only.md': "---\n'@example/other': patch\n---\n\nOther.\n",
      },
    });
    const message = await messageOf(dir, root);
    assert.match(
      message,
      /^ {2}cdn\/card\.js: release\.json records sha384-\S+, the build is sha384-\S+$/m,
    );
    assert.match(
      message,
      /^2\.3\.4 will not be published as it is: pending changesets release the widget \(\.changeset\/new-card\.md\)\. `npm run version-packages` versions it and records the new build/m,
    );
    assert.doesNotMatch(message, /docs-only/);
    rmSync(root, { recursive: true });
  });

  it('says when the version changed without its build being recorded', async () => {
    const { root, dir } = scratch({ version: '2.4.0' });
    assert.equal(
      await messageOf(dir, root),
      'release.json records @example/widget 2.3.4, package.json is @example/widget 2.4.0: the version changed without its build being recorded. Run `npm run release:record` (it builds the widget and writes release.json and the README snippets), then commit both.',
    );
    rmSync(root, { recursive: true });
  });

  it('passes when the build is the one recorded, and the README pins it', async () => {
    const { root, dir } = scratch({ built: 'the card as versioned' });
    assert.equal(
      await messageOf(dir, root),
      'passed: release.json is the build of @example/widget 2.3.4, and the README pins it',
    );
    writeFileSync(
      join(dir, 'README.md'),
      '<script src="https://cdn.jsdelivr.net/npm/@example/widget@2.3.3/cdn/card.js"></script>\n',
    );
    assert.match(
      await messageOf(dir, root),
      /^the README's snippets are not what release\.json records:\n {2}README\.md:1: the snippet names 2\.3\.3, release\.json records 2\.3\.4\nRun `npm run release:record`/,
    );
    rmSync(root, { recursive: true });
  });
});
