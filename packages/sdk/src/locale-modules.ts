/**
 * Where the words of each language but English load from, on a module of its own that imports no
 * words: an interface that bundles English and loads the others on demand (the widget's card, through
 * `@ai-training-verdict/sdk/record`) takes this list without the English message tables of
 * `labels.ts`, which a bundler would otherwise put in the same chunk.
 */
import type { InterfaceText } from './interface-text.js';
import type { ReaderLabels } from './reader-labels.js';
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

/** The module of each language but English, in the order the languages are listed. */
const modules = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
} satisfies Record<string, () => Promise<LocaleModule>>;

/**
 * The module of each language but English, loaded on demand: the one list of those modules, which
 * `loadReaderLabels` and the widget both load from. `READER_LOCALES` is English and these keys, so a
 * language is its module (`src/locales/<lang>.ts`) and its line here; the build's entries, the
 * package's `./locales/*` export and the docs follow `READER_LOCALES`.
 */
export const localeModules: Readonly<Record<keyof typeof modules, () => Promise<LocaleModule>>> =
  modules;

/** `['en', ...keys]`, as a call a bundler drops where `READER_LOCALES` is unused (the widget's entry). */
const englishAnd = <K extends string>(keys: Record<K, unknown>): readonly ['en', ...K[]] => [
  'en',
  ...(Object.keys(keys) as K[]),
];

/** Every language the project ships reader-facing labels in; English first, the default. */
export const READER_LOCALES = /* @__PURE__ */ englishAnd(modules);

/** One of `READER_LOCALES`. */
export type ReaderLocale = (typeof READER_LOCALES)[number];
