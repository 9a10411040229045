import { describe, expect, it } from 'vitest';
import { findTier, getTool, resolveTier } from '../src/index.js';

describe('findTier', () => {
  describe('when the query names a tier by id, label or plan name', () => {
    it.each([
      ['consumer', 'consumer'],
      ['Pro', 'consumer'],
      ['  MAX ', 'consumer'],
      ['team', 'commercial'],
      ['Claude for Work / Team / Enterprise / Gov / Edu', 'commercial'],
      ['api (anthropic-hosted)', 'api'],
    ])('should find %j as the %s row', async (query, id) => {
      const claude = await getTool('claude');
      expect(findTier(claude, query)?.id).toBe(id);
    });

    it('should return the row resolveTier resolves, for every id, label and plan name', async () => {
      for (const id of ['jasper', 'claude', 'ai21']) {
        const record = await getTool(id);
        for (const tier of record.tiers) {
          for (const query of [tier.id, tier.label, ...(tier.plans ?? [])]) {
            expect(findTier(record, query)).toBe(tier);
            expect(resolveTier(record, query).tier.id).toBe(tier.id);
          }
        }
      }
    });
  });

  describe('when no tier matches', () => {
    it('should return undefined instead of throwing', async () => {
      const claude = await getTool('claude');
      expect(findTier(claude, 'Gold')).toBeUndefined();
      expect(findTier(claude, '')).toBeUndefined();
      expect(() => resolveTier(claude, 'Gold')).toThrow('Claude has no tier "Gold"');
    });
  });
});
