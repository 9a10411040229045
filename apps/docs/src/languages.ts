/**
 * The interface languages the element ships, for the generator's menu and the stories: the SDK's
 * `READER_LOCALES` (the one list of them), each named in itself, so a new language appears here
 * without an edit.
 */
import { READER_LOCALES, type ReaderLocale } from '@ai-training-verdict/sdk';

/**
 * A language's name in that language, as a menu of languages shows it: "Deutsch", "Français".
 * The browser's own names (`Intl.DisplayNames`), capitalised as a menu item.
 */
export function autonym(id: string): string {
  const name = new Intl.DisplayNames([id], { type: 'language' }).of(id) ?? id;
  return name.charAt(0).toLocaleUpperCase(id) + name.slice(1);
}

/** A language's name in English ("German"): what a one-language story is exported as. */
export const englishName = (id: string): string =>
  new Intl.DisplayNames(['en'], { type: 'language' }).of(id) ?? id;

/** Every interface language, English first, with its name in itself. */
export const LANGUAGES: readonly { readonly id: ReaderLocale; readonly label: string }[] =
  READER_LOCALES.map((id) => ({ id, label: autonym(id) }));
