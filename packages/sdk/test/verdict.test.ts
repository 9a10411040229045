import { describe, expect, it } from 'vitest';
import {
  confidenceLabel,
  getTool,
  headline,
  headlineLabel,
  isStale,
  labels,
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

describe('verdictFor', () => {
  describe('when the tier is named by its id', () => {
    it('should give the Claude consumer verdict in plain words, with its detail', async () => {
      const result = await verdictFor('claude', 'consumer');
      expect(result.verdict).toBe('trains-unless-opt-out');
      expect(result.label).toBe('Trains unless you opt out');
      expect(result.detail).toBe(
        'Trains on chats and coding sessions by default since 28 Aug 2025. Allowing training extends retention to 5 years; opting out keeps 30-day retention.',
      );
      expect(result.since).toBe('2025-08-28');
      expect(result.tier).toEqual({
        id: 'consumer',
        label: 'Free / Pro / Max (consumer)',
        kind: 'plan',
        plans: ['Free', 'Pro', 'Max'],
      });
    });

    it('should give the Claude API tier its 7-day retention and no training', async () => {
      const result = await verdictFor('claude', 'api');
      expect(result.verdict).toBe('no-training');
      expect(result.label).toBe('No training');
      expect(result.detail).toContain('7-day retention');
    });
  });

  describe('when the tier is named by a plan or its label', () => {
    it.each([
      ['Pro', 'consumer'],
      ['max', 'consumer'],
      ['TEAM', 'commercial'],
      ['Claude for Work', 'commercial'],
      ['API (Anthropic-hosted)', 'api'],
      ['free / pro / max (consumer)', 'consumer'],
    ])('should resolve %j to the %s tier', async (query, id) => {
      expect((await verdictFor('claude', query)).tier.id).toBe(id);
    });
  });

  describe('when the tier cites its own sources', () => {
    it('should return those source objects and say so', async () => {
      const result = await verdictFor('jasper', 'eu-uk');
      expect(result.sourcesFrom).toBe('tier');
      expect(result.sources.map((s) => s.url)).toEqual(['https://www.jasper.ai/legal/terms']);
      expect(result.sources[0]!.published).toBe('2025-05-30');
    });

    it('should fall back to the record confidence when the tier states none', async () => {
      const result = await verdictFor('jasper', 'standard');
      expect(result.confidence).toBe('medium');
      expect(result.confidenceFrom).toBe('record');
      expect(result.confidenceLabel).toBe('Medium confidence');
      expect(result.label).toBe('Trains on your data');
    });
  });

  describe('when the tier cites no source', () => {
    it("should return the record's sources and say that it did", async () => {
      const result = await verdictFor('claude', 'consumer');
      expect(result.sourcesFrom).toBe('record');
      expect(result.sources.map((s) => s.id)).toEqual([
        'anthropic-consumer-terms-update',
        'techcrunch-opt-out-or-share',
        'claude-privacy-policy-update',
      ]);
    });

    it('should leave confidence undefined when neither the tier nor the record states it', async () => {
      const result = await verdictFor('claude', 'consumer');
      expect(result.confidence).toBeUndefined();
      expect(result.confidenceFrom).toBeUndefined();
      expect(result.confidenceLabel).toBe('Confidence not stated');
    });
  });

  describe('when the tier is unknown', () => {
    it('should reject with UnknownTierError listing the tiers and plan names', async () => {
      const error = (await verdictFor('claude', 'Gold').catch(
        (e: unknown) => e,
      )) as UnknownTierError;
      expect(error).toBeInstanceOf(UnknownTierError);
      expect(error.message).toBe(
        'Claude has no tier "Gold". Its tiers are: consumer, commercial, api (or a plan name: Free, Pro, Max, Claude for Work, Team, Enterprise, Gov, Edu, API).',
      );
      expect(error.toolId).toBe('claude');
      expect(error.tiers.map((t) => t.id)).toEqual(['consumer', 'commercial', 'api']);
    });

    it('should list only ids for a tool whose tiers name no plans', async () => {
      await expect(verdictFor('jasper', 'pro')).rejects.toThrow(
        'Jasper has no tier "pro". Its tiers are: standard, eu-uk.',
      );
    });

    it('should not match inherited property names', async () => {
      await expect(verdictFor('jasper', 'constructor')).rejects.toBeInstanceOf(UnknownTierError);
    });
  });

  describe('when the tool is unknown', () => {
    it('should reject with UnknownToolError before looking at the tier', async () => {
      await expect(verdictFor('jsaper', 'standard')).rejects.toThrow(
        'Unknown AI tool id "jsaper". Did you mean "jasper"?',
      );
    });
  });
});

describe('resolveTier', () => {
  it('should work on a record already loaded, synchronously', async () => {
    const claude = await getTool('claude');
    expect(resolveTier(claude, 'Enterprise').label).toBe('No training');
    expect(() => resolveTier(claude, 'nope')).toThrow(UnknownTierError);
  });
});

describe('headline', () => {
  it.each([
    ['jasper', 'trains-by-default', 'Trains by default'],
    ['claude', 'depends-on-plan', 'Depends on your plan'],
    ['ai21', 'unclear', 'Terms permit use; training unclear'],
  ])('should derive %s as %s, labelled %j', async (id, verdict, label) => {
    const result = headline(await getTool(id));
    expect(result.verdict).toBe(verdict);
    expect(result.label).toBe(label);
  });

  it('should carry the short answer and summary of the seed page', async () => {
    const result = headline(await getTool('claude'));
    expect(result.shortAnswer).toBe(
      'It depends — Claude trains on consumer/free-tier data by default but excludes business, enterprise and API tiers.',
    );
    expect(result.summary).toMatch(/^Since 28 Aug 2025, Anthropic trains on consumer Claude/);
  });

  it('should follow the tiers, not the stored headline', async () => {
    const jasper = await getTool('jasper');
    const allSafe = {
      ...jasper,
      tiers: jasper.tiers.map((t) => ({ ...t, verdict: 'no-training' as const })),
    };
    expect(headline(allSafe).verdict).toBe('no-training');
    expect(headline(allSafe).label).toBe('No training');
  });
});

describe('labels', () => {
  it('should word tier verdicts as the seed pages do', () => {
    expect(labels.en.tierVerdict).toEqual({
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
    const { lang, tierVerdict, headlineVerdict, confidence, confidenceNotStated, optOut, zdrDpa } =
      labels.en;
    expect(verdictLabelsEn).toStrictEqual({
      lang,
      tierVerdict,
      headlineVerdict,
      confidence,
      confidenceNotStated,
      optOut,
      zdrDpa,
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
  const jasper = { lastVerified: '2026-06-01' };

  it('should count whole days since the last verification', () => {
    expect(verificationAge(jasper, new Date('2026-06-01T23:00:00Z'))).toBe(0);
    expect(verificationAge(jasper, new Date('2026-07-01T00:00:00Z'))).toBe(30);
  });

  it('should be fresh up to the threshold and stale after it', () => {
    expect(isStale(jasper, new Date('2026-11-28T00:00:00Z'))).toBe(false); // 180 days
    expect(isStale(jasper, new Date('2026-11-29T00:00:00Z'))).toBe(true); // 181 days
    expect(isStale(jasper, new Date('2026-07-01T00:00:00Z'), 29)).toBe(true);
  });

  it('should treat a record that was never verified as stale, with no age', async () => {
    const claude = await getTool('claude');
    expect(claude.lastVerified).toBeUndefined();
    expect(verificationAge(claude, new Date('2026-01-01'))).toBeUndefined();
    expect(isStale(claude, new Date('2026-01-01'))).toBe(true);
  });

  it('should refuse an invalid date rather than call everything fresh', () => {
    expect(() => isStale(jasper, new Date('not a date'))).toThrow('now must be a valid Date');
  });
});
