import { describe, expect, it, vi } from 'vitest';
import {
  confidenceLabel,
  getTool,
  headline,
  headlineLabel,
  isStale,
  labels,
  listTools,
  messagesFor,
  optOutLabel,
  resolveTier,
  UnknownTierError,
  verdictFor,
  verdictLabel,
  verdictLabelsEn,
  verificationAge,
  zdrDpaLabel,
  type Messages,
} from '../src/index.js';
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

describe('verdictFor', () => {
  describe('when the tier is named by its id', () => {
    it('should give the Quill Chat personal verdict in plain words, with its detail', async () => {
      const result = await verdictFor('quill-chat', 'personal');
      expect(result.tool).toEqual({
        id: 'quill-chat',
        name: 'Quill Chat',
        vendor: 'Inkwell Systems',
      });
      expect(result.verdict).toBe('trains-unless-opt-out');
      expect(result.label).toBe('Trains unless you opt out');
      expect(result.detail).toBe(
        'Trains on chats by default since 1 Mar 2025. Opting out in Settings keeps 30-day retention.',
      );
      expect(result.since).toBe('2025-03-01');
      expect(result.tier).toEqual({
        id: 'personal',
        label: 'Free / Plus (personal)',
        kind: 'plan',
        plans: ['Free', 'Plus'],
      });
    });

    it('should give the Quill Chat API tier its 14-day retention and no training', async () => {
      const result = await verdictFor('quill-chat', 'api');
      expect(result.verdict).toBe('no-training');
      expect(result.label).toBe('No training');
      expect(result.detail).toContain('14-day retention');
      expect(result.since).toBeUndefined();
    });
  });

  describe('when the tier is named by a plan or its label', () => {
    it.each([
      ['Plus', 'personal'],
      ['free', 'personal'],
      ['TEAM', 'teams'],
      ['Quill for Teams', 'teams'],
      ['API (Inkwell-hosted)', 'api'],
      ['free / plus (personal)', 'personal'],
    ])('should resolve %j to the %s tier', async (query, id) => {
      expect((await verdictFor('quill-chat', query)).tier.id).toBe(id);
    });

    it('should resolve the tier of a renamed tool id too', async () => {
      const result = await verdictFor('inkwell-chat', 'Plus');
      expect(result.tool.id).toBe('quill-chat');
      expect(result.tier.id).toBe('personal');
    });
  });

  describe('when the tier cites its own sources', () => {
    it('should return those source objects and say so', async () => {
      const result = await verdictFor('lumen-draft', 'eu-uk');
      expect(result.sourcesFrom).toBe('tier');
      expect(result.sources.map((s) => s.url)).toEqual([
        'https://lumen-draft.example/legal/terms',
        'https://lumen-draft.example/legal/dpa',
      ]);
      expect(result.sources[0]!.published).toBe('2025-11-02');
    });

    it("should give the tier's own confidence when it states one", async () => {
      const result = await verdictFor('lumen-draft', 'eu-uk');
      expect(result.confidence).toBe('high');
      expect(result.confidenceFrom).toBe('tier');
      expect(result.confidenceLabel).toBe('High confidence');
    });

    it('should take what its own sources support when the tier states none: the vendor read live is high', async () => {
      // lumen-draft's terms are the vendor's, read in the live page; the record as a whole says medium.
      const result = await verdictFor('lumen-draft', 'standard');
      expect(result.confidence).toBe('high');
      expect(result.confidenceFrom).toBe('evidence');
      expect(result.confidenceLabel).toBe('High confidence');
      expect(result.label).toBe('Trains on your data');
    });

    it('should be low when no cited source has been read by anyone on record', async () => {
      // tally-assist's FAQ quote says nothing of how it was confirmed.
      const record = fixtureRecord('tally-assist');
      const faq = record.sources.find((s) => s.url?.endsWith('/faq'))!;
      const tier = { ...record.tiers[0]!, sources: [faq.id], confidence: undefined };
      const result = resolveTier({ ...record, tiers: [tier] }, tier.id);
      expect(result.confidence).toBe('low');
      expect(result.confidenceFrom).toBe('evidence');
      expect(result.confidenceLabel).toBe('Low confidence');
    });
  });

  describe('when the tier cites no source', () => {
    it("should take the record's confidence, since no evidence of its own supports one", () => {
      const record = { ...fixtureRecord('lumen-draft') };
      const tier = { ...record.tiers[0]!, sources: undefined, confidence: undefined };
      const result = resolveTier({ ...record, tiers: [tier] }, tier.id);
      expect(result.confidence).toBe('medium');
      expect(result.confidenceFrom).toBe('record');
      expect(result.confidenceLabel).toBe('Medium confidence');
    });

    it("should return the record's sources and say that it did", async () => {
      const result = await verdictFor('quill-chat', 'personal');
      expect(result.sourcesFrom).toBe('record');
      expect(result.sources.map((s) => s.id)).toEqual([
        'inkwell-announcement',
        'newswire-opt-out',
        'inkwell-privacy-help',
      ]);
    });

    it('should leave confidence undefined when neither the tier nor the record states it', async () => {
      const result = await verdictFor('quill-chat', 'personal');
      expect(result.confidence).toBeUndefined();
      expect(result.confidenceFrom).toBeUndefined();
      expect(result.confidenceLabel).toBe('Confidence not stated');
    });
  });

  describe('when a cited source no longer says what the record quotes', () => {
    it('should flag the verdict as needing re-verification', async () => {
      const result = await verdictFor('tally-assist', 'all-users');
      expect(result.sources.map((s) => [s.id, s.status])).toEqual([
        ['tally-terms', undefined],
        ['tally-faq', 'quote-not-found'],
      ]);
      expect(result.needsReverification).toBe(true);
      expect((await verdictFor('lumen-draft', 'standard')).needsReverification).toBe(false);
    });
  });

  describe('when the tier is unknown', () => {
    it('should reject with UnknownTierError listing the tiers and plan names', async () => {
      const error = (await verdictFor('quill-chat', 'Gold').catch(
        (e: unknown) => e,
      )) as UnknownTierError;
      expect(error).toBeInstanceOf(UnknownTierError);
      expect(error.message).toBe(
        'Quill Chat has no tier "Gold". Its tiers are: personal, teams, api (or a plan name: Free, Plus, Quill for Teams, Team, Enterprise, API).',
      );
      expect(error.toolId).toBe('quill-chat');
      expect(error.tier).toBe('Gold');
      expect(error.tiers.map((t) => t.id)).toEqual(['personal', 'teams', 'api']);
    });

    it('should list only ids for a tool whose tiers name no plans', async () => {
      await expect(verdictFor('lumen-draft', 'pro')).rejects.toThrow(
        'Lumen Draft has no tier "pro". Its tiers are: standard, eu-uk.',
      );
    });

    it('should not match inherited property names', async () => {
      await expect(verdictFor('lumen-draft', 'constructor')).rejects.toBeInstanceOf(
        UnknownTierError,
      );
    });
  });

  describe('when the tool is unknown', () => {
    it('should reject with UnknownToolError before looking at the tier', async () => {
      await expect(verdictFor('lumne-draft', 'standard')).rejects.toThrow(
        'Unknown AI tool id "lumne-draft". Did you mean "lumen-draft"?',
      );
    });
  });
});

