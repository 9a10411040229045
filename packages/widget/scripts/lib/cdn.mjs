// The CDN build (cdn/), shared by scripts/build-cdn.mjs (which writes it), the budget tests (which
// also build it in memory against a 3,000-tool catalog, to show that the entry does not grow with
// the dataset) and the bench's scale run. Rollup with code splitting, so every lazy chunk imports
// Lit, the SDK and the element's templates from the entry instead of carrying its own copy; Lit's
// literal minifier for the html`` and css`` templates; terser for the rest.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = join(packageDir, 'src');
const requireHere = createRequire(join(packageDir, 'package.json'));

/**
 * The entry point of the CDN build: output name (without `.js`) -> module. One script for every
 * element: `ai-training-verdict.js` registers `<ai-training-verdict>` and `<ai-training-table>`
 * (whose class loads when the first table appears).
 */
export const CDN_ENTRIES = {
  'ai-training-verdict': join(srcDir, 'ai-training-verdict.cdn.ts'),
};

/**
 * Other names of the entry: `ai-training-table.js`, the table's entry before one script registered
 * every element, kept so that snippets written for it keep working. Each is one line importing the
 * entry.
 */
export const CDN_ALIASES = { 'ai-training-table': 'ai-training-verdict' };

/** The directory of a workspace package the widget depends on. */
const packageRoot = (name) => dirname(requireHere.resolve(`${name}/package.json`));

const sdkDir = () => packageRoot('@ai-training-verdict/sdk');

/** The directory of the `@ai-training-verdict/data` package the SDK depends on. */
export function dataPackageDir() {
  return dirname(
    createRequire(join(packageRoot('@ai-training-verdict/sdk'), 'package.json')).resolve(
      '@ai-training-verdict/data/package.json',
    ),
  );
}

/**
 * What stands in for modules of the packages the widget depends on, in this build only. Each is a
 * virtual module (no file), so nothing here is a copy of their code.
 *
 * - `@ai-training-verdict/sdk` (and `/record`, `/client`, `/locales/<lang>`) and the data package's
 *   `/vocabulary` and `/catalog`: their own TypeScript source, not their bundled dist. Rollup splits code by module,
 *   and each dist entry is one module: through the SDK's, the card's entry (which uses `isStale`)
 *   would also take `getTool` and with it the catalog of every tool; through the vocabulary's, the
 *   dataset checks the `src` reader needs. From the sources, each function lands in the chunk that
 *   uses it, and there is one copy of each package in the whole CDN graph.
 * - The SDK client starts by setting zod's `jitless`, before the data schemas are built: zod
 *   otherwise probes for `new Function`, which a page whose CSP forbids eval reports.
 * - `@ai-training-verdict/data/loaders` (one dynamic import per tool, through the SDK's bundled
 *   data): rebuilt from the catalog to load `cdn/tools/<id>.js` by URL, the same files the entry
 *   loads, so no record is bundled into any chunk.
 * - `src/internal/palette.ts` (the verdict colours, and the CSS it builds from them): that CSS as a
 *   string literal, computed here from palette.ts's built copy in dist/, so each reader's browser
 *   downloads the CSS rather than the code that writes it (the colours stay typed once, in
 *   palette.ts, and the entry stays within its budget).
 * - `catalogModule` (tests and the bench): the source of a module standing in for the data
 *   package's catalog, such as a synthetic one of 3,000 tools.
 *
 * @param {{ catalogModule?: string }} options
 * @returns {import('rollup').Plugin}
 */
