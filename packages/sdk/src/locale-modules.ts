/**
 * Where the words of each language but English load from, on a module of its own that imports no
 * words: an interface that bundles English and loads the others on demand (the widget's card, through
 * `@ai-training-verdict/sdk/record`) takes this list without the English message tables of
 * `labels.ts`, which a bundler would otherwise put in the same chunk.
 */
import type { InterfaceText } from './interface-text.js';
import type { ReaderLabels, ReaderLocale } from './reader-labels.js';

/** What the module of each language but English holds: all of that language's words. */
export interface LocaleModule {
  /** The words shown beside a record (`loadReaderLabels`). */
  readonly readerLabels: ReaderLabels;
  /** The widget's interface text (`<ai-training-verdict>`, `<ai-training-table>`). */
  readonly interfaceText: InterfaceText;
}

/**
 * The module of each language but English, loaded on demand: the one list of those modules, which
 * `loadReaderLabels` and the widget both load from. Typed by `ReaderLocale`, so a language added to
 * `READER_LOCALES` without its module does not compile; the build's entries and the package's
 * `./locales/*` export follow `READER_LOCALES`.
 */
export const localeModules: Readonly<
  Record<Exclude<ReaderLocale, 'en'>, () => Promise<LocaleModule>>
> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
};