describe('resolveTier', () => {
  it('should work on a record already loaded, synchronously', async () => {
    const quill = await getTool('quill-chat');
    expect(resolveTier(quill, 'Enterprise').label).toBe('No training');
    expect(() => resolveTier(quill, 'nope')).toThrow(UnknownTierError);
  });
});

describe('headline', () => {
  it.each([
    ['lumen-draft', 'trains-by-default', 'Trains by default'],
    ['quill-chat', 'depends-on-plan', 'Depends on your plan'],
    ['tally-assist', 'unclear', 'Terms permit use; training unclear'],
  ])('should derive %s as %s, labelled %j', async (id, verdict, label) => {
    const result = headline(await getTool(id));
    expect(result.verdict).toBe(verdict);
    expect(result.label).toBe(label);
  });

  it("should carry the record's short answer and summary", async () => {
    const result = headline(await getTool('quill-chat'));
    expect(result.shortAnswer).toBe(
      'It depends — Quill Chat trains on personal-plan chats by default but not on team or API data.',
    );
    expect(result.summary).toBe(
      'Since 1 Mar 2025, Inkwell Systems trains on Free and Plus chats unless you opt out; Quill for Teams, Enterprise and the API are excluded.',
    );
  });

  it('should follow the tiers, not the stored headline', () => {
    const lumen = fixtureRecord('lumen-draft');
    const allSafe = {
      ...lumen,
      tiers: lumen.tiers.map((t) => ({ ...t, verdict: 'no-training' as const })),
    };
    expect(allSafe.headline.verdict).toBe('trains-by-default');
    expect(headline(allSafe).verdict).toBe('no-training');
    expect(headline(allSafe).label).toBe('No training');
  });
});

