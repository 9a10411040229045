/**
 * The snippet the generator's choices give: which of src/snippets.js's writers a variant uses, and
 * with what. Nothing here draws or fetches: the element passes in the static card it fetched and
 * the card it pre-rendered.
 */
import type { Variant } from '../platforms.js';
import {
  badgeHtml,
  badgeMarkdown,
  elementTag,
  embedFiles,
  embedSnippet,
  iframeSnippet,
  linkText,
  pageLink,
  scriptTags,
  type ElementOptions,
  type SiteInfo,
} from '../snippets.js';

/** What a blogger chooses in the generator's form. */
export interface Choices {
  readonly variant: Variant;
  readonly tool: string;
  readonly tools: readonly string[];
  readonly chosenSections: readonly string[];
  readonly tier: string;
  readonly theme: 'auto' | 'light' | 'dark';
  readonly language: string;
  readonly headingLevel: number;
}

/** Page text around a compact badge, as a blogger would write it. */
const SENTENCE_BEFORE = 'Does it train on what you type?';

/** Whether `chosen` is the element's default set of sections, in any order. */
function isDefaultSections(chosen: readonly string[], defaults: readonly string[]): boolean {
  return chosen.length === defaults.length && defaults.every((token) => chosen.includes(token));
}

/**
 * The element's attributes for the choices: the ones the chosen variant uses, each left at its
 * default where the variant has no such option. `prerendered` is the card drawn for these choices
 * (card variant only).
 */
export function elementOptions(
  choices: Choices,
  defaultSections: readonly string[],
  prerendered: string,
): ElementOptions {
  const variant =
    choices.variant === 'compact' || choices.variant === 'table' ? choices.variant : 'card';
  return {
    variant,
    tool: choices.tool,
    tools: [...choices.tools],
    // The element's default set needs no attribute.
    sections:
      variant === 'card' && !isDefaultSections(choices.chosenSections, defaultSections)
        ? [...choices.chosenSections]
        : [],
    tier: variant === 'table' ? '' : choices.tier,
    theme: choices.theme,
    lang: choices.language,
    headingLevel: variant === 'card' ? choices.headingLevel : 3,
    prerendered: variant === 'card' ? prerendered : '',
  };
}

/**
 * The exact text a blogger pastes for the choices. `options` are `elementOptions`'s; `staticCard`
 * is the built static card file's text; `embedPageUrl` gives the embed page's address, for the
 * iframe.
 */
export function snippetFor({
  site,
  choices,
  options,
  staticCard,
  embedPageUrl,
}: {
  site: SiteInfo;
  choices: Choices;
  options: ElementOptions;
  staticCard: string;
  embedPageUrl: () => string;
}): string {
  const { tool, language } = choices;
  switch (choices.variant) {
    case 'badge-markdown':
      return badgeMarkdown(site, tool, language);
    case 'badge-html':
      return badgeHtml(site, tool, language);
    case 'static-card':
      return staticCard;
    case 'page-link':
      return pageLink(site, tool, language);
    case 'link':
      return linkText(site, tool, language);
    case 'iframe':
      return iframeSnippet(site, tool, embedPageUrl(), language);
    case 'compact':
      return `${scriptTags(site, tool)}\n<p>${SENTENCE_BEFORE} ${elementTag(site, options)}.</p>`;
    default:
      return embedSnippet(site, options);
  }
}

/**
 * Where the chosen tool's no-JS files are, under static/: the embed page (for an iframe) and the
 * static card; empty when the tool has none in that language.
 */
export function staticFile(
  site: SiteInfo,
  tool: string,
  language: string,
  kind: 'card' | 'embed',
): string {
  return embedFiles(site, tool, language)?.[kind] ?? '';
}
