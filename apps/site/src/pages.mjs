// The HTML of each kind of page, as strings: the page around the card. The card itself is the
// widget's (`prerenderCard`, passed in as `card`); record text reaching these functions is escaped
// with the data package's `xmlText`, the one escaper every writer of the project uses.
import { xmlText } from '@ai-training-verdict/data/output';
import { format } from '@ai-training-verdict/sdk';
import { englishWords, languageName, siteWords } from './words.mjs';

const esc = xmlText;

/**
 * What every page's head says about it, for search engines and link previews.
 *
 * @typedef {object} Preview
 * @property {string} title
 * @property {string} description
 * @property {string} canonical  Absolute URL.
 * @property {string} image  Absolute URL of a 1200 x 630 PNG.
 * @property {string} imageAlt
 * @property {string} lang
 * @property {string} siteName
 */

/** The tags a link preview reads: title, description, canonical, `og:` and `twitter:`. */
export function previewTags(/** @type {Preview} */ p) {
  const meta = (
    /** @type {string} */ attr,
    /** @type {string} */ key,
    /** @type {string} */ value,
  ) => `<meta ${attr}="${key}" content="${esc(value)}">`;
  return [
    `<title>${esc(p.title)}</title>`,
    meta('name', 'description', p.description),
    `<link rel="canonical" href="${esc(p.canonical)}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', p.siteName),
    meta('property', 'og:locale', p.lang),
    meta('property', 'og:title', p.title),
    meta('property', 'og:description', p.description),
    meta('property', 'og:url', p.canonical),
    meta('property', 'og:image', p.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', p.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', p.title),
    meta('name', 'twitter:description', p.description),
    meta('name', 'twitter:image', p.image),
    meta('name', 'twitter:image:alt', p.imageAlt),
  ].join('\n');
}

/**
 * A whole page. `root` is the relative path from the page to the site's root ("../../"), so the
 * folder works under any base path and from `file:`; only the head's addresses are absolute.
 *
 * @param {{ lang: string, root: string, head: string, body: string, script?: boolean }} page
 */
export function document(page) {
  return `<!doctype html>
<html lang="${esc(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${page.head}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${page.root}site.css">
${page.script === false ? '' : `<script type="module" src="${page.root}cdn/ai-training-verdict.js"></script>\n`}</head>
<body>
${page.body}
</body>
</html>
`;
}

/**
 * The site's header: its name, linking to the index, and the page's other languages (`path` is
 * each one's path from the site's root; `root` the way there from this page).
 */
export function header(
  /** @type {string} */ root,
  /** @type {{ lang: string, path: string }[]} */ languages = [],
  /** @type {string} */ current = 'en',
) {
  const words = siteWords[/** @type {keyof typeof siteWords} */ (current)];
  const others = languages
    .filter((l) => l.lang !== current)
    .map(
      (l) =>
        `<a href="${esc(`${root}${l.path}`)}" hreflang="${esc(l.lang)}" lang="${esc(l.lang)}">${esc(languageName(l.lang))}</a>`,
    );
  const nav = others.length
    ? `<nav aria-label="${esc(words.otherLanguages)}">${others.join(' · ')}</nav>`
    : '';
  return `<header><a class="site" href="${root}">${esc(englishWords.siteName)}</a>${nav}</header>`;
}

/**
 * The `<ai-training-verdict>` element holding its pre-rendered card: the card shows as the page
 * parses, with JavaScript off too, and the script only takes it over. `attributes` are the
 * element's (the same choices `card` was drawn with, so the live card is the same card).
 *
 * @param {Record<string, string | undefined>} attributes
 * @param {string} card  `prerenderCard`'s output.
 */
export function cardElement(attributes, card) {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${esc(/** @type {string} */ (value))}"`)
    .join('');
  return `<ai-training-verdict${attrs}>${card}</ai-training-verdict>`;
}

/**
 * "Check another tool": every other tool, by name, linking to its page in the same language.
 *
 * @param {{ id: string, name: string }[]} tools
 * @param {string} currentId
 * @param {string} heading
 */
export function otherTools(tools, currentId, heading) {
  const items = tools
    .filter((t) => t.id !== currentId)
    .map((t) => `<li><a href="../${esc(t.id)}/">${esc(t.name)}</a></li>`)
    .join('\n');
  return `<section aria-labelledby="another"><h2 id="another">${esc(heading)}</h2>\n<ul class="tools">\n${items}\n</ul></section>`;
}

/** `hreflang` alternates of a page in each language, and `x-default` (English). */
export function alternates(/** @type {{ lang: string, url: string }[]} */ languages) {
  const en = languages.find((l) => l.lang === 'en');
  return [
    ...languages.map(
      (l) => `<link rel="alternate" hreflang="${esc(l.lang)}" href="${esc(l.url)}">`,
    ),
    ...(en ? [`<link rel="alternate" hreflang="x-default" href="${esc(en.url)}">`] : []),
  ].join('\n');
}

/** A page that sends readers on to `target`: meta refresh, a link, and a canonical to it. */
export function redirectBody(
  /** @type {string} */ root,
  /** @type {string} */ oldId,
  /** @type {string} */ name,
  /** @type {string} */ href,
) {
  return `${header(root)}
<main>
<h1>${esc(format(englishWords.moved, { old: oldId, name }))}</h1>
<p><a href="${esc(href)}">${esc(format(englishWords.goTo, { name }))}</a></p>
</main>`;
}

export { esc };
