// The README quotes BENCHMARKS.md's headline ratios; both are written by the same `npm run bench`
// run, so they must say the same thing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADLINE_BLOCK, headlineOf } from '../src/headline.mjs';

const root = new URL('../../../', import.meta.url);
const read = (name) => readFileSync(new URL(name, root), 'utf8');

describe('the README and BENCHMARKS.md', () => {
  it('quote the same headline, and the README links the full tables', () => {
    const readme = read('README.md');
    const block = HEADLINE_BLOCK.exec(readme);
    expect(block, 'README.md has a <!-- bench:headline --> block').not.toBeNull();
    expect(
      block[0]
        .replace(/<!--[^>]*-->/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(headlineOf(read('BENCHMARKS.md')));
    expect(readme).toContain('](BENCHMARKS.md)');
  });

  it('finds the headline paragraph, and says when there is none', () => {
    expect(headlineOf('# B\n\n**Headline:** the card is\nsmall.\n\n## Next')).toBe(
      'the card is small.',
    );
    expect(() => headlineOf('# B\n\nNo headline.\n')).toThrow('no **Headline:** paragraph');
  });
});
