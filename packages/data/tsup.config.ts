import { defineConfig } from 'tsup';

/** The browser-safe entries (package.json, "exports"): output name -> source module. */
const browserEntries = {
  index: 'src/index.ts',
  schema: 'src/schema-entry.ts',
  catalog: 'src/catalog-entry.ts',
  vocabulary: 'src/vocabulary-entry.ts',
  output: 'src/output.ts',
};

export default defineConfig([
  {
    // The browser-safe library as ES modules: one file per source module (`bundle: false`, as tsc
    // would emit), so a bundler (the widget's CDN build among them) splits and tree-shakes across
    // modules: a chunk that uses `isId` takes ids.ts, not the dataset checks beside it in
    // `./vocabulary`. The entries' own modules are `*-entry.js` where a module has the entry's
    // name (package.json, "exports"); their types keep the entry's name (`dist/schema.d.ts`, which
    // the records' typings import). Dependencies (zod) stay external.
    entry: ['src/**/*.ts', '!src/cli/**', '!src/node/**', '!src/node-entry.ts'],
    bundle: false,
    format: ['esm'],
    dts: { entry: browserEntries },
    clean: false, // scripts/build.ts has already written dist/tools, catalog.json and data.json
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The same entries for require(): one bundle each.
    entry: browserEntries,
    format: ['cjs'],
    dts: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The maintainer tools as a library (Node only): `@ai-training-verdict/data/node`.
    entry: { node: 'src/node-entry.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    shims: true, // import.meta.url in the CJS bundle: it finds the validator's worker beside it
  },
  {
    // The maintainer CLIs (Node only).
    entry: {
      'cli/validate': 'src/cli/validate.ts',
      'cli/new-tool': 'src/cli/new-tool.ts',
      'cli/check-sources': 'src/cli/check-sources.ts',
      'cli/check-archive': 'src/cli/check-archive.ts',
      // The validator's worker thread, beside each bundle that starts it (validate-threads.ts).
      'validate-worker': 'src/node/validate-worker.ts',
      'cli/validate-worker': 'src/node/validate-worker.ts',
    },
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
  },
]);
