// The fixture data releases the elements' tests read through `src` (test/fixtures/releases/), held
// to the data package's own format so they cannot drift from it: `valid.json` must pass the same
// checks as a real release, and `invalid.json` must fail for the one reason it was made to. The
// fixture tools are fictional; nothing here may name, count or copy a real record.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createClient } from '@ai-training-verdict/sdk/client';
import { datasetSchema } from '@ai-training-verdict/data/schema';
import { deriveHeadlineVerdict } from '@ai-training-verdict/data/vocabulary';
import { dataset, packageDir, stringsIn } from './lib/cdn-files.mjs';

const releasesDir = join(packageDir, 'test', 'fixtures', 'releases');
const readRelease = (name) => JSON.parse(readFileSync(join(releasesDir, `${name}.json`), 'utf8'));

/** What the SDK client makes of a release: the same validation an element with `src` gets. */
async function clientStatus(release) {
  const body = JSON.stringify(release);
  const client = createClient({
    url: 'https://fixtures.example/data.json',
    fetch: async () => new Response(body, { headers: { 'Content-Type': 'application/json' } }),
  });
  return client.load();
}

/** Every `sources: [...]` and `source: "..."` reference in a record, with where it is. */
function sourceRefs(value, path, out = []) {
  if (Array.isArray(value)) value.forEach((item, i) => sourceRefs(item, `${path}.${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child) && child.every((c) => typeof c === 'string')) {
        for (const ref of child) out.push({ ref, at: `${path}.${key}` });
      } else if (key === 'source' && typeof child === 'string') {
        out.push({ ref: child, at: `${path}.${key}` });
      } else sourceRefs(child, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('fixture releases (test/fixtures/releases)', () => {
  const valid = readRelease('valid');

  it('valid.json passes the data package’s datasetSchema', () => {
    const result = datasetSchema.safeParse(valid);
    assert.ok(
      result.success,
      result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  });

  it('valid.json passes what the schema cannot see: ids, redirects, cited sources, verdicts', () => {
    for (const [key, tool] of Object.entries(valid.tools)) {
      assert.equal(tool.id, key, `tools.${key} holds the record "${tool.id}"`);
      assert.equal(
        tool.headline.verdict,
        deriveHeadlineVerdict(tool.tiers),
        `tools.${key}: the headline verdict agrees with the tiers`,
      );
      const ids = new Set(tool.sources.map((source) => source.id));
      for (const { ref, at } of sourceRefs(tool, `tools.${key}`)) {
        assert.ok(ids.has(ref), `${at} cites "${ref}", which is not one of its sources`);
      }
    }
    for (const [key, redirect] of Object.entries(valid.redirects)) {
      assert.equal(redirect.id, key);
      assert.ok(Object.hasOwn(valid.tools, redirect.redirectTo), `${key} leads to a fixture tool`);
    }
  });

  it('valid.json is read as a release by the SDK client, as an element with `src` reads it', async () => {
    const status = await clientStatus(valid);
    assert.equal(status.state, 'remote', JSON.stringify(status));
    assert.equal(status.version, valid.version);
  });

  it('invalid.json differs from valid.json only where it was made to, and fails for that', async () => {
    const invalid = readRelease('invalid');
    const [tool] = Object.keys(invalid.tools).filter(
      (id) => JSON.stringify(invalid.tools[id]) !== JSON.stringify(valid.tools[id]),
    );
    assert.deepEqual(
      {
        ...invalid,
        version: valid.version,
        tools: { ...invalid.tools, [tool]: valid.tools[tool] },
      },
      valid,
      'invalid.json is valid.json with one record changed (and its version)',
    );
    const result = datasetSchema.safeParse(invalid);
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error.issues.map((issue) => issue.path.join('.')),
      [`tools.${tool}.tiers.0.verdict`],
    );
    // The text an element must never show, because the release it came in failed validation.
    assert.match(invalid.tools[tool].headline.shortAnswer, /^UNVALIDATED/);
    const status = await clientStatus(invalid);
    assert.equal(status.state, 'bundled');
    assert.equal(status.reason.code, 'invalid-data');
  });

  it('holds fictional tools only: no id, name or vendor of a real record, no real address', () => {
    const real = dataset();
    const realNames = new Set(
      Object.values(real.tools).flatMap((tool) => [
        tool.id,
        tool.name,
        tool.vendor,
        ...(tool.aliases ?? []),
      ]),
    );
    for (const id of [...Object.keys(valid.tools), ...Object.keys(valid.redirects)]) {
      assert.ok(!Object.hasOwn(real.tools, id) && !Object.hasOwn(real.redirects, id), id);
    }
    for (const tool of Object.values(valid.tools)) {
      for (const name of [tool.name, tool.vendor]) assert.ok(!realNames.has(name), name);
    }
    // Every address is under .example, the top-level domain reserved for examples (RFC 2606).
    const urls = stringsIn(valid.tools).filter((text) => /^https?:\/\//.test(text));
    assert.ok(urls.length > 0);
    for (const url of urls) assert.match(new URL(url).hostname, /\.example$/, url);
    for (const text of stringsIn(valid.tools).filter((t) => t.length >= 40)) {
      assert.ok(!stringsIn(real.tools).includes(text), `copied from a real record: "${text}"`);
    }
  });

  it('has a tool in each state the elements’ tests show', () => {
    const tools = Object.values(valid.tools);
    const some = (what, test) => assert.ok(tools.some(test), `a fixture tool ${what}`);
    some(
      'trains by default, with an e-mail opt-out',
      (t) =>
        t.headline.verdict === 'trains-by-default' &&
        t.optOut?.methods?.some((m) => m.mechanism === 'email' && m.email),
    );
    some(
      'depends on the plan, with a dated policy change in its history',
      (t) =>
        t.headline.verdict === 'depends-on-plan' &&
        t.history?.some((h) => h.type === 'policy-change' && h.date && h.before && h.after) &&
        t.tiers.some((tier) => tier.since),
    );
    some('was never verified', (t) => !t.lastVerified);
    some('was verified', (t) => t.lastVerified);
    some(
      'is unclear, with clause analysis and compliance notes',
      (t) => t.headline.verdict === 'unclear' && t.clauses && t.compliance?.label === 'analysis',
    );
    some('has an undated change', (t) => t.history?.some((h) => !h.date));
    some('cites only sources without a quote', (t) => t.sources.every((s) => !s.quote));
    some('cites a source with only a document name', (t) =>
      t.sources.some((s) => !s.url && s.document),
    );
    some('cites a source named by its address', (t) => t.sources.some((s) => s.url && !s.document));
    some('has no opt-out or retention facts', (t) => !t.optOut && !t.dataHandling);
    assert.ok(Object.keys(valid.redirects).length > 0, 'a redirect (a renamed id)');
  });
});
