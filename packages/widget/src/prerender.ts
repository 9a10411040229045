/**
 * `@ai-training-verdict/widget/prerender.js`: the card `<ai-training-verdict>` draws for a record,
 * as HTML to put inside the element, a declarative shadow root (see the README, "No layout shift").
 * The one pre-render: the build's `static/prerendered/<id>.html` (scripts/build-static.mjs, in
 * Node) and the docs site's embed generator (in the browser) both call it.
 *
 * It renders the element's own template (`framedCard`, the one its `render()` returns for a loaded
 * record) and styles with Lit's server renderer, `@lit-labs/ssr`, which runs in Node and in a
 * browser alike. Lit escapes every record string: records are data, never markup.
 */
import { isStale, localeModules } from '@ai-training-verdict/sdk/record';
import type { TemplateResult } from 'lit';
import tableStyles from './ai-training-table/ai-training-table.styles.js';
import styles from './ai-training-verdict/ai-training-verdict.styles.js';
import { framedCard, headingLevel, parseSections } from './internal/card.js';
import { vendorTiers } from './internal/evidence.js';
import { dateFormatter, stringsFor, type Text } from './internal/i18n.js';
import type { ToolRecord } from './internal/record.js';
import * as sections from './internal/sections.js';
import { cssText, htmlOf } from './internal/ssr.js';
import { tableTemplate } from './internal/table.js';

/**
 * The card's verdict colours (the one colour map: each tone's light and dark pair) and the tone of
 * each verdict, for pictures of the card drawn elsewhere, such as the site's link-preview images.
 */
export { PALETTE, type Tone } from './internal/palette.js';
export { toneOf } from './internal/templates.js';

/** The element's attributes the card depends on, as the snippet writes them. */
export interface PrerenderOptions {
  /** The page's (or the element's) `lang`; default `en`. */
  readonly lang?: string | undefined;
  /** The `sections` attribute; default the element's (`answer tiers sources`). */
  readonly sections?: string | undefined;
  /** The `tier` attribute. */
  readonly tier?: string | undefined;
  /** The `heading-level` attribute; default 3. */
  readonly headingLevel?: number | string | undefined;
}

/**
 * The words of `lang` (the page's or the element's `lang`; default `en`). A page shows English when
 * a language's words fail to load; a build must not write that silently into a page it labels as
 * the other language, so this throws instead.
 */
async function wordsFor(lang: string): Promise<Text> {
  const t = await stringsFor(lang);
  const language = lang.toLowerCase().split('-')[0]!;
  if (Object.prototype.hasOwnProperty.call(localeModules, language) && t.lang !== language) {
    throw new Error(`prerender: the words of "${language}" could not be loaded`);
  }
  return t as Text;
}

/**
 * A template rendered to HTML (without Lit's markers: the element replaces what it finds when its
 * record loads) inside a declarative shadow root with `sheets` as its `<style>`. The CSS sits in
 * an HTML comment inside `<style>`: CSS ignores `<!--` and `-->` at the top of a style sheet, and a
 * platform that strips the `<style>` tag but keeps its text (WordPress's kses) is left with a
 * comment, not 5 kB of CSS printed in the post.
 */
function shadowRoot(template: TemplateResult, sheets: unknown): string {
  // Each line break of the CSS, with its indentation, one space.
  const css = cssText(sheets)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return `<template shadowrootmode="open"><style><!--${css}--></style>${htmlOf(template)}</template>`;
}

/**
 * The card the element draws for `record` with `options`, as
 * `<template shadowrootmode="open"><style>…</style><div class="frame">…</div></template>`:
 * the same template, options and styles as the live card, so it has the live card's size at every
 * width. The "may be out of date" note is the live card's on the day it is drawn.
 */
export async function prerenderCard(
  record: ToolRecord,
  options: PrerenderOptions = {},
): Promise<string> {
  const lang = options.lang || 'en';
  const t = await wordsFor(lang);
  return shadowRoot(
    framedCard(record, {
      t,
      date: dateFormatter(lang, t.lang),
      level: headingLevel(options.headingLevel),
      tokens: parseSections(options.sections),
      stale: isStale(record),
      tier: options.tier,
      sections,
    }),
    styles,
  );
}

/**
 * The table `<ai-training-table>` draws for `records` (one row each, in this order), as a
 * declarative shadow root to put inside the element, as `prerenderCard` does for the card: the
 * element's own template and styles. `lang` is the page's (or the element's); default `en`.
 */
export async function prerenderTable(
  records: readonly ToolRecord[],
  options: Pick<PrerenderOptions, 'lang'> = {},
): Promise<string> {
  const lang = options.lang || 'en';
  const t = await wordsFor(lang);
  return shadowRoot(
    tableTemplate(records, { t, date: dateFormatter(lang, t.lang), vendorTiers }),
    tableStyles,
  );
}
