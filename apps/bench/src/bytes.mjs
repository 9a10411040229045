// Bytes a reader or a developer downloads, raw and compressed as a CDN serves them (gzip -9 and
// brotli at quality 11): our CDN files as a default card loads them, one record chunk, an SDK
// bundle that imports `getTool` and loads one tool, and baseline-status 1.2.0's published bundle.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
export const widgetCdn = join(
  require.resolve('@ai-training-verdict/widget/package.json'),
  '..',
  'cdn',
);
export const baselineBundle = require.resolve('baseline-status/baseline-status.min.js');

/** raw, gzip and brotli sizes of some bytes. */
export function sizes(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
export const total = (rows) =>
  rows.reduce((sum, r) => add(sum, r.size), { raw: 0, gzip: 0, brotli: 0 });

/** Our files a default card fetched (from the browser run's request list), with their sizes. */
export function cardFiles(urls) {
  return urls
    .map((url) => new URL(url).pathname)
    .filter((path) => path.startsWith('/cdn/'))
    .map((path) => {
      const file = path.slice('/cdn/'.length);
      return { file: `cdn/${file}`, size: sizes(readFileSync(join(widgetCdn, file))) };
    });
}

/**
 * A developer's bundle: `getTool('<tool>')` from the SDK, built for the browser by esbuild with
 * code splitting and minification. Counts the entry, what it imports, and the one tool's chunk
 * (every other tool's chunk is built but never loaded).
 */
export async function sdkBundle(tool) {
  const dir = mkdtempSync(join(tmpdir(), 'atv-bench-sdk-'));
  try {
    const entry = join(dir, 'app.mjs');
    writeFileSync(
      entry,
      `import { getTool } from '@ai-training-verdict/sdk';\nconst record = await getTool(${JSON.stringify(tool)});\ndocument.title = record.name;\n`,
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      platform: 'browser',
      target: 'es2022',
      outdir: join(dir, 'out'),
      nodePaths: [fileURLToPath(new URL('../node_modules', import.meta.url))],
      absWorkingDir: dir,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const byPath = (p) => outputs[p];
    const entryOut = Object.keys(outputs).find((p) => outputs[p].entryPoint?.endsWith('app.mjs'));
    const toolChunk = Object.keys(outputs).find((p) =>
      Object.keys(outputs[p].inputs).some((i) => i.includes(`tools/${tool}.`)),
    );
    // The entry, its static imports, then the tool's chunk and its static imports.
    const loaded = new Set();
    const visit = (p) => {
      if (!p || loaded.has(p)) return;
      loaded.add(p);
      for (const imp of byPath(p).imports) if (imp.kind === 'import-statement') visit(imp.path);
    };
    visit(entryOut);
    visit(toolChunk);
    return [...loaded].map((p) => ({
      file: p.endsWith(entryOut)
        ? 'app entry'
        : p === toolChunk
          ? `chunk of ${tool}`
          : 'shared chunk',
      size: sizes(readFileSync(join(dir, p.replace(/^.*?out\//, 'out/')))),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** baseline-status 1.2.0 as published (one self-contained file) and its API answer. */
export function baselineFiles(apiAnswer) {
  return [
    { file: 'baseline-status.min.js', size: sizes(readFileSync(baselineBundle)) },
    { file: 'API answer (stub)', size: sizes(JSON.stringify(apiAnswer)) },
  ];
}
