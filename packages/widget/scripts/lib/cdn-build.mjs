// How the CDN build is made, shared by scripts/build-cdn.mjs (which writes cdn/) and the budget
// tests (which build in memory, for example against a 3,000-tool catalog, to show that the entry
// does not grow with the dataset).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minifyCssLiterals, minifyHtmlLiterals } from './minify-literals.mjs';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = join(packageDir, 'src');

/**
 * The entry points of the CDN build: output name (without `.js`) -> the module that registers the
 * element. One per element, so a blog post with a card never pays for the comparison table; a page
 * with both loads the code they share (Lit, the loader, the strings) once.
 */
export const CDN_ENTRIES = {
  'ai-training-verdict': join(srcDir, 'ai-training-verdict', 'ai-training-verdict.ts'),
  'ai-training-table': join(srcDir, 'ai-training-table', 'ai-training-table.ts'),
};

/** The directory of the `@ai-training-verdict/data` package the SDK depends on. */
export function dataPackageDir() {
  const requireFromSdk = createRequire(
    createRequire(join(packageDir, 'package.json')).resolve(
      '@ai-training-verdict/sdk/package.json',
    ),
  );
  return dirname(requireFromSdk.resolve('@ai-training-verdict/data/package.json'));
}

/**
 * esbuild plugins of the CDN build.
 * @param {{ catalogModule?: string }} options `catalogModule` replaces the data package's catalog
 *   (source text of an ES module exporting `catalog`, `redirects`, `dataVersion`, `toolIds`): the
 *   budget test builds against a synthetic 3,000-tool dataset with it.
 */
