// The text a blogger pastes, built in one place: the embed generator, the guides, the plain page
// and the browser test all use these functions, so what the docs show is what works.

import { markdownText, markdownUrl, xmlText } from '@ai-training-verdict/data/output';

/**
 * What the docs site knows about the published packages, written by scripts/prepare.mjs at build
 * time (site.json).
 *
 * @typedef {object} SiteInfo
 * @property {string} widgetVersion Version of `@ai-training-verdict/widget` the snippets pin.
 * @property {string} dataVersion Version of the data release bundled in it.
 * @property {string} cdnUrl The card's CDN entry on jsDelivr, pinned to `widgetVersion`.
 * @property {string} integrity `sha384-…` of that file as built.
 * @property {Record<string, { url: string, integrity: string }>} scripts Every CDN entry by the
 *   tag it registers: `ai-training-verdict` (the card) and `ai-training-table`.
 * @property {Record<string, { url: string, integrity: string }>} recordChunks Each tool's record
 *   chunk on the CDN (`cdn/tools/<id>.js`), pinned, with its integrity hash.
 * @property {{ url: string, integrity: string }} hydrationChunk The CDN chunk that tells a
 *   pre-rendered card from the live one (the widget's `src/internal/prerendered.ts`), pinned, with
 *   its integrity hash: an element holding a pre-rendered card imports it with the record.
 * @property {string} staticUrl Base URL (ending in `/`) of the widget's static/ folder on jsDelivr.
 * @property {ToolSummary[]} tools
 * @property {Record<string, { name: string, languages: Record<string, EmbedFiles> }>} embeds The
 *   no-JS embeds of each tool, by language (the widget's static/index.json).
 */

/**
 * @typedef {object} EmbedFiles
 * @property {string} title The badge's words, e.g. "Jasper: trains by default".
 * @property {string} badge Path of the SVG badge under static/.
 * @property {string} card Path of the static card.
 * @property {string} embed Path of the embed page.
 * @property {string} prerendered Path of the default card pre-rendered as a declarative shadow
 *   root, for sites that build their pages themselves (the generator draws its own, see
 *   prerender.ts).
 */

/**
 * @typedef {object} ToolSummary
 * @property {string} id
 * @property {string} name
 * @property {string} vendor
 * @property {string} verdict Headline verdict id.
 * @property {string} verdictLabel Headline verdict in English words.
 * @property {{ id: string, label: string }[]} tiers
 * @property {{ url: string, title: string } | undefined} fallback An https source to link to
 *   where the card cannot render.
 * @property {Record<string, string>} [pages] The tool's page on the project's site, by reader
 *   language: its address unfurls into a preview (title, short answer, verdict image) and, where a
 *   platform embeds by oEmbed, into the card.
 */

/**
 * @typedef {object} ElementOptions What the generator lets a blogger choose.
 * @property {'card' | 'compact' | 'table'} [variant] The full card, the inline badge-sized
 *   variant, or the comparison table.
 * @property {string} [tool] Tool id (card and compact).
 * @property {string[]} [tools] Tool ids (table).
 * @property {string[]} [sections] Section tokens; empty or missing means the element's default.
 * @property {string} [tier] Tier id to highlight.
 * @property {'auto' | 'light' | 'dark'} [theme] `auto` is the default and is left out.
 * @property {string} [lang] Language of the interface text; `en` is the default and is left out.
 * @property {number} [headingLevel] Level of the card's heading; 3 is the default and is left out.
 * @property {string} [prerendered] The card's pre-rendered HTML, a declarative shadow root (see
 *   prerender.ts), put inside the element before its link: the card shows before and without the
 *   script, and the page does not move when the live card replaces it. Card variant only.
 */

/**
 * Record text in an HTML attribute value or between tags: the data package's `xmlText`, the one
 * escaper of every writer (`entities`' escapeUTF8 over all five of `& < > " '`, and nothing XML
 * forbids). More than the HTML parser needs, and what a blog's sanitizer needs too (WordPress's
 * kses ends a tag at the first `>`, even inside a quoted value).
 *
 * @param {string} value
 */
export const escapeAttribute = (value) => xmlText(String(value));

/** @param {string} value */
export const escapeText = escapeAttribute;

/**
 * Record text in Markdown: the data package's `markdownText` (one line, no link, emphasis, HTML or
 * entity can come from it), which the release notes and the weekly issue use too.
 *
 * @param {string} value
 */
export const escapeMarkdown = (value) => markdownText(String(value));

/**
 * An https URL as a link target: the data package's `markdownUrl` (the URL parser's own form, with
 * what would still end or change a Markdown link or an HTML attribute percent-encoded). Anything
 * not https gives undefined: no snippet links to it.
 *
 * @param {string | undefined} url
 * @returns {string | undefined}
 */
export function linkTarget(url) {
  const target = markdownUrl(String(url));
  return target?.startsWith('https:') ? target : undefined;
}

