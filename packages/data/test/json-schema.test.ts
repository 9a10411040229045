import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordJsonSchemaText } from '../src/node/json-schema.js';
import { shippedInputs } from './helpers.js';

describe('schema/tool-record.schema.json', () => {
  it('matches the zod schema it is generated from (run `pnpm schema:write` after changing it)', () => {
    const committed = readFileSync(
      new URL('../schema/tool-record.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(recordJsonSchemaText());
  });

  it('is referenced by every record so editors validate while typing', () => {
    const records = shippedInputs();
    expect(records.length).toBeGreaterThan(0);
    for (const { file, text } of records) {
      expect(text.split('\n')[0], file).toBe(
        '# yaml-language-server: $schema=../schema/tool-record.schema.json',
      );
    }
  });
});
