import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordJsonSchemaText } from '../src/node/json-schema.js';

describe('schema/tool-record.schema.json', () => {
  it('matches the zod schema it is generated from (run `pnpm schema:write` after changing it)', () => {
    const committed = readFileSync(
      new URL('../schema/tool-record.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(recordJsonSchemaText());
  });

  it('is referenced by every record so editors validate while typing', () => {
    for (const id of ['jasper', 'claude', 'ai21']) {
      const text = readFileSync(new URL(`../records/${id}.yaml`, import.meta.url), 'utf8');
      expect(text.split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schema/tool-record.schema.json',
      );
    }
  });
});
