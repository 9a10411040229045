import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { READER_LOCALES } from './src/reader-labels.js';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** The package's entries (its `exports`): output name -> source module. */
const entry = {
  index: 'src/index.ts',
  client: 'src/client.ts',
  // What shows a record without reaching the dataset (`…/sdk/record`): no table of record
  // imports, no catalog, so an app's first chunk can show a card and load those on demand.
  record: 'src/record-entry.ts',
  // Each language's reader labels, also importable on its own (`…/sdk/locales/de`), one entry
  // per language of `READER_LOCALES` (English is bundled): the package's `./locales/*` export
  // maps any of them, so a new language is its module and its place in that list.
  ...Object.fromEntries(
    READER_LOCALES.filter((locale) => locale !== 'en').map((locale) => [
      `locales/${locale}`,
      `src/locales/${locale}.ts`,
    ]),
  ),
};

// `pnpm build` empties dist/ first (package.json): the three configs build at once.
export default defineConfig([
  {
    // The library as ES modules: browser-safe, no Node built-ins, one file per source module
    // (`bundle: false`, as tsc would emit), so a bundler (the widget's CDN build among them)
    // splits and tree-shakes across modules: a chunk that uses `isStale` takes record.ts, not the
    // catalog index.ts also imports. @ai-training-verdict/data stays external, so each record
    // remains its own dynamic import in the consumer's bundle.
    entry: ['src/**/*.ts', '!src/cli.ts'],
    bundle: false,
    format: ['esm'],
    dts: { entry },
    clean: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The library for require(): one bundle per entry. Splitting keeps one copy of the shared
    // code, so `instanceof UnknownToolError` holds across both entries.
    entry,
    format: ['cjs'],
    dts: true,
    splitting: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The CLI (Node only).
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
    define: { SDK_VERSION: JSON.stringify(version) },
  },
]);