describe('labels', () => {
  it('should word tier verdicts as the seed pages do', () => {
    // The seed pages' verdicts, word for word. That every verdict of the vocabulary has words (and
    // nothing else has) is held for each language by reader-labels.test.ts, so a verdict added
    // later needs its words there, not a second list here.
    expect(labels.en.tierVerdict).toMatchObject({
      trains: 'Trains on your data',
      'trains-unless-opt-out': 'Trains unless you opt out',
      'trains-if-opt-in': 'Trains only if you opt in',
      'no-training': 'No training',
      unclear: 'Terms permit use; training unclear',
      unknown: 'Not known',
    });
  });

  it('should word the badges as the seed pages do', () => {
    expect(headlineLabel('trains-by-default')).toBe('Trains by default');
    expect(headlineLabel('depends-on-plan')).toBe('Depends on your plan');
    expect(optOutLabel('available')).toBe('Opt-out available');
    expect(zdrDpaLabel('enterprise')).toBe('ZDR / DPA on enterprise');
  });

  it('should offer the English verdict and badge labels on their own, the same as in labels.en', () => {
    const {
      lang,
      tierVerdict,
      headlineVerdict,
      confidence,
      confidenceNotStated,
      optOut,
      zdrDpa,
      archive,
    } = labels.en;
    expect(verdictLabelsEn).toStrictEqual({
      lang,
      tierVerdict,
      headlineVerdict,
      confidence,
      confidenceNotStated,
      optOut,
      zdrDpa,
      archive,
    });
  });

  it('should label confidence, and say when it is not stated', () => {
    expect(confidenceLabel('high')).toBe('High confidence');
    expect(confidenceLabel(undefined)).toBe('Confidence not stated');
  });

  it('should accept a Messages object for a language the SDK does not ship', () => {
    const de: Messages = {
      ...labels.en,
      lang: 'de',
      tierVerdict: { ...labels.en.tierVerdict, trains: 'Trainiert mit Ihren Daten' },
    };
    expect(verdictLabel('trains', de)).toBe('Trainiert mit Ihren Daten');
    expect(verdictLabel('trains', 'en')).toBe('Trains on your data');
    expect(messagesFor(de)).toBe(de);
  });
});

describe('isStale and verificationAge', () => {
  // Every call passes its own `now`: none of these results may depend on the day the test runs.
  const verified = { lastVerified: '2026-06-01' };

  it('should count whole days since the last verification', () => {
    expect(verificationAge(verified, new Date('2026-06-01T23:00:00Z'))).toBe(0);
    expect(verificationAge(verified, new Date('2026-07-01T00:00:00Z'))).toBe(30);
  });

  it('should be fresh up to the threshold and stale after it', () => {
    expect(isStale(verified, new Date('2026-11-28T00:00:00Z'))).toBe(false); // 180 days
    expect(isStale(verified, new Date('2026-11-29T00:00:00Z'))).toBe(true); // 181 days
    expect(isStale(verified, new Date('2026-07-01T00:00:00Z'), 29)).toBe(true);
  });

  it('should measure staleness from when the evidence was last seen current, when the record says', () => {
    // Verified long ago, but its sources were seen current on 2026-10-01 (say, still in the archive).
    const seen = { lastVerified: '2025-01-01', evidenceSeen: '2026-10-01' };
    expect(isStale(seen, new Date('2027-03-30T00:00:00Z'))).toBe(false); // 180 days after
    expect(isStale(seen, new Date('2027-03-31T00:00:00Z'))).toBe(true);
    expect(verificationAge(seen, new Date('2025-01-31T00:00:00Z'))).toBe(30); // still the verification
    // Nothing dates the evidence: the verification decides.
    expect(isStale({ lastVerified: '2026-06-01' }, new Date('2026-11-29T00:00:00Z'))).toBe(true);
  });

  it('should treat a record that was never verified as stale, with no age', async () => {
    const quill = await getTool('quill-chat');
    expect(quill.lastVerified).toBeUndefined();
    expect(verificationAge(quill, new Date('2026-01-01'))).toBeUndefined();
    expect(isStale(quill, new Date('2026-01-01'))).toBe(true);
  });

  it('should work on a catalog entry as on a record', () => {
    const lumen = listTools().find((t) => t.id === 'lumen-draft')!;
    expect(verificationAge(lumen, new Date('2026-04-09T12:00:00Z'))).toBe(30);
    expect(isStale(lumen, new Date('2026-09-06T12:00:00Z'))).toBe(false); // 180 days
    expect(isStale(lumen, new Date('2026-09-07T12:00:00Z'))).toBe(true); // 181 days
  });

  it('should refuse an invalid date rather than call everything fresh', () => {
    expect(() => isStale(verified, new Date('not a date'))).toThrow('now must be a valid Date');
  });
});
