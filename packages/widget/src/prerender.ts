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
// First, before @lit-labs/ssr replaces it: see lit-render-root.ts.
import { litCreateRenderRoot } from './internal/lit-render-root.js';
import { isStale, localeModules } from '@ai-training-verdict/sdk/record';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { LitElement, type CSSResult } from 'lit';
import styles from './ai-training-verdict/ai-training-verdict.styles.js';
import { framedCard, headingLevel, parseSections } from './internal/card.js';
import { dateFormatter, stringsFor } from './internal/i18n.js';
import type { ToolRecord } from './internal/record.js';
import * as sections from './internal/sections.js';

// In a browser, the page's Lit elements (the card itself among them) keep adopting their styles.
if (typeof document !== 'undefined') LitElement.prototype['createRenderRoot'] = litCreateRenderRoot;

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

/** The element's styles, one `<style>`'s text: each line break with its indentation one space. */
function styleText(): string {
  return ([styles] as unknown[])
    .flat(Infinity)
    .map((sheet) => (sheet as CSSResult).cssText)
    .join('\n')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * The card the element draws for `record` with `options`, as
 * `<template shadowrootmode="open"><style>…</style><div class="frame">…</div></template>`:
 * the same template, options and styles as the live card, so it has the live card's size at every
 * width. The "may be out of date" note is the live card's on the day it is drawn.
 *
 * Lit's hydration markers (comments, and the `<?>` placeholder) are left out: the element replaces the card when its record
 * loads. The CSS sits in an HTML comment inside `<style>`: CSS ignores `<!--` and `-->` at the top
 * of a style sheet, and a platform that strips the `<style>` tag but keeps its text (WordPress's
 * kses) is left with a comment, not 5 kB of CSS printed in the post.
 */
export async function prerenderCard(
  record: ToolRecord,
  options: PrerenderOptions = {},
): Promise<string> {
  const lang = options.lang || 'en';
  const t = await stringsFor(lang);
  // A page shows English when a language's words fail to load; a build must not write that
  // silently into a page it labels as the other language.
  const language = lang.toLowerCase().split('-')[0]!;
  if (Object.prototype.hasOwnProperty.call(localeModules, language) && t.lang !== language) {
    throw new Error(`prerenderCard: the words of "${language}" could not be loaded`);
  }
  const markup = collectResultSync(
    render(
      framedCard(record, {
        t,
        date: dateFormatter(lang, t.lang),
        level: headingLevel(options.headingLevel),
        tokens: parseSections(options.sections),
        stale: isStale(record),
        tier: options.tier,
        sections,
      }),
    ),
  )
    .replace(/<!--[^]*?-->/g, '')
    // lit-html ends a template whose last part is a binding with `<?>`, which a browser reads as
    // a comment but an HTML validator rejects as an XML processing instruction. Record text never
    // reaches here as `<?>`: it is escaped (`&lt;?>`).
    .replace(/<\?>/g, '')
    // The templates' indentation (the browser collapses it anyway).
    .replace(/\n\s*/g, '\n')
    .trim();
  return `<template shadowrootmode="open"><style><!--${styleText()}--></style>${markup}</template>`;
}
