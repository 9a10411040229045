/**
 * The interface languages the element ships, for the generator's menu and the stories: the SDK's
 * `READER_LOCALES` (the one list of them), each named in itself, so a new language appears here
 * without an edit.
 */
import { READER_LOCALES, type ReaderLocale } from '@ai-training-verdict/sdk';
import { autonym } from './language-names.js';

export { autonym, englishName } from './language-names.js';

/** Every interface language, English first, with its name in itself. */
export const LANGUAGES: readonly { readonly id: ReaderLocale; readonly label: string }[] =
  READER_LOCALES.map((id) => ({ id, label: autonym(id) }));
