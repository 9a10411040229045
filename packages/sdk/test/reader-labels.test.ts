import {
  CHANGE_TYPES,
  CONFIDENCE_LEVELS,
  HEADLINE_VERDICTS,
  OFFER_AVAILABILITY,
  OPT_OUT_AVAILABILITY,
  TIER_VERDICTS,
} from '@ai-training-verdict/data/vocabulary';
import { describe, expect, it } from 'vitest';
import { isReaderLocale, labels, loadReaderLabels, READER_LOCALES } from '../src/index.js';

describe('loadReaderLabels', () => {
  for (const locale of READER_LOCALES) {
    it(`should word every verdict, badge, confidence, change and FAQ question in "${locale}"`, async () => {
      const words = await loadReaderLabels(locale);
      expect(words.lang).toBe(locale);
      const lists = [
        [words.tierVerdict, TIER_VERDICTS],
        [words.headlineVerdict, HEADLINE_VERDICTS],
        [words.confidence, CONFIDENCE_LEVELS],
        [words.optOut, OPT_OUT_AVAILABILITY],
        [words.zdrDpa, OFFER_AVAILABILITY],
        [words.change, CHANGE_TYPES],
      ] as const;
      for (const [table, values] of lists) {
        // Exactly the vocabulary's values, each with words of its own.
        expect(Object.keys(table).sort()).toEqual([...values].sort());
        for (const value of values) expect((table as Record<string, string>)[value]).toMatch(/\S/);
      }
      const { trainingQuestion, optOutQuestion, zdrDpaQuestion, confidentialQuestion } = words.faq;
      for (const question of [
        trainingQuestion,
        optOutQuestion,
        zdrDpaQuestion,
        confidentialQuestion,
      ])
        expect(question).toContain('{tool}');
      expect(words.confidenceNotStated).toMatch(/\S/);
    });
  }

  it('should give English from the bundled messages, the same words as labels.en', async () => {
    const en = await loadReaderLabels('en');
    expect(en.headlineVerdict).toBe(labels.en.headlineVerdict);
    expect(en.faq.trainingQuestion).toBe(labels.en.faq.trainingQuestion);
  });

  it('should word each language differently from English', async () => {
    const en = await loadReaderLabels('en');
    for (const locale of READER_LOCALES.filter((l) => l !== 'en')) {
      const words = await loadReaderLabels(locale);
      expect(words.headlineVerdict['trains-by-default']).not.toBe(
        en.headlineVerdict['trains-by-default'],
      );
    }
  });

  it('should refuse a language it does not ship, naming it', async () => {
    expect(isReaderLocale('pt')).toBe(false);
    await expect(loadReaderLabels('pt' as never)).rejects.toThrow('"pt"');
  });
});
