// What `npm install @ai-training-verdict/widget` gets: the tarball's files, the `exports` map,
// `sideEffects`, and the unbundled ESM for bundlers (lit stays a dependency, never inlined).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { before, describe, it } from 'node:test';
import { dataset, packageDir, requireBuild } from './lib/cdn-files.mjs';
import { pnpm } from './lib/pnpm.mjs';

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** The tarball's file list, as pnpm (which publishes) computes it. */
function packedFiles() {
  const output = pnpm(['pack', '--dry-run', '--json'], { cwd: packageDir });
  return JSON.parse(output.slice(output.indexOf('{'))).files.map((file) => file.path);
}

/** Every file under dir, relative to the package. */
function walk(dir) {
  return readdirSync(join(packageDir, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`],
  );
}

const exportTargets = () =>
  Object.entries(pkg.exports).flatMap(([subpath, target]) =>
    typeof target === 'string'
      ? [{ subpath, condition: 'default', path: target }]
      : Object.entries(target).map(([condition, path]) => ({ subpath, condition, path })),
  );

describe('the npm package', () => {
  let files;
  before(() => {
    requireBuild();
    files = packedFiles();
  });

  it('ships the ESM build, the CDN build, the manifest, the static embeds and the README', () => {
    for (const path of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/jsx.d.ts',
      'cdn/ai-training-verdict.js',
      'cdn/integrity.json',
      'static/index.json',
    ]) {
      assert.ok(files.includes(path), `${path} is in the tarball`);
    }
    // Every tool of the dataset: its record chunk and its no-JS embeds.
    const { tools, redirects } = dataset();
    for (const id of Object.keys(redirects)) {
      assert.ok(files.includes(`cdn/tools/${id}.js`), `cdn/tools/${id}.js is in the tarball`);
    }
    for (const id of Object.keys(tools)) {
      for (const path of [
        `cdn/tools/${id}.js`,
        `static/badges/${id}.svg`,
        `static/cards/${id}.html`,
        `static/embed/${id}.html`,
      ]) {
        assert.ok(files.includes(path), `${path} is in the tarball`);
      }
    }
    assert.ok(
      files.some((path) => /^cdn\/[a-z-]+-[\w-]{8}\.js$/.test(path)),
      'CDN chunks',
    );
  });

  it('ships no tests, stories, sources, scripts, configs or reports', () => {
    const unwanted = files.filter(
      (path) =>
        /\.(test|spec|stories)\.|(^|\/)__|\.tsbuildinfo$|\.cdn\.(js|d\.ts)$/.test(path) ||
        /^(src|test|scripts|reports|node_modules|\.turbo)\//.test(path) ||
        /(^|\/)(tsconfig[^/]*\.json|web-test-runner\.config\.mjs|\.gitignore|eslint\.config\.\w+)$/.test(
          path,
        ),
    );
    assert.deepEqual(unwanted, []);
  });

  it('points every export at a shipped file, with `types` first', () => {
    for (const { subpath, path } of exportTargets()) {
      assert.ok(files.includes(path.replace(/^\.\//, '')), `${subpath} -> ${path} is shipped`);
    }
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'object') {
        assert.equal(Object.keys(target)[0], 'types', `${subpath}: types come first`);
      }
    }
    assert.ok(files.includes(pkg.types.replace(/^\.\//, '')));
  });

  it('exports the root, each element registering itself, and each class alone', () => {
    for (const subpath of [
      '.',
      './ai-training-verdict.js',
      './ai-training-verdict.component.js',
      './ai-training-table.js',
      './ai-training-table.component.js',
      './custom-elements.json',
      './package.json',
    ]) {
      assert.ok(subpath in pkg.exports, `exports["${subpath}"]`);
    }
  });

  it('names in `sideEffects` exactly the modules whose import registers an element', () => {
    const modules = walk('dist').filter((path) => path.endsWith('.js'));
    const source = (path) => readFileSync(join(packageDir, path), 'utf8');
    const importsOf = (path) =>
      [...source(path).matchAll(/^\s*(?:import|export)\s[^;]*?["'](\.{1,2}\/[^"']+)["']/gm)].map(
        (m) => posix.join(posix.dirname(path), m[1]),
      );
    // A module registers when it calls defineElement/customElements.define at its top level, or
    // imports (not just types: tsc drops those) a module that does.
    const registers = new Map();
    const visit = (path, seen = new Set()) => {
      if (registers.has(path)) return registers.get(path);
      if (seen.has(path)) return false;
      seen.add(path);
      const own = /^(defineElement|customElements\.define)\(/m.test(source(path));
      const result =
        own || importsOf(path).some((dep) => modules.includes(dep) && visit(dep, seen));
      registers.set(path, result);
      return result;
    };
    const registering = modules.filter((path) => visit(path)).map((path) => `./${path}`);
    assert.ok(registering.length >= 3, 'the root and both element modules register');
    assert.deepEqual([...pkg.sideEffects].sort(), registering.sort());
  });

  it('leaves lit and @lit/task to the bundler: dependencies, imported by name, never inlined', () => {
    assert.ok(pkg.dependencies.lit, 'lit is a dependency');
    assert.ok(pkg.dependencies['@lit/task'], '@lit/task is a dependency');
    const base = readFileSync(join(packageDir, 'dist/internal/base.js'), 'utf8');
    // The elements are LitElements, loading through one @lit/task Task.
    assert.match(base, /import \{[^}]*\bLitElement\b[^}]*\} from ['"]lit['"]/);
    assert.match(base, /import \{[^}]*\bTask\b[^}]*\} from ['"]@lit\/task['"]/);
    for (const path of walk('dist').filter((p) => p.endsWith('.js'))) {
      const code = readFileSync(join(packageDir, path), 'utf8');
      assert.doesNotMatch(code, /litHtmlVersions|_\$litPart\$/, `${path} does not bundle Lit`);
    }
  });

  it('has a `customElements` field naming the shipped manifest', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(files.includes('custom-elements.json'));
  });
});
