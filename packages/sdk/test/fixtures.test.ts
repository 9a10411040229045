// The fixture release must stay a release the data package would accept, or the behaviour tests
// would be testing data no real release can contain.
import { datasetSchema, toolRecordSchema } from '@ai-training-verdict/data/schema';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client.js';
import { fixture, fixtureText } from './fixtures/dataset.js';

const raw = JSON.parse(fixtureText) as {
  tools: Record<string, unknown>;
  redirects: Record<string, unknown>;
};

describe('the fixture release (test/fixtures/dataset.json)', () => {
  it('should pass the datasetSchema of @ai-training-verdict/data/schema', () => {
    const result = datasetSchema.safeParse(raw);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(raw);
  });

  it.each(Object.keys(raw.tools))('should hold %s as a valid toolRecordSchema record', (id) => {
    const result = toolRecordSchema.safeParse(raw.tools[id]);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(raw.tools[id]);
  });

  it('should pass the checks a client makes before it answers from a release', async () => {
    const client = createClient({
      url: 'https://cdn.example/fixture/data.json',
      fetch: async () => new Response(fixtureText),
    });
    expect(await client.load()).toEqual({
      state: 'remote',
      url: 'https://cdn.example/fixture/data.json',
      version: fixture.version,
    });
  });

  it('should hold fictional tools only, so no test can lean on a real record', () => {
    for (const tool of Object.values(fixture.tools)) {
      for (const source of tool.sources) {
        if (source.url) expect(new URL(source.url).hostname).toMatch(/\.example$/);
      }
      if (tool.officialSite) expect(new URL(tool.officialSite).hostname).toMatch(/\.example$/);
    }
  });
});
