/**
 * static/cards/<id>.html (the card as an HTML fragment styled with style="" attributes only) and
 * static/embed/<id>.html (a whole page holding it, for an <iframe>), for platforms that strip
 * <script> and <style> (scripts/build-static.mjs writes them). In Node only (juice, cheerio).
 *
 * The static card is the element's own card template (internal/card.ts) rendered to HTML by Lit's
 * server renderer, @lit-labs/ssr, with the element's own styles inlined into style="" attributes
 * by juice. So it says what the live card says, in the same words, colours, date format and URL
 * check; only what cannot hold outside a shadow root is adjusted, each step below saying why. Lit
 * escapes every record string: records are data, never markup.
 */
import { xmlText } from '@ai-training-verdict/data/output';
import * as cheerio from 'cheerio';
import juice from 'juice';
import cardStyles from '../ai-training-verdict/ai-training-verdict.styles.js';
import { card, DEFAULT_SECTIONS, parseSections } from '../internal/card.js';
import { dateFormatter, type CardText } from '../internal/i18n.js';
import type { ToolRecord } from '../internal/record.js';
import { cssText, htmlOf } from '../internal/ssr.js';
import { badgeText } from './badge.js';

/** What a static embed is drawn with: the element's words in one language, the data release. */
export interface Look {
  readonly strings: CardText;
  readonly version?: string | undefined;
}

/** The sections of a card without a `sections` attribute, in the card's order. */
const DEFAULT_TOKENS = parseSections(DEFAULT_SECTIONS);

/**
 * The element's styles as a stylesheet juice can apply to light DOM: `:host` becomes the class of
 * a wrapper standing in for the host element (so its custom-property defaults resolve), and
 * `:host([theme='dark'])` that class with the attribute, which the wrapper never has.
 */
const STYLESHEET = cssText(cardStyles)
  .replace(/:host\(([^()]*)\)/g, '.atv-host$1')
  .replace(/:host\b/g, '.atv-host');

/**
 * A plain colour before a declaration that uses `light-dark()` or `color-mix()`, for a sanitiser
 * that drops declarations with functions it does not know (WordPress's keeps only simple values):
 * the light-scheme colour, or the text colour for a colour mixed from it.
 */
function plainFallback(property: string, value: string): string | undefined {
  if (!/light-dark\(|color-mix\(/.test(value)) return undefined;
  if (/^background/.test(property) && value.includes('color-mix(')) return undefined;
  return value
    .replace(/light-dark\(\s*([^,()]+?)\s*,[^()]*\)/g, '$1')
    .replace(/color-mix\([^()]*\)/g, 'currentColor');
}

/**
 * Rewrites one inlined `style` value: drops what did not resolve outside the shadow root (a
 * `var()` of an unset property, such as `--atv-font-family`, which in the live card means "the
 * page's") and the universal `box-sizing` reset, and adds plain fallbacks.
 */
function tidyStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration && !declaration.includes('var('))
    .filter((declaration) => declaration !== 'box-sizing: border-box')
    .flatMap((declaration) => {
      const colon = declaration.indexOf(':');
      const property = declaration.slice(0, colon).trim();
      const fallback = plainFallback(property, declaration.slice(colon + 1).trim());
      return fallback ? [`${property}: ${fallback}`, declaration] : [declaration];
    })
    .join('; ');
}

/**
 * A static card: the element's default card (name, vendor, the verdict, opt-out and ZDR / DPA
 * badges, short answer, summary, tier table, sources, last verified, confidence, caveat,
 * disclaimer, feed link) as an HTML fragment styled with `style` attributes only, because Medium,
 * Substack and GitHub strip `<style>` and scripts. Where a platform strips `style` too (GitHub), it
 * stays readable: a heading line, paragraphs, a real table and a list of links.
 *
 * Outside a shadow root, classes, parts and ids would meet the page's own CSS (a theme's `.badge`)
 * and ids (two cards on a page), so they go once the styles are inlined.
 *
 * Staleness depends on the day it is read, which a static file cannot know: the "may be out of
 * date" note is shown for a record that was never verified, and every card shows its last
 * verification date and, after it, the data release it was drawn from.
 */
export function renderCard(record: ToolRecord, { strings: t, version }: Look): string {
  const markup = htmlOf(
    card(record, {
      t,
      date: dateFormatter(t.lang, t.lang),
      level: 3,
      tokens: DEFAULT_TOKENS,
      // A static card cannot know the day it is read: it says "may be out of date" only when
      // nothing dates the record at all (no evidence seen, never verified).
      stale: !(record.evidenceSeen ?? record.lastVerified),
    }),
  );
  const provenance = version
    ? `<p class="provenance">AI training verdict, data ${xmlText(version)}</p>`
    : '';
  const inlined = juice.inlineContent(
    `<div class="atv-host">${markup}${provenance}</div>`,
    `${STYLESHEET}\n.provenance{margin:.25em 0 0;font-size:.8125em;color:var(--atv-muted-color)}`,
    {
      removeStyleTags: true,
      preserveMediaQueries: false,
      preservePseudos: false,
      preserveFontFaces: false,
      preserveKeyFrames: false,
      applyWidthAttributes: false,
      applyHeightAttributes: false,
      applyAttributesTableElements: false,
      resolveCSSVariables: true,
    },
  );
  const $ = cheerio.load(inlined, null, false);
  $('[style]').each((_, el) => {
    const style = tidyStyle($(el).attr('style') ?? '');
    if (style) $(el).attr('style', style);
    else $(el).removeAttr('style');
  });
  $('[class], [part], [id], [aria-labelledby]').removeAttr('class part id aria-labelledby');
  return `${$.html()}\n`;
}

/**
 * A whole page holding the card, for platforms that allow an `<iframe>` but no script. Its
 * Content-Security-Policy forbids every script and request, it follows the reader's light or dark
 * scheme, and its links open outside the frame.
 */
export function renderEmbedPage(record: ToolRecord, look: Look): string {
  const { title } = badgeText(record, look.strings);
  return `<!doctype html>
<html lang="${xmlText(look.strings.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${xmlText(title)}</title>
<base target="_blank">
</head>
<body style="margin:0;padding:1px 8px;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:Canvas;color:CanvasText">
${renderCard(record, look)}</body>
</html>
`;
}
