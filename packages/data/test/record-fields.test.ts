/**
 * The three places that list what a record can say, held to the schema: the data README's list,
 * the data-model guide's table and the new-tool skeleton name every field a maintainer writes, so
 * a field added to the schema fails here, naming each place still to update.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordJsonSchemaText } from '../src/node/json-schema.js';
import { recordSkeleton } from '../src/node/skeleton.js';
import { packageDir } from './helpers.js';

interface JsonSchema {
  oneOf: { properties: Record<string, { description?: string; properties?: unknown }> }[];
}

/**
 * The top-level fields of a tool record a maintainer writes (those of the `kind: tool` branch,
 * whose description does not start "Derived:", which the build fills in).
 */
function authoredFields(schemaText: string): string[] {
  const [tool] = (JSON.parse(schemaText) as JsonSchema).oneOf;
  return Object.entries(tool!.properties)
    .filter(([, field]) => !field.description?.startsWith('Derived:'))
    .map(([name]) => name);
}

/** The fields of `fields` that `text` never names as code (`name`, or \`name\` inside MDX's template). */
const unnamed = (fields: readonly string[], text: string) =>
  fields.filter((field) => !new RegExp(`\\\\?\`${field}\\\\?\``).test(text));

/** `text` from the line that contains `start` up to the first blank line after it. */
function block(text: string, start: string, where: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`${where}: no "${start}"`);
  const end = text.indexOf('\n\n', text.indexOf('\n', from) + 2);
  return text.slice(from, end < 0 ? undefined : end);
}

const rootDir = join(packageDir, '..', '..');
const fields = authoredFields(recordJsonSchemaText());

describe('the places that list what a record can say', () => {
  it('take the fields a maintainer writes from the schema, without the derived ones', () => {
    const schema = JSON.stringify({
      oneOf: [
        {
          properties: {
            id: {},
            tiers: { description: 'Rows.' },
            seen: { description: 'Derived: by the build.' },
          },
        },
      ],
    });
    expect(authoredFields(schema)).toEqual(['id', 'tiers']);
    expect(unnamed(['id', 'tiers', 'optOut'], '- `id`, `tiers`: rows')).toEqual(['optOut']);
    expect(unnamed(['id', 'optOut'], '| \\`id\\` | \\`optOut\\` |')).toEqual([]);
    // The real schema: the blocks a section of the card shows are among them.
    expect(fields).toEqual(expect.arrayContaining(['tiers', 'optOut', 'listicles', 'history']));
    expect(fields).not.toContain('evidenceSeen');
  });

  it("the data README's list names every field", () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    expect(unnamed(fields, block(readme, 'What a record can say:', 'README.md'))).toEqual([]);
  });

  it("the data-model guide's table names every field", () => {
    const guide = readFileSync(
      join(rootDir, 'apps', 'docs', 'stories', 'guides', 'data-model.mdx'),
      'utf8',
    );
    expect(unnamed(fields, block(guide, '| Field ', 'data-model.mdx'))).toEqual([]);
  });

  it('the new-tool skeleton names every field, as a key or a commented one', () => {
    const skeleton = recordSkeleton('example-tool');
    const missing = fields.filter((field) => !new RegExp(`^(# )?${field}:`, 'm').test(skeleton));
    expect(missing).toEqual([]);
  });
});
