// Rewrites the marked blocks of languages (scripts/language-places.mjs) from the SDK's
// READER_LOCALES: run after adding a language, `pnpm --filter @ai-training-verdict/docs run
// languages:write` (the SDK built first). test/languages.test.ts fails until they are current.
import { fileURLToPath } from 'node:url';
import { READER_LOCALES } from '@ai-training-verdict/sdk';
import { rewriteDocuments } from '../../../scripts/marked-blocks.mjs';
import { LANGUAGE_DOCUMENTS, writeLanguagePlaces } from './language-places.mjs';

await rewriteDocuments(
  fileURLToPath(new URL('../../..', import.meta.url)),
  LANGUAGE_DOCUMENTS,
  (text, doc) => writeLanguagePlaces(text, READER_LOCALES, doc),
);
