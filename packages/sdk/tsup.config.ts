import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { READER_LOCALES } from './src/reader-labels.js';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

export default defineConfig([
  {
    // The library: browser-safe, no Node built-ins; @ai-training-verdict/data stays external so each
    // record remains its own dynamic import in the consumer's bundle. Splitting (also for CJS) keeps
    // one copy of the shared code, so `instanceof UnknownToolError` holds across both entries.
    entry: {
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
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    // Both configs build at once; keep the CLI's output out of this one's clean-up.
    clean: ['!cli.js'],
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
