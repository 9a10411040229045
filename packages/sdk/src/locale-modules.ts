/**
 * Where the words of each language but English load from, on a module of its own that imports no
 * words: an interface that bundles English and loads the others on demand (the widget's card, through
 * `@ai-training-verdict/sdk/record`) takes this list without the English message tables of
 * `labels.ts`, which a bundler would otherwise put in the same chunk.
 */
import type { InterfaceText } from './interface-text.js';
import type { ReaderLabels, ReaderLocale } from './reader-labels.js';
import type { Translation } from './translation.js';

/**
 * What the module of each language but English holds: that language's words. A word it lacks (one
 * added after the module was written) is shown in English (`withEnglish`) and listed by
 * `untranslated` (the CLI's `--translations`).
 */
export interface LocaleModule {
  /** The words shown beside a record (`loadReaderLabels`); its `lang` tag is required. */
  readonly readerLabels: Translation<ReaderLabels> & Pick<ReaderLabels, 'lang'>;
  /** The widget's interface text (`<ai-training-verdict>`, `<ai-training-table>`); `lang` required. */
  readonly interfaceText: Translation<InterfaceText> & Pick<InterfaceText, 'lang'>;
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
