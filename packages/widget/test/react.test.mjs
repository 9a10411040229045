// `@ai-training-verdict/widget/react` on a server, as Next.js runs it: a client module whose
// built file still starts with 'use client', and which renders (react-dom/server, in Node, where
// Lit's server build installs its own `customElements`) as the element with its fallback link,
// registering nothing and warning nothing, even when the server loads two copies of the package
// (Next.js bundles it once for server components and once for server rendering). The browser
// side, hydration and the callbacks, is test/consumers.test.mjs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';
import { MANIFEST_FILE, packageDir, requireBuild } from './lib/cdn-files.mjs';

/**
 * Runs `code` (an ES module) in a fresh Node process from the package directory, so it resolves
 * `react` and `lit` as an app would and starts with no registry; its console output is returned.
 */
function node(code) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the React wrapper on a server', () => {
  let copy;
  before(() => {
    requireBuild();
    // A second copy of the built package, resolving its dependencies (Lit among them, so its
    // registry too) from the same node_modules, like a second bundle of the same app.
    copy = mkdtempSync(join(tmpdir(), 'atv-widget-copy-'));
    cpSync(join(packageDir, 'dist'), join(copy, 'dist'), { recursive: true });
    cpSync(join(packageDir, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(packageDir, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  it("is a client module: the built file's first statement is 'use client'", () => {
    const text = readFileSync(join(packageDir, 'dist', 'react.js'), 'utf8');
    const [first] = ts.createSourceFile('react.js', text, ts.ScriptTarget.Latest).statements;
    assert.ok(
      first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression),
      'dist/react.js starts with a directive',
    );
    assert.equal(first.expression.text, 'use client');
  });

  it('has a callback for every event custom-elements.json lists on either element', () => {
    // The wrapper names each event once, `event('<name>')` (src/react.ts), for both components.
    const text = readFileSync(join(packageDir, 'dist', 'react.js'), 'utf8');
    const wrapped = [...text.matchAll(/\bevent\('([^']+)'\)/g)].map((m) => m[1]).sort();
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    for (const tag of ['ai-training-verdict', 'ai-training-table']) {
      const element = declarations.find((declaration) => declaration.tagName === tag);
      assert.ok(element, `${tag} is in custom-elements.json`);
      assert.deepEqual(wrapped, element.events.map((e) => e.name).sort(), `${tag}'s events`);
    }
  });

  it('renders the element with its fallback link, registering and warning nothing, in two copies', () => {
    const urls = [packageDir, copy].map((dir) => pathToFileURL(join(dir, 'dist', 'react.js')).href);
    const { status, stdout, stderr } = node(`
      import { createElement as h } from 'react';
      import { renderToString } from 'react-dom/server';
      const [one, two] = [await import(${JSON.stringify(urls[0])}), await import(${JSON.stringify(urls[1])})];
      const fallback = h('a', { href: 'https://example.org/terms' }, 'The terms');
      console.log(renderToString(h('main', null,
        h(one.AiTrainingVerdict, { tool: 'scribble-pad', onLoad: () => {} }, fallback),
        h(two.AiTrainingTable, { tools: 'scribble-pad quill-chat' }),
      )));
      console.log('registered:', ['ai-training-verdict', 'ai-training-table']
        .filter((tag) => globalThis.customElements?.get(tag)).join(' ') || 'none');
    `);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.equal(
      stdout,
      '<main><ai-training-verdict><a href="https://example.org/terms">The terms</a>' +
        '</ai-training-verdict><ai-training-table></ai-training-table></main>\n' +
        'registered: none\n',
    );
  });
});
