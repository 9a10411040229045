import { readFileSync } from 'node:fs';
import {
  CHANGE_TYPES,
  CONFIDENCE_LEVELS,
  EVIDENCE_BASES,
  HEADLINE_VERDICTS,
  OFFER_AVAILABILITY,
  OPT_OUT_AVAILABILITY,
  SOURCE_ORIGINS,
  TIER_VERDICTS,
} from '@ai-training-verdict/data/vocabulary';
import { describe, expect, it } from 'vitest';
import {
  headlineLabel,
  isReaderLocale,
  labels,
  loadMessages,
  loadReaderLabels,
  READER_LOCALES,
  sourceEvidence,
  type ToolRecord,
} from '../src/index.js';

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
        [words.evidence.origin, SOURCE_ORIGINS],
        [words.evidence.basis, EVIDENCE_BASES],
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
      // How a quote was confirmed: each line with the blanks the SDK fills.
      const { evidence } = words;
      expect(evidence.livePage).toContain('{date}');
      expect(evidence.storedCopy).toContain('{captured}');
      expect(evidence.storedCopy).toContain('{date}');
      expect(evidence.captured).toContain('{date}');
      expect(evidence.onDate).toContain('{date}');
      expect(evidence.secondaryOnly).toContain('{via}');
      expect(evidence.attribution).toContain('{who}');
      for (const text of [evidence.originNotStated, evidence.notRecorded])
        expect(text).toMatch(/\S/);
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

  describe('loadMessages', () => {
    const record = {
      sources: [
        {
          id: 'terms',
          url: 'https://example.com/terms',
          kind: 'terms',
          quote: 'We do not train on your content.',
          confirmation: { method: 'stored-copy', date: '2026-05-02', captured: '2026-04-30' },
        },
      ],
    } as unknown as ToolRecord;

    it('should say how a quote was confirmed in the reader’s language (German)', async () => {
      const de = await loadMessages('de');
      expect(sourceEvidence(record, record.sources[0]!, de).lines).toEqual([
        'Eigene Seite des Anbieters',
        'Zitat in einer gespeicherten Kopie (erfasst am 2026-04-30) gelesen am 2026-05-02',
      ]);
      expect(headlineLabel('depends-on-plan', de)).toBe('Hängt von Ihrem Tarif ab');
    });

    it('should keep English for what only English ships (feeds, FAQ answers)', async () => {
      for (const locale of READER_LOCALES) {
        const messages = await loadMessages(locale);
        expect(messages.feed).toBe(labels.en.feed);
        expect(messages.faq.optOutUnknown).toBe(labels.en.faq.optOutUnknown);
        expect(messages.evidence).toBe((await loadReaderLabels(locale)).evidence);
      }
    });
  });

  it('should refuse a language it does not ship, naming it', async () => {
    expect(isReaderLocale('pt')).toBe(false);
    await expect(loadReaderLabels('pt' as never)).rejects.toThrow('"pt"');
  });
});

describe("the README's list of languages", () => {
  /** The language tags a README names after "every language of `READER_LOCALES`". */
  const listed = (text: string) =>
    [
      ...(/every language of `READER_LOCALES` \(([^)]*)\)/.exec(text)?.[1] ?? '').matchAll(
        /`([\w-]+)`/g,
      ),
    ].map(([, tag]) => tag);

  it('should read the tags of a list, and find one left out', () => {
    const text = 'ship in every language of `READER_LOCALES` (`en`, `de`,\n`fr`), each';
    expect(listed(text)).toEqual(['en', 'de', 'fr']);
    expect(listed(text)).not.toEqual([...READER_LOCALES]);
  });

  it('should name every language of READER_LOCALES, in order', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(listed(readme)).toEqual([...READER_LOCALES]);
  });
});
