/**
 * Which language the interface speaks, and its text. The locale comes from `lang` on the element or
 * its closest ancestor (issue #4); English is bundled, the others are separate modules loaded on
 * demand, so an English page never downloads them.
 */
import type { ReaderLocale } from '@ai-training-verdict/sdk';
import type { TemplateResult } from 'lit';
import en, { type LocaleStrings, type Strings } from '../locales/en.js';

export type { LocaleStrings, Strings };

/**
 * The other shipped locales, each its own chunk. Typed by the SDK's `ReaderLocale`, so a language
 * the SDK adds to `READER_LOCALES` does not compile here until the widget ships it too.
 */
const LOCALES: Readonly<
  Record<Exclude<ReaderLocale, 'en'>, () => Promise<{ default: LocaleStrings }>>
> = {
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  es: () => import('../locales/es.js'),
};

const loaded = new Map<string, Promise<LocaleStrings>>();

/** The `lang` that applies to `el`: its own or its closest ancestor's (light DOM), else "en". */
export const langOf = (el: Element): string => el.closest('[lang]')?.getAttribute('lang') || 'en';

/**
 * The text for a BCP 47 tag: `de-AT` gives German; a language we do not ship gives English, so the
 * interface is always complete (and marked with the language it is really in).
 */
export function stringsFor(tag: string): Strings | Promise<LocaleStrings> {
  const language = tag.toLowerCase().split('-')[0]!;
  const load =
    Object.prototype.hasOwnProperty.call(LOCALES, language) &&
    LOCALES[language as keyof typeof LOCALES];
  if (!load) return en;
  let strings = loaded.get(language);
  if (!strings) {
    strings = load().then((module) => module.default);
    // A failed chunk may be retried later; until then the caller falls back to English.
    strings.catch(() => loaded.delete(language));
    loaded.set(language, strings);
  }
  return strings;
}

/**
 * Fills `{name}` placeholders with strings or templates in one pass, so record text (which may
 * contain braces) is never expanded again and can carry its own `lang` attribute.
 */
export function fill(
  template: string,
  values: Readonly<Record<string, string | TemplateResult>>,
): Array<string | TemplateResult> {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (values[part] ?? `{${part}}`) : part));
}

/**
 * Formats record dates (`YYYY-MM-DD`) as readers of the interface language write them. The page's
 * own tag is used when it is that language (so `en-GB` gives "1 June 2026" and `en-US` "June 1,
 * 2026"); UTC, so no time zone moves a date to the day before.
 */
export function dateFormatter(tag: string, lang: string): (iso: string) => string {
  const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(
      tag.toLowerCase().split('-')[0] === lang ? [tag, lang] : lang,
      options,
    );
  } catch {
    format = new Intl.DateTimeFormat(lang, options); // a malformed `lang` on the page
  }
  return (iso) => {
    const date = new Date(`${iso}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(date.getTime())
      ? format.format(date)
      : iso;
  };
}
