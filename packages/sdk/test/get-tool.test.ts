import { describe, expect, it } from 'vitest';
import { getTool, UnknownToolError } from '../src/index.js';

describe('getTool', () => {
  it('returns the record a reader sees for a known id', async () => {
    const jasper = await getTool('jasper');
    expect(jasper.name).toBe('Jasper');
    expect(jasper.headline.shortAnswer).toBe(
      'Yes — Jasper trains on your data by default; you have to opt out.',
    );
  });

  it('treats ids case-insensitively', async () => {
    expect((await getTool('Claude')).vendor).toBe('Anthropic');
  });

  it.each(['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'rejects the unknown id %s with UnknownToolError',
    async (id) => {
      await expect(getTool(id)).rejects.toBeInstanceOf(UnknownToolError);
    },
  );
});
