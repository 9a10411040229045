import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateRecordSources } from '../src/node/validate.js';
import { fixturesDir } from './helpers.js';

// A complete record (a fictional tool using every block), as the starting point for damage.
const recordText = readFileSync(`${fixturesDir}/dataset/probe-writer.yaml`, 'utf8');

/** Whatever goes in, the validator answers with located problems; it never throws. */
function checkNeverCrashes(text: string) {
  const result = validateRecordSources([{ file: 'probe-writer.yaml', text }], {
    now: new Date('2026-11-24T00:00:00Z'),
  });
  for (const problem of result.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  return result;
}

// Property runs are a crash search, not a timing: give them room on a loaded 2-core machine.
describe('validate, given malformed input', { timeout: 120_000 }, () => {
  it('never crashes on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkNeverCrashes(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on arbitrary YAML values', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        let text: unknown;
        try {
          text = stringify(value);
        } catch {
          return; // values YAML itself cannot write are not inputs
        }
        if (typeof text === 'string') checkNeverCrashes(text); // stringify(undefined) is undefined
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes, and always reports an error, when a complete record is damaged', () => {
    const lines = recordText.split('\n');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: lines.length - 1 }),
        fc.oneof(
          fc.constant(''),
          fc.string({ maxLength: 30 }),
          fc.constantFrom('  - [', 'tiers: 5', ': :', '\t', 'id: probe-writer', 'verdict: nope'),
        ),
        (at, replacement) => {
          const damaged = [...lines];
          damaged[at] = replacement;
          const text = damaged.join('\n');
          const result = checkNeverCrashes(text);
          if (result.errorCount === 0) {
            // Anything still valid must still be the same well-formed record.
            expect(result.tools.map((t) => t.id)).toEqual(['probe-writer']);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses YAML alias bombs without hanging', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const result = checkNeverCrashes(bomb);
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.problems[0]!.message).toMatch(/^YAML could not be read: /);
  });
});
