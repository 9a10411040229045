// Regenerates schema/tool-record.schema.json from the zod schema. A test fails when they drift.
import { writeFileSync } from 'node:fs';
import { recordJsonSchemaText } from '../src/node/json-schema.js';

const target = new URL('../schema/tool-record.schema.json', import.meta.url);
writeFileSync(target, recordJsonSchemaText());
process.stdout.write(`wrote ${target.pathname}\n`);
