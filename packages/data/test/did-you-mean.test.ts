// "Did you mean" for a mistyped field: the same distance as the SDK's search for an unknown id
// (src/edit-distance.ts), where swapping two letters is one typo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../src/edit-distance.js';
import { validateRecordSources } from '../src/node/validate.js';
import { fixturesDir } from './helpers.js';

const record = readFileSync(join(fixturesDir, 'dataset', 'probe-writer.yaml'), 'utf8');

const messages = (text: string) =>
  validateRecordSources([{ file: 'probe-writer.yaml', text }], {
    now: new Date('2026-11-24T00:00:00Z'),
    staleness: false,
  }).problems.map((p) => `${p.field} ${p.message}`);

describe('did you mean, for a mistyped field', () => {
  it('counts a swap of two letters as one typo', () => {
    // "evndro" is two swaps from "vendor" (four edits letter by letter, over the two allowed).
    expect(record).toContain('\nvendor: Probe Labs\n');
    const text = record.replace('\nvendor: Probe Labs\n', '\nevndro: Probe Labs\n');
    expect(messages(text)).toContain('evndro is not a known field; did you mean "vendor"?');
  });

  it('is the distance the SDK ranks unknown ids by', () => {
    expect(editDistance('jsaper', 'jasper')).toBe(1);
    expect(editDistance('evndro', 'vendor')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    // Past the limit it stops counting.
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
