// The README's CDN snippets are true for the release: each pins the version release.json names
// and carries its real integrity hash (no placeholder), and release.json is this package at its
// current version. fillSnippets, which `npm run version-packages` uses to write them, is described
// on a fixture README.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  fillSnippets,
  markedEntries,
  README_FILE,
  RELEASE_FILE,
  scriptTag,
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
