// Rewrites the marked blocks of languages (scripts/language-places.mjs) from the SDK's
// READER_LOCALES: run after adding a language, `pnpm --filter @ai-training-verdict/docs run
// languages:write` (the SDK built first). test/languages.test.ts fails until they are current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READER_LOCALES } from '@ai-training-verdict/sdk';
import { LANGUAGE_DOCUMENTS, writeLanguagePlaces } from './language-places.mjs';

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));
try {
  for (const doc of LANGUAGE_DOCUMENTS) {
    const path = join(rootDir, doc);
    const text = readFileSync(path, 'utf8');
    const written = writeLanguagePlaces(text, READER_LOCALES, doc);
    if (written !== text) {
      writeFileSync(path, written);
      process.stdout.write(`wrote ${doc}\n`);
    }
  }
} catch (error) {
  // A broken mark: its message names the file and line.
  process.stderr.write(`${/** @type {Error} */ (error).message}\n`);
  process.exitCode = 1;
}
