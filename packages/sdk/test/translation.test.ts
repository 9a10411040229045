/**
 * A language may lack a word added after it was written: it shows English's word, and the report
 * (`untranslatedLabels`, the CLI's `--translations`) names the key and the language.
 */
import { describe, expect, it } from 'vitest';
import {
  labels,
  loadReaderLabels,
  READER_LOCALES,
  untranslated,
  untranslatedLabels,
  verdictLabel,
  withEnglish,
  type LocaleModule,
  type Messages,
} from '../src/index.js';

/** A fixture language that predates the verdict `unclear` and the FAQ's ZDR question. */
const fixture: LocaleModule['readerLabels'] = {
  lang: 'xx',
  tierVerdict: {
    trains: 'Xx trains',
    'trains-unless-opt-out': 'Xx unless',
    'trains-if-opt-in': 'Xx opt in',
    'no-training': 'Xx none',
    unknown: 'Xx unknown',
  },
  faq: {
    trainingQuestion: 'Xx {tool}?',
    optOutQuestion: 'Xx opt out {tool}?',
    confidentialQuestion: 'Xx confidential {tool}?',
  },
};

describe('withEnglish', () => {
  it("should show English's word where a language lacks one, and its own elsewhere", () => {
    const words = withEnglish<Messages>(labels.en, fixture);
    expect(words.lang).toBe('xx');
    expect(words.tierVerdict.trains).toBe('Xx trains');
    expect(words.tierVerdict.unclear).toBe('Terms permit use; training unclear');
    expect(verdictLabel('unclear', words)).toBe(labels.en.tierVerdict.unclear);
    expect(words.faq.zdrDpaQuestion).toBe(labels.en.faq.zdrDpaQuestion);
    // A whole concern the language never had is English's.
    expect(words.headlineVerdict).toEqual(labels.en.headlineVerdict);
    // Nothing of English is changed by it.
    expect(labels.en.tierVerdict.trains).toBe('Trains on your data');
  });
});

describe('untranslated', () => {
  it('should name each key a language lacks, as a dotted path in English order', () => {
    const english = { a: 'A', b: { c: 'C', d: 'D' }, e: { f: 'F' } };
    expect(untranslated(english, { a: 'a', b: { d: 'd' } })).toEqual(['b.c', 'e.f']);
    expect(untranslated(english, { a: 'a', b: { c: 'c', d: 'd' }, e: { f: 'f' } })).toEqual([]);
  });
});

describe('untranslatedLabels', () => {
  it('should name the missing keys of each language, by language', async () => {
    const complete = async () => ({
      readerLabels: withEnglish(await loadReaderLabels('en'), { lang: 'yy' }),
    });
    const report = await untranslatedLabels({
      xx: async () => ({ readerLabels: fixture }),
      yy: complete,
    });
    expect(report.yy).toEqual([]);
    expect(report.xx).toContain('tierVerdict.unclear');
    expect(report.xx).toContain('faq.zdrDpaQuestion');
    expect(report.xx).toContain('headlineVerdict.trains-by-default');
    expect(report.xx).not.toContain('tierVerdict.trains');
    expect(report.xx).not.toContain('lang');
  });

  it('should report every language the SDK ships but English', async () => {
    expect(Object.keys(await untranslatedLabels())).toEqual(
      READER_LOCALES.filter((locale) => locale !== 'en'),
    );
  });
});
