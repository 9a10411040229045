// What an app built with a bundler downloads for the elements (issue 24): `import
// '@ai-training-verdict/widget'` bundled as an app's bundler does it (Rollup with node-resolve,
// from the package's dist/, as published), minified. Up front, the app's entry chunk and the chunks
// it imports statically: at most 1 kB more than the CDN entry, which it matches in what it does,
// and no list of tool ids (the catalog loads only for an unknown id, as on the CDN).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import {
  cdnDir,
  dataset,
  ENTRY,
  gzipSize,
  packageDir,
  readCdn,
  requireBuild,
  upFrontFiles,
} from './lib/cdn-files.mjs';

/** How much more than the CDN entry an app's bundle may load up front (issue 24). */
const OVER_CDN = 1000;

describe('bundler budget (bytes, gzip -9)', () => {
  it(`loads at most ${OVER_CDN} bytes more up front than cdn/${ENTRY}, and no list of tool ids`, async () => {
    requireBuild();
    const bundle = await rollup({
      input: join(packageDir, 'dist', 'index.js'),
      plugins: [nodeResolve({ browser: true, exportConditions: ['production'] })],
      onwarn: () => undefined,
    });
    let output;
    try {
      ({ output } = await bundle.generate({
        format: 'es',
        plugins: [terser({ module: true, format: { comments: false } })],
      }));
    } finally {
      await bundle.close();
    }
    const chunks = new Map(
      output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
    );
    const upFront = new Set();
    const next = [output.find((file) => file.type === 'chunk' && file.isEntry).fileName];
    while (next.length > 0) {
      const name = next.pop();
      if (upFront.has(name)) continue;
      upFront.add(name);
      next.push(...chunks.get(name).imports);
    }
    const total = [...upFront].reduce(
      (sum, name) => sum + gzipSize(Buffer.from(chunks.get(name).code)),
      0,
    );
    const cdn = upFrontFiles(ENTRY, readCdn).reduce(
      (sum, name) => sum + gzipSize(readFileSync(join(cdnDir, name))),
      0,
    );
    console.log(
      `  a bundler app up front: ${[...upFront].join(' + ')} = ${total} bytes (CDN: ${cdn})`,
    );
    assert.ok(
      total <= cdn + OVER_CDN,
      `an app's bundle loads ${total} bytes gzipped up front, over ${cdn} + ${OVER_CDN}`,
    );
    const { tools, redirects } = dataset();
    const code = [...upFront].map((name) => chunks.get(name).code).join('\n');
    for (const id of [...Object.keys(tools), ...Object.keys(redirects)]) {
      assert.doesNotMatch(code, new RegExp(`["'\`]${id}["'\`]`), `the app's entry names ${id}`);
    }
  });
});
