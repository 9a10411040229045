/**
 * The interface languages the generator offers: the one place it reads them. The list is the
 * SDK's `READER_LOCALES` (the languages the element ships), so a language added there shows up
 * here with nothing to edit; each is named in its own language by the browser's `Intl.DisplayNames`
 * (CLDR), capitalised as a menu item is ("Français", not "français").
 */
import { READER_LOCALES } from '@ai-training-verdict/sdk';

/** A language choice: its code, and its name in that language. */
export interface LanguageOption<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

/** The choices for `locales`, in their order. */
export function languageOptions<Id extends string>(locales: readonly Id[]): LanguageOption<Id>[] {
  return locales.map((id) => {
    const name = new Intl.DisplayNames([id], { type: 'language' }).of(id) ?? id;
    return { id, label: name.charAt(0).toLocaleUpperCase(id) + name.slice(1) };
  });
}

/** The languages the generator offers: every language the element ships, English (the default) first. */
export const LANGUAGES = languageOptions(READER_LOCALES);