function cdnPlugins({ catalogModule } = {}) {
  return [
    {
      // loader.ts (bundled data through the SDK) -> loader.cdn.ts (one chunk per record by URL).
      name: 'cdn-loader',
      setup(build) {
        const npmLoader = join(srcDir, 'internal', 'loader');
        build.onResolve({ filter: /(^|\/)loader(\.js|\.ts)?$/ }, (args) => {
          const target = resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '');
          if (target !== npmLoader) return undefined;
          return { path: join(srcDir, 'internal', 'loader.cdn.ts') };
        });
      },
    },
    {
      // The SDK's bundled data loads records through `@ai-training-verdict/data/loaders`, a map of
      // one dynamic import per tool. In the CDN build those records are the files in cdn/tools/, so
      // the map is rebuilt from the catalog and loads them by URL. It is only reached from the lazy
      // catalog and client chunks (unknown ids, `src`), never from the entry.
      name: 'cdn-data-loaders',
      setup(build) {
        build.onResolve({ filter: /^@ai-training-verdict\/data\/loaders$/ }, (args) => ({
          path: 'loaders',
          namespace: 'cdn-data-loaders',
          // Like the data package it stands in for: importing it does nothing, so a bundle that
          // does not call the loaders (the entry) drops it and the catalog with it.
          sideEffects: false,
          pluginData: { resolveDir: args.resolveDir },
        }));
        build.onLoad({ filter: /.*/, namespace: 'cdn-data-loaders' }, (args) => ({
          resolveDir: args.pluginData.resolveDir,
          loader: 'js',
          contents: `import { catalog } from '@ai-training-verdict/data/catalog';
/** One loader per tool of the catalog, each importing cdn/tools/<id>.js by URL. */
export const loaders = Object.fromEntries(
  catalog.map(({ id }) => [
    id,
    () => import(new URL('./tools/' + id + '.js', import.meta.url).href).then((m) => m.default),
  ]),
);
`,
        }));
        if (catalogModule !== undefined) {
          build.onResolve({ filter: /^@ai-training-verdict\/data\/catalog$/ }, () => ({
            path: 'catalog',
            namespace: 'cdn-test-catalog',
            sideEffects: false,
          }));
          build.onLoad({ filter: /.*/, namespace: 'cdn-test-catalog' }, () => ({
            loader: 'js',
            contents: catalogModule,
          }));
        }
      },
    },
    {
      // Sets zod's global `jitless` (see the client in LAZY_MODULES), on the zod instance the data
      // package's schemas use.
      name: 'cdn-zod-jitless',
      setup(build) {
        build.onResolve({ filter: /^cdn:zod-jitless$/ }, () => ({
          path: 'zod-jitless',
          namespace: 'cdn-zod-jitless',
        }));
        build.onLoad({ filter: /.*/, namespace: 'cdn-zod-jitless' }, () => ({
          resolveDir: dataPackageDir(),
          loader: 'js',
          contents: "import { config } from 'zod';\nconfig({ jitless: true });\n",
        }));
      },
    },
    {
      // Lit's templates are plain template literals to esbuild, so their text is not minified.
      name: 'minify-lit-templates',
      setup(build) {
        build.onLoad({ filter: /\.ts$/ }, (args) => {
          if (!args.path.startsWith(srcDir)) return undefined;
          const source = readFileSync(args.path, 'utf8');
          if (!/\b(css|html|svg)`/.test(source)) return undefined;
          return { contents: minifyHtmlLiterals(minifyCssLiterals(source)), loader: 'ts' };
        });
      },
    },
  ];
}

/**
 * Gives each module of the elements its own tree-shaken copy of the SDK functions it imports.
 *
 * esbuild's code splitting shares code between the entry and lazy chunks a whole module at a time,
 * and the SDK's dist keeps most of its code in one module. So when a lazy chunk (the optional
 * sections) uses `faq` and `labels` and the entry uses `isStale`, all of them would land in a chunk
 * the entry loads up front. Behind a facade per importer, each chunk holds only what it uses; a
 * small function used on both sides is duplicated instead. Classes are not shared across facades,
 * which is why the elements tell `UnknownToolError` by its name.
 */
function sdkFacadesPlugin({ catalogModule }) {
  return {
    name: 'cdn-sdk-facades',
    setup(build) {
      build.onResolve({ filter: /^@ai-training-verdict\/sdk$/ }, (args) => {
        if (!args.importer.startsWith(srcDir)) return undefined;
        const names = sdkImportsOf(readFileSync(args.importer, 'utf8'));
        if (!names) return undefined; // `import * as sdk`: the whole SDK, as esbuild would
        return {
          path: relative(srcDir, args.importer),
          namespace: 'cdn-sdk-facade',
          pluginData: { names },
          sideEffects: false,
        };
      });
      build.onLoad({ filter: /.*/, namespace: 'cdn-sdk-facade' }, async (args) => {
        const { names } = args.pluginData;
        const result = await esbuild.build({
          ...COMMON,
          minify: false, // the bundle that includes it minifies
          write: false,
          stdin: {
            contents: `export { ${names.join(', ')} } from '@ai-training-verdict/sdk';`,
            resolveDir: packageDir,
            loader: 'js',
          },
          plugins: cdnPlugins({ catalogModule }),
        });
        return { contents: result.outputFiles[0].text, loader: 'js', resolveDir: packageDir };
      });
    },
  };
}

/**
 * The names a module imports (or re-exports) at run time from `@ai-training-verdict/sdk`; type-only
 * imports are left out, as esbuild drops them. Undefined for a namespace import.
 */
export function sdkImportsOf(source) {
  const names = new Set();
  const statement =
    /\b(import|export)\s+(type\s+)?(\*\s+as\s+\w+|\{[^}]*\})\s*from\s*['"]@ai-training-verdict\/sdk['"]/g;
  for (const [, , typeOnly, clause] of source.matchAll(statement)) {
    if (typeOnly) continue;
    if (clause.startsWith('*')) return undefined;
    for (const specifier of clause.slice(1, -1).split(',')) {
      const name = specifier
        .trim()
        .split(/\s+as\s+/)[0]
        .trim();
      if (name && !name.startsWith('type ')) names.add(name);
    }
  }
  return [...names].sort();
}

/** What every bundle of the CDN build shares. */
const COMMON = {
  absWorkingDir: packageDir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Lit's production build: its development build warns in the console and is twice the size.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
};

/**
 * Modules the entry loads only on demand, each bundled on its own (with its own copy of the SDK
 * code it needs) into a `<name>-<hash>.js` file beside the entry.
 *
 * Why not esbuild's code splitting: it shares code between chunks a whole module at a time, and
 * the SDK's dist keeps its errors, labels and bundled catalog in one module, so the entry would
 * statically import a chunk holding the catalog (every tool id) just to get `UnknownToolError`.
 */
const LAZY_MODULES = [
  {
    name: 'catalog',
    matches: (args) =>
      resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '') ===
      join(srcDir, 'internal', 'catalog.cdn'),
    build: { entryPoints: [join(srcDir, 'internal', 'catalog.cdn.ts')] },
  },
  {
    name: 'client',
    matches: (args) => args.path === '@ai-training-verdict/sdk/client',
    build: {
      stdin: {
        // zod's jitless mode first, before the data schemas are built: zod otherwise probes for
        // `new Function`, and a page whose CSP forbids eval reports that probe as a violation.
        contents: `import 'cdn:zod-jitless';
export { createClient } from '@ai-training-verdict/sdk/client';`,
        resolveDir: packageDir,
        loader: 'js',
      },
    },
  },
];

function lazyBundlesPlugin({ outdir, catalogModule, extraOutputs }) {
  return {
    name: 'cdn-lazy-bundles',
    setup(build) {
      const built = new Map();
      build.onResolve(
        { filter: /(^|\/)catalog\.cdn(\.js|\.ts)?$|^@ai-training-verdict\/sdk\/client$/ },
        async (args) => {
          const lazy = LAZY_MODULES.find((candidate) => candidate.matches(args));
          if (!lazy) return undefined;
          if (args.kind !== 'dynamic-import') {
            return {
              errors: [
                { text: `${args.path} must only be imported with import() in the CDN build` },
              ],
            };
          }
          if (!built.has(lazy.name)) {
            built.set(
              lazy.name,
              esbuild
                .build({
                  ...COMMON,
                  ...lazy.build,
                  write: false,
                  outdir,
                  plugins: cdnPlugins({ catalogModule }),
                })
                .then(({ outputFiles }) => {
                  if (outputFiles.length !== 1) throw new Error(`${lazy.name}: expected one file`);
                  const [file] = outputFiles;
                  const hash = createHash('sha256').update(file.contents).digest('hex').slice(0, 8);
                  const name = `${lazy.name}-${hash.toUpperCase()}.js`;
                  extraOutputs.push({ path: join(outdir, name), contents: file.contents });
                  return name;
                }),
            );
          }
          return { path: `./${await built.get(lazy.name)}`, external: true };
        },
      );
    },
  };
}

/**
 * Runs the CDN build into `outdir` (or, with `write: false`, in memory) and returns every file it
 * made, entry first.
 * @param {{ outdir: string, write?: boolean, catalogModule?: string }} options `catalogModule`:
 *   see `cdnPlugins`
 * @returns {Promise<Array<{ path: string, contents: Uint8Array }> & { metafile: import('esbuild').Metafile }>}
 */
export async function buildCdn({ outdir, write = true, catalogModule }) {
  const extraOutputs = [];
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: CDN_ENTRIES,
    outdir,
    write: false,
    // Chunks (other locales) sit beside the entry, so `import.meta.url` resolves ./tools/<id>.js
    // the same from any of them.
    splitting: true,
    chunkNames: '[name]-[hash]',
    metafile: true,
    plugins: [
      lazyBundlesPlugin({ outdir, catalogModule, extraOutputs }),
      sdkFacadesPlugin({ catalogModule }),
      ...cdnPlugins({ catalogModule }),
    ],
  });
  const outputs = [...result.outputFiles, ...extraOutputs].map(({ path, contents }) => ({
    path,
    contents,
  }));
  if (write) {
    for (const { path, contents } of outputs) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, contents);
    }
  }
  return Object.assign(outputs, { metafile: result.metafile });
}

/** The `integrity` attribute value of a file's bytes (Subresource Integrity, SHA-384). */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
