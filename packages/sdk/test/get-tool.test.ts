import { describe, expect, it, vi } from 'vitest';
import { findTools, getTool, listTools, UnknownToolError } from '../src/index.js';
import { suggestTools } from '../src/search.js';
import { fixtureRecord } from './fixtures/dataset.js';

// The bundled data is the fixture release here (fictional tools; see fixtures/dataset.ts).
vi.mock(
  '@ai-training-verdict/data/catalog',
  async () => (await import('./fixtures/dataset.js')).catalogModule,
);
vi.mock(
  '@ai-training-verdict/data/loaders',
  async () => (await import('./fixtures/dataset.js')).loadersModule,
);

describe('getTool', () => {
  describe('when the id is known', () => {
    it('should return the record a reader sees', async () => {
      const lumen = await getTool('lumen-draft');
      expect(lumen.name).toBe('Lumen Draft');
      expect(lumen.headline.shortAnswer).toBe(
        'Yes — Lumen Draft trains on your drafts by default; you have to opt out.',
      );
      expect(lumen.lastVerified).toBe('2026-03-10');
      expect(lumen).toEqual(fixtureRecord('lumen-draft'));
    });

    it('should treat ids case-insensitively and ignore surrounding spaces', async () => {
      expect((await getTool('Quill-Chat')).vendor).toBe('Inkwell Systems');
      expect((await getTool('  TALLY-ASSIST ')).id).toBe('tally-assist');
    });

    it('should follow a renamed id to the record that replaced it', async () => {
      expect((await getTool('inkwell-chat')).id).toBe('quill-chat');
      expect((await getTool(' Inkwell-Chat')).name).toBe('Quill Chat');
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
      const error = await getTool('qiull-chat').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownToolError);
      expect((error as UnknownToolError).message).toBe(
        'Unknown AI tool id "qiull-chat". Did you mean "quill-chat"?',
      );
      expect((error as UnknownToolError).suggestions).toEqual(['quill-chat']);
      expect((error as UnknownToolError).id).toBe('qiull-chat');
      expect((error as UnknownToolError).name).toBe('UnknownToolError');
    });

    it('should suggest by vendor, name, alias, prefix and accent-folded input', async () => {
      const suggestions = async (id: string) =>
        ((await getTool(id).catch((e: unknown) => e)) as UnknownToolError).suggestions;
      expect(await suggestions('inkwell systems')).toEqual(['quill-chat']);
      expect(await suggestions('Inkwel Systems')).toEqual(['quill-chat']);
      expect(await suggestions('Tally Assist')).toEqual(['tally-assist']);
      expect(await suggestions('QuillGPT')).toEqual(['quill-chat']);
      expect(await suggestions('lum')).toEqual(['lumen-draft']);
      expect(await suggestions('Qüill Chat')).toEqual(['quill-chat']);
    });

    it("should put a typo of a tool's own id before tools whose vendor it starts with", () => {
      const tool = (id: string, name: string) => ({
        id,
        name,
        vendor: 'Orbit',
        verdict: 'unclear' as const,
      });
      const catalog = [
        tool('orbit-ai', 'Orbit AI'),
        tool('astro', 'Astro'),
        tool('beacon', 'Beacon'),
        tool('comet', 'Comet'),
      ];
      // "orbit-aii" starts with the vendor name of all four; it is one letter from one's own id.
      expect(suggestTools(catalog, 'orbit-aii')[0]).toBe('orbit-ai');
      expect(suggestTools(catalog, 'orbit')).toEqual(['astro', 'beacon', 'comet']);
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
    expect(listTools()).toEqual([
      {
        id: 'lumen-draft',
        name: 'Lumen Draft',
        vendor: 'Lumen Media',
        category: 'AI writing / marketing',
        verdict: 'trains-by-default',
        lastVerified: '2026-03-10',
      },
      {
        id: 'quill-chat',
        name: 'Quill Chat',
        vendor: 'Inkwell Systems',
        category: 'AI chat assistant',
        aliases: ['QuillGPT'],
        verdict: 'depends-on-plan',
      },
      {
        id: 'tally-assist',
        name: 'Tally Assist',
        vendor: 'Tally Labs',
        verdict: 'unclear',
        lastVerified: '2025-12-01',
      },
    ]);
  });

  it('should hand out a copy, so a caller cannot reorder the catalog for everyone', () => {
    listTools().reverse();
    expect(listTools()[0]!.id).toBe('lumen-draft');
  });
});

describe('findTools', () => {
  const ids = (query: string) => findTools(query).map((t) => t.id);

  it('should find by exact id or name', () => {
    expect(ids('quill-chat')).toEqual(['quill-chat']);
    expect(ids('Tally Assist')).toEqual(['tally-assist']);
  });

  it('should be case- and accent-insensitive', () => {
    expect(ids('QUÍLL CHÄT')).toEqual(['quill-chat']);
    expect(ids('lümen')).toEqual(['lumen-draft']);
  });

  it('should find by vendor or alias', () => {
    expect(ids('Inkwell Systems')).toEqual(['quill-chat']);
    expect(ids('media')).toEqual(['lumen-draft']);
    expect(ids('quillgpt')).toEqual(['quill-chat']);
  });

  it('should find by prefix of any word of the name', () => {
    expect(ids('assist')).toEqual(['tally-assist']);
  });

  it('should rank exact > prefix > substring > vendor matches', () => {
    // "t": prefix of "tally-assist"; substring of "lumen-draft" and "quill-chat" (then by name).
    expect(ids('t')).toEqual(['tally-assist', 'lumen-draft', 'quill-chat']);
    // "s": substring of "tally-assist"; only a prefix of a word of Quill Chat's vendor "Inkwell Systems".
    expect(ids('s')).toEqual(['tally-assist', 'quill-chat']);
  });

  it('should match nothing for an empty query', () => {
    expect(findTools('   ')).toEqual([]);
  });
});
