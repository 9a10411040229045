// Regenerates what is written from the schema and the vocabulary: schema/tool-record.schema.json from
// the zod schema, and the documents' lists of tier verdicts (scripts/verdict-documents.ts) from
// TIER_VERDICTS. A test fails when either drifts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteDocuments } from '../../../scripts/marked-blocks.mjs';
import { recordJsonSchemaText } from '../src/node/json-schema.js';
import { documents, packageVerdictRules, writeVerdictPlaces } from './verdict-documents.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const target = new URL('../schema/tool-record.schema.json', import.meta.url);
writeFileSync(target, recordJsonSchemaText());
process.stdout.write(`wrote ${target.pathname}\n`);

// A missing rule or a broken marker: its message names the file and line.
const rootDir = join(packageDir, '..', '..');
await rewriteDocuments(rootDir, documents(rootDir), (text, doc) =>
  writeVerdictPlaces(text, packageVerdictRules(packageDir), doc),
);