function cdnModules({ catalogModule } = {}) {
  const sdkSrc = join(packageRoot('@ai-training-verdict/sdk'), 'src');
  const dataSrc = join(dataPackageDir(), 'src');
  // Each package entry the CDN graph uses, as its source module (the entries of their tsup configs).
  const sources = {
    '@ai-training-verdict/sdk': join(sdkSrc, 'index.ts'),
    '@ai-training-verdict/sdk/record': join(sdkSrc, 'record-entry.ts'),
    '@ai-training-verdict/data/vocabulary': join(dataSrc, 'vocabulary-entry.ts'),
    ...(catalogModule === undefined
      ? { '@ai-training-verdict/data/catalog': join(dataSrc, 'catalog-entry.ts') }
      : {}),
  };
  const virtual = {
    '\0atv:client': `import '\0atv:zod-jitless';
export { createClient } from ${JSON.stringify(join(sdkSrc, 'client.ts'))};`,
    '\0atv:zod-jitless': `import { config } from 'zod/mini';\nconfig({ jitless: true });\n`,
    '\0atv:loaders': `import { catalog, redirects } from '@ai-training-verdict/data/catalog';
export { dataVersion } from '@ai-training-verdict/data/catalog';
export const loaders = Object.fromEntries(
  [...catalog.map(({ id }) => id), ...Object.keys(redirects)].map((id) => [
    id,
    () => import(new URL('./tools/' + id + '.js', import.meta.url).href).then((m) => m.default),
  ]),
);
export const loadCatalog = async () => catalog;
`,
    ...(catalogModule === undefined ? {} : { '\0atv:catalog': catalogModule }),
  };
  return {
    name: 'atv-cdn-modules',
    async resolveId(source, importer) {
      if (Object.hasOwn(sources, source)) return sources[source];
      // The SDK's reader labels of one language (its `./locales/<lang>` exports).
      const locale = /^@ai-training-verdict\/sdk\/locales\/([a-z]+)$/.exec(source);
      if (locale) return join(sdkSrc, 'locales', `${locale[1]}.ts`);
      if (source === '@ai-training-verdict/sdk/client') return '\0atv:client';
      if (source === '@ai-training-verdict/data/loaders') return '\0atv:loaders';
      if (source === '@ai-training-verdict/data/catalog' && catalogModule !== undefined) {
        // Side-effect free, as the data package declares its own catalog: Rollup then splits and
        // orders the chunks as it does for the real one.
        return { id: '\0atv:catalog', moduleSideEffects: false };
      }
      if (Object.hasOwn(virtual, source)) return source;
      if (source === 'zod/mini' && importer === '\0atv:zod-jitless') {
        // The zod the data package's schemas use.
        return this.resolve('zod/mini', join(dataPackageDir(), 'package.json'), {
          skipSelf: true,
        });
      }
      return null;
    },
    async load(id) {
      if (id === join(srcDir, 'internal', 'palette.ts')) return paletteLiteral();
      return Object.hasOwn(virtual, id) ? virtual[id] : null;
    },
    // Each import() of the entry goes through `importChunk` (src/internal/csp.cdn.ts), which loads
    // a chunk so that a page allowing the entry by hash and 'strict-dynamic' allows it too. Only an
    // import of a module of the build: importChunk's own `import(url)` stays as it is.
    renderDynamicImport({ chunk, targetModuleId }) {
      return chunk.isEntry && targetModuleId ? { left: 'importChunk(', right: ')' } : null;
    },
    renderChunk(code, chunk) {
      if (
        chunk.isEntry &&
        code.includes('importChunk(') &&
        !/\bfunction importChunk\(/.test(code)
      ) {
        throw new Error(`CDN build: ${chunk.fileName} calls importChunk but does not define it`);
      }
      return null;
    },
    generateBundle() {
      for (const [alias, entry] of Object.entries(CDN_ALIASES)) {
        this.emitFile({
          type: 'prebuilt-chunk',
          fileName: `${alias}.js`,
          code: `import"./${entry}.js";\n`,
        });
      }
    },
  };
}

/** palette.ts with its CSS written out: what its built copy computes, as a literal. */
async function paletteLiteral() {
  const built = join(packageDir, 'dist', 'internal', 'palette.js');
  if (!existsSync(built)) {
    throw new Error(`CDN build: ${built} is missing; run \`tsc -p tsconfig.build.json\` first`);
  }
  const { paletteStyles } = await import(pathToFileURL(built).href);
  return `import { unsafeCSS } from 'lit';
export const paletteStyles = unsafeCSS(${JSON.stringify(paletteStyles.cssText)});
`;
}

/** Lazy chunks are named after what they hold: `sections-<hash>.js`, `client-<hash>.js`, ... */
const CHUNK_NAMES = {
  'catalog.cdn': 'catalog',
  // The data package's catalog, or the stand-in a budget test builds with (3,000 more tools).
  'catalog-entry': 'tool-list',
  _atv_catalog: 'tool-list',
  _atv_client: 'client',
};

/**
 * The Rollup options of the CDN build.
 * @param {{ catalogModule?: string }} [options]
 * @returns {import('rollup').RollupOptions}
 */
export function cdnConfig(options = {}) {
  const pureSources = [join(sdkDir(), 'src'), join(dataPackageDir(), 'src')];
  return {
    input: CDN_ENTRIES,
    plugins: [
      cdnModules(options),
      // Lit's production build: its development build warns in the console and is twice the size.
      // `cdn`: the widget's own `#loader` is `loader.cdn.ts` here (package.json, "imports").
      nodeResolve({ browser: true, exportConditions: ['production', 'cdn'] }),
      esbuild({
        target: 'es2022',
        tsconfig: join(packageDir, 'tsconfig.json'),
        // The schema's field descriptions serve editors, not a browser validating a `src` release.
        define: { SCHEMA_DESCRIPTIONS: 'false' },
      }),
      minifyHTMLLiterals({
        include: [`${srcDir}/**/*.ts`],
        failOnError: true,
        // `<path />` in svg`` templates must keep its slash: in SVG, `<circle>` without one would
        // swallow the `<path>` after it. Whitespace between tags shrinks to one space rather than
        // none, so text read from the card (copied, or by a screen reader's text) keeps its words
        // apart as the npm build does.
        options: { minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } },
      }),
    ],
    // The workspace packages are `sideEffects: false` (their package.json), which Rollup reads only
    // from a package's dist; their sources are the same modules.
    treeshake: {
      moduleSideEffects: (id) => !pureSources.some((dir) => id.startsWith(dir)),
    },
    onwarn(warning) {
      // About code inside a dependency (zod's circular imports, a comment of its that Rollup cannot
      // read as a hint): theirs to fix, and no sign of a broken build.
      const ids = [warning.id, ...(warning.ids ?? [])].filter(Boolean);
      if (ids.length > 0 && ids.every((id) => id.includes('/node_modules/'))) return;
      // Anything about our own code (a circular import, an unresolved module) fails the build.
      throw new Error(`CDN build: ${warning.message}`);
    },
    output: {
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => `${CHUNK_NAMES[chunk.name] ?? chunk.name}-[hash].js`,
      plugins: [
        terser({
          module: true,
          ecma: 2022,
          compress: { passes: 3 },
          format: { comments: false },
        }),
      ],
    },
  };
}

