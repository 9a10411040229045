import { describe, expect, it } from 'vitest';
import { findTier, getTool, listTools, resolveTier } from '../src/index.js';
import { fixtureRecord } from './fixtures/dataset.js';

describe('findTier', () => {
  describe('when the query names a tier by id, label or plan name', () => {
    it.each([
      ['personal', 'personal'],
      ['Plus', 'personal'],
      ['  FREE ', 'personal'],
      ['team', 'teams'],
      ['Quill for Teams / Enterprise', 'teams'],
      ['api (inkwell-hosted)', 'api'],
      ['Quìll for Téams', 'teams'],
    ])('should find %j as the %s row', (query, id) => {
      expect(findTier(fixtureRecord('quill-chat'), query)?.id).toBe(id);
    });

    it('should prefer a tier id over a label or plan name that reads the same', () => {
      const record = fixtureRecord('quill-chat');
      // A second row whose plan is called "api", after the row whose id is "api".
      record.tiers.push({ ...record.tiers[1]!, id: 'partners', label: 'Partners', plans: ['api'] });
      expect(findTier(record, 'API')?.id).toBe('api');
      expect(findTier(record, 'Partners')?.id).toBe('partners');
    });
  });

  describe('when no tier matches', () => {
    it('should return undefined instead of throwing', () => {
      const quill = fixtureRecord('quill-chat');
      expect(findTier(quill, 'Gold')).toBeUndefined();
      expect(findTier(quill, '')).toBeUndefined();
      expect(findTier(quill, 'constructor')).toBeUndefined();
      expect(() => resolveTier(quill, 'Gold')).toThrow('Quill Chat has no tier "Gold"');
    });
  });

  describe('for every record of the bundled dataset', () => {
    it.each(listTools().map((t) => t.id))(
      'should find its own row, as resolveTier does, by every tier id, label and plan name of %s',
      async (id) => {
        const record = await getTool(id);
        for (const tier of record.tiers) {
          for (const query of [tier.id, tier.label, ...(tier.plans ?? [])]) {
            expect(findTier(record, query)).toBe(tier);
            expect(resolveTier(record, query).tier.id).toBe(tier.id);
          }
        }
      },
    );
  });
});
