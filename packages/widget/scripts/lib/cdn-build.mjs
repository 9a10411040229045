// How the CDN build is made, shared by scripts/build-cdn.mjs (which writes cdn/) and the budget
// tests (which build in memory, for example against a 3,000-tool catalog, to show that the entry
// does not grow with the dataset).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
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

/** True when an import resolves to `src/<path>` (with or without its extension). */
const isSource = (args, path) =>
  resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '') === join(srcDir, path);

/**
 * Modules an entry loads only on demand, each bundled on its own into a `<name>-<hash>.js` file
 * beside the entries, shared by both. Each is a whole bundle (its own tree-shaken share of the SDK,
 * say), so an entry holds everything it runs up front in one file and a lazy module never adds a
 * chunk to the up-front path. None of them holds Lit: the renderers among them (sections, compact)
 * get it from the element (`Kit` in src/internal/templates.ts), which the budget test checks.
 */
const LAZY_MODULES = [
  ...['sections', 'compact', 'release', 'catalog.cdn'].map((module) => ({
    name: module.replace('.cdn', ''),
    matches: (args) => isSource(args, join('internal', module)),
    build: { entryPoints: [join(srcDir, 'internal', `${module}.ts`)] },
  })),
  ...['de', 'fr', 'es'].map((lang) => ({
    name: lang,
    matches: (args) => isSource(args, join('locales', lang)),
    build: { entryPoints: [join(srcDir, 'locales', `${lang}.ts`)] },
  })),
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

/** What stands for a lazy module's file name until its content, and so its hash, is final. */
const placeholder = (name) => `__atv_lazy_${name}__.js`;
const PLACEHOLDER = /__atv_lazy_([a-z]+)__\.js/g;

/**
 * Turns every `import()` of a LAZY_MODULES module into an import of its own bundle (built once,
 * whichever entry or lazy module asks first) and refuses a static import of one. The import names
 * a placeholder; `buildCdn` puts in the hashed file names once every bundle is minified, so the
 * names (which change with the catalog) never change how the code around them is minified.
 * @param {{ outdir: string, catalogModule?: string, built: Map<string, Promise<Uint8Array>>,
 *   metafiles: import('esbuild').Metafile[] }} state
 * @param {(typeof LAZY_MODULES)[number]} [self] the lazy module being bundled, if any
 */
function lazyBundlesPlugin(state, self) {
  return {
    name: 'cdn-lazy-bundles',
    setup(build) {
      build.onResolve({ filter: /./ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const lazy = LAZY_MODULES.find((candidate) => candidate.matches(args));
        if (!lazy || lazy === self) return undefined;
        if (args.kind !== 'dynamic-import') {
          return {
            errors: [{ text: `${args.path} must only be imported with import() in the CDN build` }],
          };
        }
        if (!state.built.has(lazy.name)) {
          state.built.set(lazy.name, bundle({ ...lazy.build, outdir: state.outdir }, state, lazy));
        }
        return { path: `./${placeholder(lazy.name)}`, external: true };
      });
    },
  };
}

/** One bundle, one file: an entry or (`self`) a lazy module, with every plugin of the CDN build. */
async function bundle(options, state, self) {
  const result = await esbuild.build({
    ...COMMON,
    ...options,
    write: false,
    metafile: true,
    plugins: [lazyBundlesPlugin(state, self), ...cdnPlugins(state)],
  });
  if (result.outputFiles.length !== 1) throw new Error('expected one file per bundle');
  state.metafiles.push(result.metafile);
  return squeeze(result.outputFiles[0].text);
}

/**
 * A second pass over esbuild's minified output with terser, whose compressor goes further (several
 * passes, constant folding across statements); on the card's entry it saves about 1.5% gzipped.
 * Terser never renames properties here, so nothing the elements or the records share is touched.
 */
async function squeeze(code) {
  const { code: out } = await minify(code, {
    module: true,
    ecma: 2022,
    compress: { passes: 3 },
    format: { comments: false },
  });
  return out;
}

/**
 * Runs the CDN build into `outdir` (or, with `write: false`, in memory) and returns every file it
 * made, entries first. Each entry is one file (Lit, the element, its styles and English text), so
 * a card costs one request before its record; a page with both elements loads Lit twice, the price
 * of neither entry carrying the other's code.
 * @param {{ outdir: string, write?: boolean, catalogModule?: string }} options `catalogModule`:
 *   see `cdnPlugins`
 * @returns {Promise<Array<{ path: string, contents: Uint8Array }> & { metafile: import('esbuild').Metafile }>}
 */
export async function buildCdn({ outdir, write = true, catalogModule }) {
  const state = { outdir, catalogModule, built: new Map(), metafiles: [] };
  const entries = {};
  for (const [name, entryPoint] of Object.entries(CDN_ENTRIES)) {
    entries[`${name}.js`] = await bundle({ entryPoints: { [name]: entryPoint }, outdir }, state);
  }
  // Lazy bundles start lazy bundles of their own (release -> client): wait until none is new.
  let settled = 0;
  while (settled < state.built.size) {
    settled = state.built.size;
    await Promise.all(state.built.values());
  }
  // Name each lazy bundle by the hash of its final text, innermost first.
  const lazy = new Map(await Promise.all([...state.built].map(async ([n, p]) => [n, await p])));
  const names = new Map();
  const named = (code) => code.replace(PLACEHOLDER, (_, name) => names.get(name));
  while (names.size < lazy.size) {
    const ready = [...lazy].filter(
      ([name, code]) =>
        !names.has(name) && [...code.matchAll(PLACEHOLDER)].every(([, dep]) => names.has(dep)),
    );
    if (ready.length === 0) throw new Error('lazy bundles import each other in a cycle');
    for (const [name, code] of ready) {
      const hash = createHash('sha256').update(named(code)).digest('hex').slice(0, 8);
      names.set(name, `${name}-${hash.toUpperCase()}.js`);
    }
  }
  const encode = (code) => new TextEncoder().encode(named(code));
  const outputs = [
    ...Object.entries(entries).map(([file, code]) => ({
      path: join(outdir, file),
      contents: encode(code),
    })),
    ...[...lazy].map(([name, code]) => ({
      path: join(outdir, names.get(name)),
      contents: encode(code),
    })),
  ];
  if (write) {
    for (const { path, contents } of outputs) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, contents);
    }
  }
  const metafile = { inputs: {}, outputs: {} };
  for (const part of state.metafiles) {
    Object.assign(metafile.inputs, part.inputs);
    Object.assign(metafile.outputs, part.outputs);
  }
  return Object.assign(outputs, { metafile });
}

/** The `integrity` attribute value of a file's bytes (Subresource Integrity, SHA-384). */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