/** The jsDelivr URL of a file in a published npm package, pinned to one version. */
export function jsDelivrUrl(/** @type {string} */ name, /** @type {string} */ version, path = '') {
  return `https://cdn.jsdelivr.net/npm/${name}@${version}/${path}`;
}

/**
 * The script tag of a CDN entry, pinned and with its Subresource Integrity hash: the card's
 * (`ai-training-verdict`, the default) or the table's. `src` replaces the jsDelivr URL (the plain
 * page loads the same file from the docs site).
 *
 * @param {Pick<SiteInfo, 'scripts'>} site
 * @param {{ entry?: string, src?: string }} [options]
 */
export function scriptTag(site, options = {}) {
  const script = site.scripts[options.entry ?? 'ai-training-verdict'];
  if (!script) throw new Error(`No CDN entry "${options.entry}"`);
  return `<script type="module" src="${escapeAttribute(options.src ?? script.url)}" integrity="${escapeAttribute(script.integrity)}" crossorigin="anonymous"></script>`;
}

/**
 * The `modulepreload`s of what the element imports, each pinned and with its integrity hash, so
 * that it downloads beside the entry rather than after it (the entry would only ask for it once it
 * runs, and for the second chunk once the first has loaded): one tool's record chunk (none for a
 * tool without one) and, for an element holding a pre-rendered card, the chunk that compares it
 * with the live card. The element's own `import()` of each URL then finds it loaded, and checked
 * against the hash.
 *
 * @param {Pick<SiteInfo, 'recordChunks' | 'hydrationChunk'>} site
 * @param {string | undefined} tool
 * @param {boolean} [prerendered] Whether the element holds a pre-rendered card.
 */
export function preloadTags(site, tool, prerendered = false) {
  const record = tool ? site.recordChunks[tool] : undefined;
  return [record, record && prerendered ? site.hydrationChunk : undefined]
    .filter((chunk) => chunk !== undefined)
    .map(
      (chunk) =>
        `<link rel="modulepreload" href="${escapeAttribute(chunk.url)}" integrity="${escapeAttribute(chunk.integrity)}" crossorigin="anonymous">`,
    )
    .join('\n');
}

/**
 * What goes before the element: the pinned script tag and, for one tool, the preloads of what it
 * imports (`preloadTags`).
 *
 * @param {Pick<SiteInfo, 'scripts' | 'recordChunks' | 'hydrationChunk'>} site
 * @param {string | undefined} tool
 * @param {{ src?: string }} [scriptOptions]
 * @param {boolean} [prerendered] Whether the element holds a pre-rendered card.
 */
export function scriptTags(site, tool, scriptOptions, prerendered = false) {
  return [scriptTag(site, scriptOptions), preloadTags(site, tool, prerendered)]
    .filter(Boolean)
    .join('\n');
}

/**
 * A tool's no-JS fallback: a link to its first https source, named by the tool and the source.
 * Empty for a tool without one.
 *
 * @param {Pick<SiteInfo, 'tools'>} site
 * @param {string | undefined} id
 */
export function fallbackLink(site, id) {
  const tool = site.tools.find((t) => t.id === id);
  const href = linkTarget(tool?.fallback?.url);
  if (!tool?.fallback || !href) return '';
  return `<a href="${escapeAttribute(href)}">${escapeText(`${tool.name}: ${tool.fallback.title}`)}</a>`;
}

/**
 * The element with the chosen attributes, holding a plain link as its no-JS fallback (a list of
 * them in a table).
 *
 * @param {Pick<SiteInfo, 'tools'>} site
 * @param {ElementOptions} options
 */
export function elementTag(site, options) {
  const variant = options.variant ?? 'card';
  /** @type {string[]} */
  const attributes = [];
  const add = (/** @type {string} */ name, /** @type {string | true} */ value) =>
    attributes.push(value === true ? name : `${name}="${escapeAttribute(value)}"`);
  if (variant === 'table') {
    const ids = options.tools?.length ? options.tools : site.tools.map((t) => t.id);
    add('tools', ids.join(' '));
  } else {
    add('tool', options.tool ?? site.tools[0]?.id ?? '');
    if (variant === 'compact') add('compact', true);
    if (options.sections?.length && variant === 'card') add('sections', options.sections.join(' '));
    if (options.tier) add('tier', options.tier);
  }
  if (options.headingLevel && options.headingLevel !== 3 && variant !== 'compact')
    add('heading-level', String(options.headingLevel));
  if (options.theme && options.theme !== 'auto') add('theme', options.theme);
  if (options.lang && options.lang !== 'en') add('lang', options.lang);

  const tag = variant === 'table' ? 'ai-training-table' : 'ai-training-verdict';
  const open = `<${tag} ${attributes.join(' ')}>`;
  if (variant === 'table') {
    // Each tool's link, as a list: what a reader sees while the table loads, and where the script
    // is stripped.
    const ids = options.tools?.length ? options.tools : site.tools.map((t) => t.id);
    const items = ids.map((id) => fallbackLink(site, id)).filter(Boolean);
    if (!items.length) return `${open}</${tag}>`;
    return `${open}\n  <ul>\n${items.map((a) => `    <li>${a}</li>`).join('\n')}\n  </ul>\n</${tag}>`;
  }
  const prerendered =
    options.prerendered && variant === 'card' ? `${options.prerendered.trim()}\n  ` : '';
  const link = fallbackLink(site, options.tool);
  if (!link && !prerendered) return `${open}</${tag}>`;
  return variant === 'compact'
    ? `${open}${link}</${tag}>`
    : `${open}\n  ${prerendered}${link}\n</${tag}>`;
}

