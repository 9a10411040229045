// What a reader sees when each snippet of the embed generator (VARIANTS) is pasted where a blog
// sanitizes it, with each sanitizer's defaults: the embed guide's table. test/sanitizers.test.ts
// pastes every snippet through each and fails when what a reader gets differs from this.

/** @typedef {import('./platforms.js').Variant} Variant */

/**
 * What the snippet goes through: nothing (`none`, a platform that keeps what you paste), WordPress's
 * kses (`wp_kses_post`), DOMPurify or sanitize-html.
 */
export const FILTERS = /** @type {const} */ (['none', 'kses', 'dompurify', 'sanitize-html']);

/** @typedef {(typeof FILTERS)[number]} Filter */

/**
 * What the reader gets: the card (live, pre-rendered or in its frame), the static card (its text,
 * styled or not), the badge image, the link to the tool's source, or the link to the tool's page on
 * the project's site (which a platform that previews links unfurls).
 *
 * @typedef {'card' | 'static card' | 'badge' | 'link' | 'page link' | 'nothing'} Outcome
 */

/** The words of each filter, as the guide's table heads them. */
export const FILTER_LABELS = /** @type {const} */ ({
  none: 'Pasted as is',
  kses: 'WordPress kses (wp_kses_post)',
  dompurify: 'DOMPurify',
  'sanitize-html': 'sanitize-html',
});

/** @type {Record<Variant, Record<Filter, Outcome>>} */
export const SANITIZER_RESULTS = {
  // kses and sanitize-html keep the pre-rendered card's markup without its template and style:
  // its text, unstyled, then the link. DOMPurify drops the template whole: the link.
  card: { none: 'card', kses: 'static card', dompurify: 'link', 'sanitize-html': 'static card' },
  compact: { none: 'card', kses: 'link', dompurify: 'link', 'sanitize-html': 'link' },
  table: { none: 'card', kses: 'link', dompurify: 'link', 'sanitize-html': 'link' },
  'static-card': {
    none: 'static card',
    kses: 'static card',
    dompurify: 'static card',
    'sanitize-html': 'static card',
  },
  // sanitize-html allows no images by default: a badge there is nothing.
  'badge-html': { none: 'badge', kses: 'badge', dompurify: 'badge', 'sanitize-html': 'nothing' },
  iframe: { none: 'card', kses: 'link', dompurify: 'link', 'sanitize-html': 'link' },
  'badge-markdown': {
    none: 'badge',
    kses: 'badge',
    dompurify: 'badge',
    'sanitize-html': 'nothing',
  },
  'page-link': {
    none: 'page link',
    kses: 'page link',
    dompurify: 'page link',
    'sanitize-html': 'page link',
  },
  link: { none: 'link', kses: 'link', dompurify: 'link', 'sanitize-html': 'link' },
};
