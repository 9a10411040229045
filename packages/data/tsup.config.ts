import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The browser-safe entries: no Node built-ins, dependencies (zod) left external.
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema-entry.ts',
      catalog: 'src/catalog-entry.ts',
      vocabulary: 'src/vocabulary-entry.ts',
      output: 'src/output.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false, // scripts/build.ts has already written dist/tools, catalog.json and data.json
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
  },
  {
    // The maintainer CLIs (Node only).
    entry: {
      'cli/validate': 'src/cli/validate.ts',
      'cli/new-tool': 'src/cli/new-tool.ts',
      'cli/check-sources': 'src/cli/check-sources.ts',
      'cli/check-archive': 'src/cli/check-archive.ts',
    },
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
  },
]);