/**
 * The whole embed: the pinned script tag, then the element. Paste it where the post should show
 * the card; a second card on the same page needs only the element.
 *
 * @param {SiteInfo} site
 * @param {ElementOptions} options
 * @param {{ src?: string }} [scriptOptions]
 */
export function embedSnippet(site, options, scriptOptions) {
  // One script registers every element, the table included. A card or badge also preloads its
  // tool's record, and a pre-rendered card what compares it with the live one (from the pinned CDN,
  // so not when the script comes from elsewhere); a table's records load in parallel once it runs.
  const variant = options.variant ?? 'card';
  const tool =
    variant === 'table' || scriptOptions?.src ? undefined : (options.tool ?? site.tools[0]?.id);
  const prerendered = variant === 'card' && Boolean(options.prerendered);
  return `${scriptTags(site, tool, scriptOptions, prerendered)}\n${elementTag(site, options)}`;
}

/**
 * The no-JS files of a tool in a language (English when that language has none).
 *
 * @param {SiteInfo} site
 * @param {string} id
 * @param {string} [lang]
 * @returns {EmbedFiles | undefined}
 */
export function embedFiles(site, id, lang = 'en') {
  const languages = site.embeds[id]?.languages;
  return languages?.[lang] ?? languages?.en;
}

/**
 * The badge as Markdown (GitHub READMEs, most Markdown blogs), linking to the tool's source.
 *
 * @param {SiteInfo} site
 * @param {string} id
 * @param {string} [lang]
 */
export function badgeMarkdown(site, id, lang) {
  const files = embedFiles(site, id, lang);
  if (!files) return '';
  const href = linkTarget(site.tools.find((t) => t.id === id)?.fallback?.url);
  const image = `![${escapeMarkdown(files.title)}](${linkTarget(site.staticUrl + files.badge)})`;
  return href ? `[${image}](${href})` : image;
}

/**
 * The badge as an HTML image, for editors that accept HTML but no script.
 *
 * @param {SiteInfo} site
 * @param {string} id
 * @param {string} [lang]
 */
export function badgeHtml(site, id, lang) {
  const files = embedFiles(site, id, lang);
  if (!files) return '';
  const img = `<img src="${escapeAttribute(site.staticUrl + files.badge)}" alt="${escapeAttribute(files.title)}" height="20">`;
  const href = linkTarget(site.tools.find((t) => t.id === id)?.fallback?.url);
  return href ? `<a href="${escapeAttribute(href)}" rel="noopener noreferrer">${img}</a>` : img;
}

/**
 * An iframe of a tool's embed page. `pageUrl` is where that page is served as text/html (jsDelivr
 * and unpkg serve .html files as text/plain, so not from them).
 *
 * @param {SiteInfo} site
 * @param {string} id
 * @param {string} pageUrl
 * @param {string} [lang]
 */
export function iframeSnippet(site, id, pageUrl, lang) {
  const title = embedFiles(site, id, lang)?.title ?? id;
  // The link after the frame is what is left where a platform removes iframes (WordPress's kses,
  // DOMPurify and sanitize-html all do by default).
  const link = fallbackLink(site, id);
  return `<iframe src="${escapeAttribute(pageUrl)}" title="${escapeAttribute(title)}" width="100%" height="900" loading="lazy" referrerpolicy="no-referrer" sandbox="allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:48em"></iframe>${link ? `\n<p>${link}</p>` : ''}`;
}

/**
 * One line of text for platforms that take only a link: the badge's words and the tool's https
 * source, which the platform turns into a link. Empty without an https source.
 *
 * @param {SiteInfo} site
 * @param {string} id
 * @param {string} [lang]
 */
export function linkText(site, id, lang) {
  const href = linkTarget(site.tools.find((t) => t.id === id)?.fallback?.url);
  const title = embedFiles(site, id, lang)?.title ?? site.tools.find((t) => t.id === id)?.name;
  return href ? `${title} — ${href}` : '';
}

/**
 * The address of the tool's page on the project's site, in `lang` when the site has it (else
 * English), for platforms that take only a link: pasted on a line of its own, it unfurls into the
 * page's preview, or into the card where the platform embeds by oEmbed. Empty without a page.
 *
 * @param {SiteInfo} site
 * @param {string} id
 * @param {string} [lang]
 */
export function pageLink(site, id, lang = 'en') {
  const pages = site.tools.find((t) => t.id === id)?.pages;
  return pages?.[lang] ?? pages?.['en'] ?? '';
}
