/**
 * The words an interface shows beside a record, in every language the project ships: verdicts,
 * badges, confidence, kinds of change, the FAQ questions and how a source's quote was confirmed.
 * The SDK owns them (the widget's locales take them from here), English bundled, the others one
 * module each, loaded on demand.
 */
import { labels, type Messages } from './labels.js';
import { untranslated, withEnglish } from './translation.js';
import {
  localeModules,
  READER_LOCALES,
  type LocaleModule,
  type ReaderLocale,
} from './locale-modules.js';
import { verdictLabelsEn, type VerdictLabels } from './verdict-labels.js';

// The list of languages is the list of their modules (`locale-modules.ts`, which holds no words).
export {
  localeModules,
  READER_LOCALES,
  type LocaleModule,
  type ReaderLocale,
} from './locale-modules.js';

/** The reader-facing labels of one language. */
export interface ReaderLabels extends VerdictLabels {
  /** Kinds of change-history entry. */
  readonly change: Messages['change'];
  /** Who is speaking in a source, how its quote was confirmed, and what a tier rests on. */
  readonly evidence: Messages['evidence'];
  /** The FAQ's questions; `{tool}` is the tool's name. */
  readonly faq: Pick<
    Messages['faq'],
    'trainingQuestion' | 'optOutQuestion' | 'zdrDpaQuestion' | 'confidentialQuestion'
  >;
}

/** True for a language the project ships labels in. */
export const isReaderLocale = (value: unknown): value is ReaderLocale =>
  (READER_LOCALES as readonly unknown[]).includes(value);

/** Each language's labels with English's words filled in, made once (a failed load is retried). */
const completed = new Map<ReaderLocale, Promise<ReaderLabels>>();

/**
 * The reader-facing labels of `locale`: English at once, the others from their own module, with
 * English's word for any it lacks (`untranslated` lists those).
 *
 * @example
 * ```ts
 * const de = await loadReaderLabels('de');
 * de.headlineVerdict['trains-by-default']; // "Trainiert standardmäßig"
 * ```
 */
export async function loadReaderLabels(locale: ReaderLocale): Promise<ReaderLabels> {
  if (locale === 'en') return labels.en;
  if (!isReaderLocale(locale)) throw new RangeError(`No reader labels for the locale "${locale}"`);
  let words = completed.get(locale);
  if (!words) {
    words = localeModules[locale]().then((module) =>
      withEnglish(readerLabelsEn(), module.readerLabels),
    );
    words.catch(() => completed.delete(locale));
    completed.set(locale, words);
  }
  return words;
}

/** The English reader labels: what every other language's `readerLabels` is held to. */
function readerLabelsEn(): ReaderLabels {
  const { trainingQuestion, optOutQuestion, zdrDpaQuestion, confidentialQuestion } = labels.en.faq;
  return {
    ...verdictLabelsEn,
    change: labels.en.change,
    evidence: labels.en.evidence,
    faq: { trainingQuestion, optOutQuestion, zdrDpaQuestion, confidentialQuestion },
  };
}

/**
 * What each language but English shows in English: the keys of the reader labels its module lacks
 * (`tierVerdict.unclear`), by language, in `READER_LOCALES` order; an empty list when it has every
 * word. The CLI prints it (`--translations`). `modules` defaults to the modules the SDK ships.
 *
 * @example (await untranslatedLabels()).de // []
 */
export async function untranslatedLabels(
  modules: Readonly<
    Record<string, () => Promise<Pick<LocaleModule, 'readerLabels'>>>
  > = localeModules,
): Promise<Record<string, string[]>> {
  const report: Record<string, string[]> = {};
  for (const [locale, load] of Object.entries(modules)) {
    report[locale] = untranslated(readerLabelsEn(), (await load()).readerLabels);
  }
  return report;
}

/**
 * `Messages` for `locale`, to pass wherever a function takes a `locale`: its reader-facing labels
 * (`ReaderLabels`) in that language, the rest (the Atom feeds, the coverage report, the FAQ's
 * generated answers, the CLI's lines) in English, which is all the SDK ships of them so far.
 *
 * @example
 * ```ts
 * const de = await loadMessages('de');
 * headlineLabel('depends-on-plan', de); // "Hängt von Ihrem Tarif ab"
 * sourceEvidence(record, record.sources[0]!, de).lines; // "Eigene Seite des Anbieters", …
 * ```
 */
export async function loadMessages(locale: ReaderLocale): Promise<Messages> {
  const words = await loadReaderLabels(locale);
  // The FAQ's questions are reader labels, its answers' wording not yet.
  return { ...labels.en, ...words, faq: { ...labels.en.faq, ...words.faq } };
}
