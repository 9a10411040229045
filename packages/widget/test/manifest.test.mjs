// custom-elements.json is generated (`pnpm manifest`: the analyzer's CLI with
// custom-elements-manifest.config.mjs), committed and shipped; editors,
// Storybook and the docs read it. It must never drift from the elements' source.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { MANIFEST_FILE, packageDir } from './lib/cdn-files.mjs';

const committed = () => readFileSync(MANIFEST_FILE, 'utf8');
const manifest = () => JSON.parse(committed());
const elements = () =>
  manifest().modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({ module, ...d })),
  );

describe('custom-elements.json', () => {
  it('matches a fresh generation from the source (run `pnpm manifest` and commit the file)', async () => {
    const generated = await cli({ argv: ['analyze'], cwd: packageDir, noWrite: true });
    assert.equal(committed(), `${JSON.stringify(generated, null, 2)}\n`);
  });

  it('is the file package.json names in `customElements`, and is shipped', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    assert.equal(join(packageDir, pkg.customElements), MANIFEST_FILE);
    assert.ok(pkg.files.includes('custom-elements.json'));
  });

  it('describes both elements by tag name, each defined by a module the package exports', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const shipped = new Set(
      Object.values(pkg.exports)
        .map((target) => (typeof target === 'string' ? target : target.default))
        .filter(Boolean)
        .map((path) => path.replace(/^\.\//, '')),
    );
    const definitions = manifest().modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition')
        .map((e) => ({ tag: e.name, module: module.path })),
    );
    assert.deepEqual(definitions.map((d) => d.tag).sort(), [
      'ai-training-table',
      'ai-training-verdict',
    ]);
    for (const { tag, module } of definitions) {
      assert.ok(shipped.has(module), `${tag} is defined in ${module}, an export of the package`);
    }
    assert.deepEqual(
      elements()
        .map((e) => e.tagName)
        .sort(),
      ['ai-training-table', 'ai-training-verdict'],
    );
  });

  it('documents each element: summary, attributes, events, parts and custom properties', () => {
    for (const element of elements()) {
      assert.ok(element.summary, `${element.tagName} has a @summary`);
      assert.ok(element.attributes?.length > 0, `${element.tagName} lists its attributes`);
      for (const attribute of element.attributes) {
        assert.ok(attribute.description, `${element.tagName}[${attribute.name}] is documented`);
        assert.doesNotMatch(attribute.name, /^_/, 'no internal state as an attribute');
      }
      assert.ok(element.cssParts?.length > 0, `${element.tagName} lists its parts`);
      assert.ok(element.cssProperties?.length > 0, `${element.tagName} lists custom properties`);
      for (const property of element.cssProperties) {
        assert.match(property.name, /^--atv-/, 'custom properties carry the one prefix');
      }
      for (const event of element.events ?? []) {
        assert.match(event.name, /^ai-training-verdict-/, 'events carry the one prefix');
      }
    }
    const card = elements().find((e) => e.tagName === 'ai-training-verdict');
    assert.deepEqual(card.events.map((e) => e.name).sort(), [
      'ai-training-verdict-error',
      'ai-training-verdict-load',
    ]);
    const attributes = card.attributes.map((a) => a.name);
    for (const name of ['tool', 'sections', 'tier', 'heading-level', 'compact', 'theme', 'src']) {
      assert.ok(attributes.includes(name), `<ai-training-verdict ${name}> is in the manifest`);
    }
  });

  it('names only files the package ships (dist/…/*.js), never the TypeScript sources', () => {
    const paths = [];
    const visit = (value) => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') paths.push(child);
        else visit(child);
      }
    };
    visit(manifest().modules);
    assert.ok(paths.length > 0);
    for (const path of paths) assert.match(path, /^dist\/[a-z0-9/.-]+\.js$/);
  });
});

describe('the sections of the card, where a reader looks them up', () => {
  /** The card's own list of `sections` tokens (built), and the ones it draws by default. */
  const sections = async () => {
    const { CARD_SECTIONS, SECTION_TOKENS } = await import(
      pathToFileURL(join(packageDir, 'dist', 'internal', 'card.js')).href
    );
    return {
      all: SECTION_TOKENS,
      optional: SECTION_TOKENS.filter((t) => !CARD_SECTIONS.includes(t)),
    };
  };
  const card = () => elements().find((e) => e.tagName === 'ai-training-verdict');

  it('names every token in the `sections` attribute, and each optional section as a part', async () => {
    const { all, optional } = await sections();
    const description = card().attributes.find((a) => a.name === 'sections').description;
    for (const token of all)
      assert.ok(description.includes(`\`${token}\``), `sections names ${token}`);
    const parts = card().cssParts.map((p) => p.name);
    for (const token of optional) assert.ok(parts.includes(token), `@csspart ${token}`);
  });

  it("names each optional section among the README's parts of the card", async () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const parts = /^Parts \(`::part\(\)`\):[\s\S]*?\n\n/m.exec(readme)?.[0];
    assert.ok(parts, 'README.md: a "Parts (`::part()`)" paragraph');
    for (const token of (await sections()).optional) {
      assert.ok(parts.includes(`\`${token}\``), `README.md: the part \`${token}\` among the parts`);
    }
  });

  it("gives every token a row of the README's table of sections", async () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([\w-]+)` +\|/gm)].map((m) => m[1]);
    for (const token of [...(await sections()).all, 'all']) {
      assert.ok(rows.includes(token), `README.md: a row for \`${token}\``);
    }
  });
});
