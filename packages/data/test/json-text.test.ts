/**
 * The build puts data.json and the generated records module together from each record's own text
 * (src/node/json-text.ts): the result must be, byte for byte, what serialising the whole gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsLiteral } from '../src/output.js';
import { compactDictText, prettyDictPieces } from '../src/node/json-text.js';

const prettyDictText = (entries: ReadonlyArray<readonly [string, string]>, depth?: number) =>
  [...prettyDictPieces(entries, depth)].join('');
import { validateFixtures } from './helpers.js';

/** Keys an object orders differently (integer-like ones first), repeated, and hostile to JSON. */
const KEYS = ['quill-chat', '10', '2', 'a\nb', '</script>', '\u2028', '__proto__', '2', '-1', ''];

describe('a dictionary put together from the texts of its values', () => {
  it('is what JSON.stringify and jsLiteral give for the fixture dataset, at every depth', () => {
    const { tools, redirects } = validateFixtures(['dataset']);
    expect(tools.length).toBeGreaterThan(1);
    const records = [...tools, ...redirects].map((r) => [r.id, r] as const);
    const pretty = records.map(([id, r]) => [id, JSON.stringify(r, null, 2)] as const);
    const literal = records.map(([id, r]) => [id, jsLiteral(r)] as const);
    const dict = Object.fromEntries(records);
    expect(prettyDictText(pretty)).toBe(JSON.stringify(dict, null, 2));
    expect(compactDictText(literal, jsLiteral)).toBe(jsLiteral(dict));
    // Nested as data.json nests it: { version, tools: { id: record } }.
    const nested = `{\n  "version": "1",\n  "tools": ${prettyDictText(pretty, 1)}\n}`;
    expect(nested).toBe(JSON.stringify({ version: '1', tools: dict }, null, 2));
  });

  it('orders and overrides keys as an object does, and writes an empty one as {}', () => {
    const values = KEYS.map((key, i) => [key, { i, text: `<${key}>\n\u2029` }] as const);
    const texts = (f: (v: unknown) => string) => values.map(([k, v]) => [k, f(v)] as const);
    const dict = Object.fromEntries(values);
    expect(
      prettyDictText(
        texts((v) => JSON.stringify(v, null, 2)),
        2,
      ),
    ).toBe(
      JSON.stringify({ a: { b: dict } }, null, 2).slice(
        '{\n  "a": {\n    "b": '.length,
        -'\n  }\n}'.length,
      ),
    );
    expect(compactDictText(texts(jsLiteral), jsLiteral)).toBe(jsLiteral(dict));
    expect(
      compactDictText(
        texts((v) => JSON.stringify(v)),
        (k) => JSON.stringify(k),
      ),
    ).toBe(JSON.stringify(dict));
    expect(prettyDictText([], 1)).toBe(JSON.stringify({}, null, 2));
    expect(compactDictText([], jsLiteral)).toBe(jsLiteral({}));
  });

  it('is JSON.stringify of any dictionary of JSON values', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.oneof(fc.string(), fc.constantFrom(...KEYS)), fc.jsonValue({ maxDepth: 3 })),
          { maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 3 }),
        (values, depth) => {
          const dict = Object.fromEntries(values);
          let whole = JSON.stringify(dict, null, 2);
          // The same dictionary `depth` levels down, as its own text at that depth.
          for (let d = depth; d > 0; d--) whole = whole.replaceAll('\n', '\n  ');
          const pretty = values.map(([k, v]) => [k, JSON.stringify(v, null, 2)] as const);
          expect(prettyDictText(pretty, depth)).toBe(whole);
          const literal = values.map(([k, v]) => [k, jsLiteral(v)] as const);
          expect(compactDictText(literal, jsLiteral)).toBe(jsLiteral(dict));
        },
      ),
    );
  });
});
