import * as z from 'zod/mini';
import { recordFileSchema } from '../schema.js';

/**
 * The JSON Schema editors use to validate a record while it is typed (draft-07, which the YAML
 * language server understands). Generated from the zod schema; never edit the file by hand.
 */
export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(recordFileSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/@ai-training-verdict/data/schema/tool-record.schema.json',
    title: 'AI training verdict record',
    description:
      'A record of whether an AI tool trains its models on your data, or a redirect from a renamed tool id. Generated from packages/data/src/schema.ts.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

export function recordJsonSchemaText(): string {
  return `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
}
