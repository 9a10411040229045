import { describe, expect, it } from 'vitest';
import { compare, getTool, history, historyOf, UnknownToolError } from '../src/index.js';

describe('compare', () => {
  it('should give one row per tool with headline, tiers and badges', async () => {
    const [jasper, claude] = await compare(['jasper', 'claude']);
    expect(jasper).toEqual({
      id: 'jasper',
      name: 'Jasper',
      vendor: 'Jasper',
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
      lastVerified: '2026-06-01',
      confidence: 'medium',
    });
    expect(claude!.headline.label).toBe('Depends on your plan');
    expect(claude!.tiers.map((t) => t.verdictLabel)).toEqual([
      'Trains unless you opt out',
      'No training',
      'No training',
    ]);
    expect(claude!.lastVerified).toBeUndefined();
  });

  it('should show missing sections as not known rather than guess', async () => {
    const [ai21] = await compare(['ai21']);
    expect(ai21!.optOut).toEqual({ availability: 'unknown', label: 'Opt-out not known' });
    expect(ai21!.zdrDpa).toEqual({ availability: 'unknown', label: 'ZDR / DPA not known' });
  });

  it('should keep the order given and drop duplicates', async () => {
    const rows = await compare(['claude', 'AI21', 'claude']);
    expect(rows.map((r) => r.id)).toEqual(['claude', 'ai21']);
  });

  it('should reject with UnknownToolError for the first unknown id', async () => {
    const error = (await compare(['jasper', 'gemeni', 'nope']).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(UnknownToolError);
    expect(error.message).toBe('Unknown AI tool id "gemeni".');
  });
});

describe('history', () => {
  it("should list Claude's dated reversal first, labelled as a policy change", async () => {
    const entries = await history('claude');
    expect(entries.map((e) => [e.date, e.type, e.label, e.isPolicyChange])).toEqual([
      ['2025-08-28', 'policy-change', 'Policy change', true],
      ['2025-09-14', 'policy-change', 'Policy change', true],
    ]);
    expect(entries[0]!.tier).toEqual({ id: 'consumer', label: 'Free / Pro / Max (consumer)' });
    expect(entries[0]!.before).toMatchObject({ verdict: 'no-training', label: 'No training' });
    expect(entries[0]!.before!.text).toContain('did not train on consumer chats');
    expect(entries[0]!.after!.label).toBe('Trains unless you opt out');
    expect(entries[1]!.after).toEqual({
      verdict: undefined,
      label: undefined,
      text: '7-day retention.',
    });
  });

  it('should resolve the sources an entry cites', async () => {
    const entries = await history('ai21');
    expect(entries.map((e) => e.date)).toEqual([undefined, undefined]);
    expect(entries[1]!.sources.map((s) => s.id)).toEqual(['ai21-terms-of-use']);
    expect(entries[0]!.sources).toEqual([]);
  });

  it('should sort by date with undated entries last and label each kind', async () => {
    const claude = await getTool('claude');
    const entries = historyOf({
      ...claude,
      history: [
        { type: 're-verified', date: '2026-02-01' },
        { type: 'policy-change', summary: 'Undated change.' },
        { type: 'record-correction', date: '2025-01-05', summary: 'Fixed a typo in a tier.' },
        ...claude.history!,
      ],
    });
    expect(entries.map((e) => [e.date ?? '-', e.label])).toEqual([
      ['2025-01-05', 'Record correction'],
      ['2025-08-28', 'Policy change'],
      ['2025-09-14', 'Policy change'],
      ['2026-02-01', 'Re-verified'],
      ['-', 'Policy change'],
    ]);
    expect(entries.map((e) => e.isPolicyChange)).toEqual([false, true, true, false, true]);
  });

  it('should give an empty history for a tool without one', async () => {
    expect(await history('jasper')).toEqual([]);
  });

  it('should reject an unknown id with UnknownToolError', async () => {
    await expect(history('toString')).rejects.toBeInstanceOf(UnknownToolError);
  });
});
