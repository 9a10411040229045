// Where bloggers paste, and what works there: the one list the embed generator's "Where does it
// go?" choice, the embed guide's table and the sanitizer tests (test/sanitizers.test.ts) all read.
// A platform lists the snippet forms (VARIANTS) that work on it, the one to use first.

/**
 * The snippet forms the generator writes. `format` is the language of the snippet (only `html` is
 * previewed as a page); `script` says it needs the page to run the card's script.
 */
export const VARIANTS = /** @type {const} */ ([
  { id: 'card', label: 'Card', script: true, format: 'html' },
  { id: 'compact', label: 'Compact, inline in a sentence', script: true, format: 'html' },
  { id: 'table', label: 'Comparison table', script: true, format: 'html' },
  { id: 'static-card', label: 'Static card, HTML (no JS)', script: false, format: 'html' },
  { id: 'badge-html', label: 'Badge, HTML image (no JS)', script: false, format: 'html' },
  { id: 'iframe', label: 'Iframe (no JS)', script: false, format: 'html' },
  { id: 'badge-markdown', label: 'Badge, Markdown (no JS)', script: false, format: 'markdown' },
  { id: 'page-link', label: 'Link to the tool’s page (unfurls)', script: false, format: 'text' },
  { id: 'link', label: 'Link only', script: false, format: 'text' },
]);

/** @typedef {(typeof VARIANTS)[number]['id']} Variant */

/** @typedef {Extract<import('./sanitizer-results.js').Filter, 'none' | 'kses'>} Filter */

/**
 * @typedef {object} Platform
 * @property {string} id
 * @property {string} label What the generator's choice says.
 * @property {Filter} filter What the platform does to pasted HTML.
 * @property {readonly Variant[]} variants The forms that work there, the recommended one first.
 * @property {string} how Where to paste it, in the platform's words.
 */

/** @type {readonly Platform[]} */
export const PLATFORMS = [
  {
    id: 'wordpress-admin',
    label: 'WordPress, as an administrator',
    filter: 'none',
    variants: ['card', 'compact', 'table', 'static-card', 'badge-html'],
    how: 'A Custom HTML block. Administrators (and editors on a single site) may post script: WordPress calls this unfiltered_html.',
  },
  {
    id: 'wordpress-author',
    label: 'WordPress, as an author or contributor, or a hosted plan without plugins',
    filter: 'kses',
    variants: ['static-card', 'badge-html', 'link'],
    how: 'A Custom HTML block. WordPress runs what you paste through wp_kses_post: no script, no style element, no iframe; inline style attributes mostly stay.',
  },
  {
    id: 'ghost',
    label: 'Ghost',
    filter: 'none',
    variants: ['card', 'compact', 'table', 'static-card', 'badge-html', 'iframe'],
    how: 'An HTML card in the post. To load the script once for the site, put it in Settings → Code injection → Site header.',
  },
  {
    id: 'blogger',
    label: 'Blogger',
    filter: 'none',
    variants: ['card', 'compact', 'table', 'static-card', 'badge-html', 'iframe'],
    how: 'The post editor’s HTML view (the pencil icon’s menu: HTML view), then paste.',
  },
  {
    id: 'squarespace',
    label: 'Squarespace',
    filter: 'none',
    variants: ['card', 'compact', 'table', 'static-card', 'badge-html', 'iframe'],
    how: 'A Code block set to HTML. Plans that do not run JavaScript in Code blocks show the card’s built-in fallback: use the static card there.',
  },
  {
    id: 'own-site',
    label: 'A site you build (HTML, Hugo, Jekyll, Astro, a framework)',
    filter: 'none',
    variants: ['card', 'compact', 'table', 'static-card', 'badge-html', 'iframe', 'badge-markdown'],
    how: 'Your page or template; with a bundler, install @ai-training-verdict/widget instead (see below).',
  },
  {
    id: 'markdown',
    label: 'Markdown without HTML (a GitHub README, a Markdown-only blog)',
    filter: 'none',
    variants: ['badge-markdown', 'page-link', 'link'],
    how: 'Paste the Markdown where the text goes.',
  },
  {
    id: 'link-only',
    label: 'A platform that takes only a link (Medium, Substack, Notion, Slack, social posts)',
    filter: 'none',
    variants: ['page-link', 'link'],
    how: 'Paste the address on a line of its own. A platform that previews links shows the page’s title, its short answer and its verdict image; one that embeds pages by oEmbed shows the card.',
  },
];

/** The form of each id. @param {string} id */
export const variantOf = (id) => VARIANTS.find((v) => v.id === id);
