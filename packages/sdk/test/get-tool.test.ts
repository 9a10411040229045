import { describe, expect, it } from 'vitest';
import { findTools, getTool, listTools, UnknownToolError } from '../src/index.js';

describe('getTool', () => {
  describe('when the id is known', () => {
    it('should return the record a reader sees', async () => {
      const jasper = await getTool('jasper');
      expect(jasper.name).toBe('Jasper');
      expect(jasper.headline.shortAnswer).toBe(
        'Yes — Jasper trains on your data by default; you have to opt out.',
      );
      expect(jasper.lastVerified).toBe('2026-06-01');
    });

    it('should treat ids case-insensitively and ignore surrounding spaces', async () => {
      expect((await getTool('Claude')).vendor).toBe('Anthropic');
      expect((await getTool('  AI21 ')).id).toBe('ai21');
    });
  });

  describe('when the id is unknown', () => {
    it.each(['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])(
      'should reject %j with UnknownToolError, never a prototype',
      async (id) => {
        await expect(getTool(id)).rejects.toBeInstanceOf(UnknownToolError);
      },
    );

    it('should suggest the tool a typo was meant to be', async () => {
      const error = await getTool('jsaper').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownToolError);
      expect((error as UnknownToolError).message).toBe(
        'Unknown AI tool id "jsaper". Did you mean "jasper"?',
      );
      expect((error as UnknownToolError).suggestions).toEqual(['jasper']);
      expect((error as UnknownToolError).id).toBe('jsaper');
      expect((error as UnknownToolError).name).toBe('UnknownToolError');
    });

    it('should suggest by vendor, name, prefix and accent-folded input', async () => {
      const suggestions = async (id: string) =>
        ((await getTool(id).catch((e: unknown) => e)) as UnknownToolError).suggestions;
      expect(await suggestions('anthropic')).toEqual(['claude']);
      expect(await suggestions('Antropic')).toEqual(['claude']);
      expect(await suggestions('AI21 Labs')).toEqual(['ai21']);
      expect(await suggestions('cla')).toEqual(['claude']);
      expect(await suggestions('Jäsper AI')).toEqual(['jasper']);
    });

    it('should say so plainly when nothing is close', async () => {
      const error = (await getTool('__proto__').catch((e: unknown) => e)) as UnknownToolError;
      expect(error.message).toBe('Unknown AI tool id "__proto__".');
      expect(error.suggestions).toEqual([]);
    });

    it('should keep a huge id out of the message', async () => {
      const error = (await getTool('x'.repeat(10_000)).catch(
        (e: unknown) => e,
      )) as UnknownToolError;
      expect(error.message).toBe(`Unknown AI tool id "${'x'.repeat(77)}...".`);
    });
  });
});

describe('listTools', () => {
  it('should list every bundled tool by id without loading records', () => {
    expect(listTools().map((t) => [t.id, t.name, t.vendor, t.verdict])).toEqual([
      ['ai21', 'AI21 Labs', 'AI21 Labs', 'unclear'],
      ['claude', 'Claude', 'Anthropic', 'depends-on-plan'],
      ['jasper', 'Jasper', 'Jasper', 'trains-by-default'],
    ]);
  });

  it('should hand out a copy, so a caller cannot reorder the catalog for everyone', () => {
    listTools().reverse();
    expect(listTools()[0]!.id).toBe('ai21');
  });
});

describe('findTools', () => {
  const ids = (query: string) => findTools(query).map((t) => t.id);

  it('should find by exact id or name', () => {
    expect(ids('claude')).toEqual(['claude']);
    expect(ids('AI21 Labs')).toEqual(['ai21']);
  });

  it('should be case- and accent-insensitive', () => {
    expect(ids('CLÀUDE')).toEqual(['claude']);
    expect(ids('jäsper')).toEqual(['jasper']);
  });

  it('should find by vendor', () => {
    expect(ids('Anthropic')).toEqual(['claude']);
  });

  it('should find by prefix of any word of the name', () => {
    expect(ids('lab')).toEqual(['ai21']);
  });

  it('should rank exact > prefix > substring > vendor matches', () => {
    // "a": prefix of "ai21" / "AI21 Labs"; substring of "claude" and "jasper".
    expect(ids('a')).toEqual(['ai21', 'claude', 'jasper']);
    // "an": substring of nothing by id or name, vendor "Anthropic" only.
    expect(ids('an')).toEqual(['claude']);
  });

  it('should match nothing for an empty query', () => {
    expect(findTools('   ')).toEqual([]);
  });
});
