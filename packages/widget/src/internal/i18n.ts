/**
 * Which language the interface speaks, and its text. The locale comes from `lang` on the element or
 * its closest ancestor (issue #4); English is bundled, the others are the SDK's modules of each
 * language (`localeModules`, the one list of them), loaded on demand, so an English page never
 * downloads them. A word a language lacks is shown in English (`withEnglish`): the card's words
 * here, each lazily loaded part's where it is used, with that part's English (`en-sections`…).
 */
import {
  localeModules,
  withEnglish,
  type CardText,
  type InterfaceText,
  type Translation,
} from '@ai-training-verdict/sdk/record';
import type { TemplateResult } from 'lit';
import en from '../locales/en.js';

export { withEnglish };
export type { CardText };

/** A language's text: the card's words complete, each lazily loaded part's as far as translated. */
export type Text = CardText & Translation<InterfaceText>;

/** The `lang` that applies to `el`: its own or its closest ancestor's (light DOM), else "en". */
export const langOf = (el: Element): string => el.closest('[lang]')?.getAttribute('lang') || 'en';

/**
 * The text for a BCP 47 tag: `de-AT` gives German; a language we do not ship gives English, so the
 * interface is always complete (and marked with the language it is really in), as is a language
 * whose chunk fails to load.
 */
export function stringsFor(tag: string): CardText | Promise<Text> {
  const language = tag.toLowerCase().split('-')[0]!;
  const load =
    Object.prototype.hasOwnProperty.call(localeModules, language) &&
    localeModules[language as keyof typeof localeModules];
  // import() keeps a module once loaded; after a failed chunk, the next load asks for it again.
  return load
    ? load().then(
        (module) => withEnglish<Text>(en, module.interfaceText),
        () => en,
      )
    : en;
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
 * 2026"); UTC, so no time zone moves a date to the day before. Made where dates are drawn: a
 * page's first `Intl.DateTimeFormat` costs tens of milliseconds, which a card kept as pre-rendered
 * (prerendered.ts, `adopts`) never spends.
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