/**
 * Runs the CDN build into `outdir` (or, with `write: false`, in memory) and returns every file it
 * made, entries first.
 * @param {{ outdir: string, write?: boolean, catalogModule?: string }} options
 * @returns {Promise<Array<{ path: string, contents: Uint8Array, modules: Record<string, number> }>>}
 */
export async function buildCdn({ outdir, write = true, catalogModule }) {
  const config = cdnConfig({ catalogModule });
  const bundle = await rollup(config);
  try {
    const output = { ...config.output, dir: outdir };
    const { output: files } = write ? await bundle.write(output) : await bundle.generate(output);
    return files
      .filter((file) => file.type === 'chunk' || file.type === 'prebuilt-chunk')
      .sort((a, b) => Number(b.isEntry ?? true) - Number(a.isEntry ?? true))
      .map((file) => ({
        path: join(outdir, file.fileName),
        contents: new TextEncoder().encode(file.code),
        // What the chunk is made of: module id -> its bytes in the chunk before terser.
        modules: Object.fromEntries(
          Object.entries(file.modules ?? {}).map(([id, module]) => [id, module.renderedLength]),
        ),
      }));
  } finally {
    await bundle.close();
  }
}

/** The `integrity` attribute value of a file's bytes (Subresource Integrity, SHA-384). */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
