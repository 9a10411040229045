// Regenerates what is written from the schema and the vocabulary: schema/tool-record.schema.json from
// the zod schema, and the documents' lists of tier verdicts (scripts/verdict-documents.ts) from
// TIER_VERDICTS. A test fails when either drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordJsonSchemaText } from '../src/node/json-schema.js';
import { documents, packageVerdictRules, writeVerdictPlaces } from './verdict-documents.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const target = new URL('../schema/tool-record.schema.json', import.meta.url);
writeFileSync(target, recordJsonSchemaText());
process.stdout.write(`wrote ${target.pathname}\n`);

const rootDir = join(packageDir, '..', '..');
try {
  const rules = packageVerdictRules(packageDir);
  for (const doc of documents(rootDir)) {
    const path = join(rootDir, doc);
    const text = readFileSync(path, 'utf8');
    const written = writeVerdictPlaces(text, rules, doc);
    if (written !== text) {
      writeFileSync(path, written);
      process.stdout.write(`wrote ${doc}\n`);
    }
  }
} catch (error) {
  // A missing rule or a broken marker: its message names the file and line.
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
