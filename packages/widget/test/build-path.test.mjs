// The CDN build takes the SDK and the data package as any consumer does (README: no package
// compiles another's `src/`): their built ES modules, through their package.json exports. Every
// module in the build is the widget's own source, a workspace package's dist/, or a dependency.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildCdn } from './lib/build-cdn.mjs';
import { packageDir } from './lib/cdn-files.mjs';

const requireHere = createRequire(join(packageDir, 'package.json'));
const packageRoot = (name) => dirname(requireHere.resolve(`${name}/package.json`));

describe('CDN build path', () => {
  let modules; // every module id in the build
  before(async () => {
    modules = (await buildCdn()).flatMap((chunk) => Object.keys(chunk.modules));
  });

  it("compiles no module of another package's src/, and takes their dist/", () => {
    const workspace = ['@ai-training-verdict/sdk', '@ai-training-verdict/data'].map(packageRoot);
    const from = (dir) => modules.filter((id) => id.startsWith(dir + sep));
    for (const root of workspace) {
      assert.deepEqual(from(join(root, 'src')), [], `modules of ${root}${sep}src`);
      assert.ok(from(join(root, 'dist')).length > 0, `the build takes ${root}${sep}dist`);
    }
    const own = join(packageDir, 'src');
    const elsewhere = modules.filter(
      (id) =>
        !id.startsWith(own + sep) &&
        !id.includes(`${sep}node_modules${sep}`) &&
        !workspace.some((root) => id.startsWith(join(root, 'dist') + sep)),
    );
    assert.deepEqual(elsewhere, [], 'modules from neither src/, a dist/ nor node_modules');
  });

  it('holds one zod, the one src/internal/zod-jitless.cdn.ts configures', () => {
    // The data package's schemas and the widget's setting must share zod's config: the widget pins
    // the data package's version of zod, so both resolve to the same copy.
    const zodCore = modules.filter((id) => id.endsWith(join('zod', 'v4', 'core', 'core.js')));
    assert.equal(zodCore.length, 1, `copies of zod: ${zodCore.join(', ')}`);
  });
});
