import { describe, expect, it, vi } from 'vitest';
import { compare, history, historyOf, UnknownToolError } from '../src/index.js';
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

describe('compare', () => {
  it('should give one row per tool with headline, tiers and badges', async () => {
    const [lumen, quill] = await compare(['lumen-draft', 'quill-chat']);
    expect(lumen).toEqual({
      id: 'lumen-draft',
      name: 'Lumen Draft',
      vendor: 'Lumen Media',
      headline: { verdict: 'trains-by-default', label: 'Trains by default' },
      tiers: [
        {
          id: 'standard',
          label: 'Standard (Terms of Service default)',
          verdict: 'trains',
          verdictLabel: 'Trains on your data',
        },
        {
          id: 'eu-uk',
          label: 'EU / UK users',
          verdict: 'trains-unless-opt-out',
          verdictLabel: 'Trains unless you opt out',
        },
      ],
      optOut: { availability: 'available', label: 'Opt-out available' },
      zdrDpa: { availability: 'enterprise', label: 'ZDR / DPA on enterprise' },
      lastVerified: '2026-03-10',
      confidence: 'medium',
    });
    expect(quill!.headline.label).toBe('Depends on your plan');
    expect(quill!.tiers.map((t) => t.verdictLabel)).toEqual([
      'Trains unless you opt out',
      'No training',
      'No training',
    ]);
    expect(quill!.lastVerified).toBeUndefined();
    expect(quill!.confidence).toBeUndefined();
  });

  it('should show missing sections as not known rather than guess', async () => {
    const [tally] = await compare(['tally-assist']);
    expect(tally!.optOut).toEqual({ availability: 'unknown', label: 'Opt-out not known' });
    expect(tally!.zdrDpa).toEqual({ availability: 'unknown', label: 'ZDR / DPA not known' });
  });

  it('should keep the order given and drop duplicates, also through a renamed id', async () => {
    const rows = await compare(['quill-chat', 'TALLY-ASSIST', 'quill-chat', 'inkwell-chat']);
    expect(rows.map((r) => r.id)).toEqual(['quill-chat', 'tally-assist']);
  });

  it('should reject with UnknownToolError for the first unknown id', async () => {
    const error = (await compare(['lumen-draft', 'orbit-ai', 'nope']).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(UnknownToolError);
    expect(error.message).toBe('Unknown AI tool id "orbit-ai".');
  });
});

describe('history', () => {
  it("should list Quill Chat's dated changes oldest first, labelled as policy changes", async () => {
    // The record stores them newest first.
    const entries = await history('quill-chat');
    expect(entries.map((e) => [e.date, e.type, e.label, e.isPolicyChange])).toEqual([
      ['2025-03-01', 'policy-change', 'Policy change', true],
      ['2025-06-01', 'policy-change', 'Policy change', true],
    ]);
    expect(entries[0]!.tier).toEqual({ id: 'personal', label: 'Free / Plus (personal)' });
    expect(entries[0]!.before).toMatchObject({ verdict: 'no-training', label: 'No training' });
    expect(entries[0]!.before!.text).toContain('did not train on personal chats');
    expect(entries[0]!.after!.label).toBe('Trains unless you opt out');
    expect(entries[0]!.sources.map((s) => s.url)).toEqual([
      'https://inkwell.example/news/personal-plan-terms',
    ]);
    expect(entries[1]!.tier).toEqual({ id: 'api', label: 'API (Inkwell-hosted)' });
    expect(entries[1]!.after).toEqual({
      verdict: undefined,
      label: undefined,
      text: '14-day retention.',
    });
  });

  it('should resolve the sources an entry cites', async () => {
    const entries = await history('tally-assist');
    expect(entries.map((e) => e.date)).toEqual([undefined, undefined]);
    expect(entries[1]!.sources.map((s) => s.id)).toEqual(['tally-terms']);
    expect(entries[0]!.sources).toEqual([]);
  });

  it('should sort by date with undated entries last and label each kind', () => {
    const quill = fixtureRecord('quill-chat');
    const entries = historyOf({
      ...quill,
      history: [
        { type: 're-verified', date: '2026-02-01' },
        { type: 'policy-change', summary: 'Undated change.' },
        { type: 'record-correction', date: '2025-01-05', summary: 'Fixed a typo in a tier.' },
        ...quill.history!,
      ],
    });
    expect(entries.map((e) => [e.date ?? '-', e.label])).toEqual([
      ['2025-01-05', 'Record correction'],
      ['2025-03-01', 'Policy change'],
      ['2025-06-01', 'Policy change'],
      ['2026-02-01', 'Re-verified'],
      ['-', 'Policy change'],
    ]);
    expect(entries.map((e) => e.isPolicyChange)).toEqual([false, true, true, false, true]);
  });

  it('should follow a renamed id', async () => {
    expect(await history('inkwell-chat')).toEqual(await history('quill-chat'));
  });

  it('should give an empty history for a tool without one', async () => {
    expect(await history('lumen-draft')).toEqual([]);
  });

  it('should reject an unknown id with UnknownToolError', async () => {
    await expect(history('toString')).rejects.toBeInstanceOf(UnknownToolError);
  });
});
