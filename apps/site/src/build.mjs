// Builds the static site from a data release (the data package's `data.json`, or a fixture): a
// folder any static host serves, no server of ours. What it writes, under `outDir`:
//
//   index.html                     every tool, a search (a plain list without JavaScript) and the
//                                  comparison table
//   tools/<id>/index.html          the tool's page, English: the card with every section,
//                                  pre-rendered by the widget's own templates (`prerenderCard`)
//   <lang>/tools/<id>/index.html   the same page in each other reader language (READER_LOCALES)
//   tools/<id>/og.png              the verdict image of link previews, 1200 x 630 (og.mjs)
//   tools/<id>/embed/index.html    the card alone, for an <iframe> (oEmbed)
//   tools/<id>/oembed.json         the oEmbed answer: a `rich` embed of that iframe
//   tools/<old-id>/index.html      a redirect id: a page sending readers on, canonical to the tool
//   feed.xml, feeds/<id>.xml       the Atom feeds of the release (the data package's atomFeeds)
//   cdn/                           the widget's CDN build, served from the same origin
//   data.json                      the release itself (the cards read it when it is not the data
//                                  the widget bundles)
//   site.css, site.js              the page's styles and the index's search filter
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atomFeeds } from '@ai-training-verdict/data/node';
import {
  dataVersion,
  format,
  headline,
  jsonLdScript,
  jsonLd,
  labels,
  loadMessages,
  READER_LOCALES,
} from '@ai-training-verdict/sdk';
import { createClient } from '@ai-training-verdict/sdk/client';
import { prerenderCard, prerenderTable } from '@ai-training-verdict/widget/prerender.js';
import { siteUrlFrom, toolPath } from './address.mjs';
import { siteImage, verdictImage } from './og.mjs';
import {
  alternates,
  cardElement,
  document,
  esc,
  header,
  otherTools,
  previewTags,
  redirectBody,
} from './pages.mjs';
import { englishWords, siteWords } from './words.mjs';

/** The iframe's size in the oEmbed answer: the card's width, and a height that fits most cards. */
export const EMBED_SIZE = { width: 600, height: 760 };

const assetsDir = fileURLToPath(new URL('../assets/', import.meta.url));
const widgetCdn = fileURLToPath(
  new URL('cdn/', import.meta.resolve('@ai-training-verdict/widget/package.json')),
);

/**
 * Reads and validates a release with the SDK's client (the checks a card runs on a `src`
 * release); a release that fails them stops the build with the client's reason.
 *
 * @param {string} file
 */
async function readRelease(file) {
  const text = readFileSync(file, 'utf8');
  const client = createClient({ url: `file://${file}`, fetch: async () => new Response(text) });
  const status = await client.load();
  if (status.state !== 'remote') throw new Error(`${file}: ${status.reason.message}`);
  /** @type {{ version: string, redirects?: Record<string, { id: string, redirectTo: string }> }} */
  const release = JSON.parse(text);
  const tools = await Promise.all((await client.listTools()).map((t) => client.getTool(t.id)));
  return {
    text,
    version: release.version,
    tools,
    redirects: Object.values(release.redirects ?? {}),
  };
}

/**
 * @param {{ release: string, outDir: string, siteUrl?: string }} options  `release` is the path
 *   of a `data.json`; `siteUrl` the address the site is served from (absolute addresses: canonical,
 *   `og:`, oEmbed).
 * @returns {Promise<string[]>} The files written, relative to `outDir`.
 */
export async function buildSite({ release: releaseFile, outDir, siteUrl: base }) {
  const siteUrl = siteUrlFrom(base);
  const release = await readRelease(releaseFile);
  rmSync(outDir, { recursive: true, force: true });
  /** @type {string[]} */
  const written = [];
  const write = (/** @type {string} */ file, /** @type {string | Uint8Array} */ content) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), content);
    written.push(file);
  };
  cpSync(widgetCdn, join(outDir, 'cdn'), { recursive: true });
  cpSync(assetsDir, outDir, { recursive: true });
  write('data.json', release.text);
  // The CDN build bundles the data package's release; a page built from another release points
  // its cards at that release (`src`), so the live card shows what the page shows.
  const src = release.version === dataVersion ? undefined : 'data.json';

  const feeds = atomFeeds(release.tools, {
    labels: labels.en,
    url: (id) => `${siteUrl}${id === undefined ? 'feed.xml' : `feeds/${id}.xml`}`,
  });
  for (const [path, xml] of feeds) write(path, `${xml}\n`);

  const tools = [...release.tools].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const toolUrl = (/** @type {string} */ lang, /** @type {string} */ id) =>
    `${siteUrl}${toolPath(lang, id)}`;

  for (const record of tools) {
    const { shortAnswer, label } = headline(record);
    const image = `${toolUrl('en', record.id)}og.png`;
    write(
      `tools/${record.id}/og.png`,
      await verdictImage(record, {
        title: format(siteWords.en.toolTitle, { tool: record.name }),
        siteName: englishWords.siteName,
      }),
    );
    const languages = READER_LOCALES.map((lang) => ({
      lang,
      url: toolUrl(lang, record.id),
      path: toolPath(lang, record.id),
    }));
    // atomFeeds writes none for a record with no date anywhere (Atom requires one).
    const feed = feeds.has(`feeds/${record.id}.xml`) ? `feeds/${record.id}.xml` : undefined;
    for (const lang of READER_LOCALES) {
      const words = siteWords[lang];
      const root = lang === 'en' ? '../../' : '../../../';
      const title = format(words.toolTitle, { tool: record.name });
      const messages = await loadMessages(lang);
      const head = [
        previewTags({
          title,
          description: shortAnswer,
          canonical: toolUrl(lang, record.id),
          image,
          imageAlt: `${record.name}: ${label}. ${shortAnswer}`,
          lang,
          siteName: englishWords.siteName,
        }),
        alternates(languages),
        feed
          ? `<link rel="alternate" type="application/atom+xml" title="${esc(format(labels.en.feed.toolTitle, { tool: record.name }))}" href="${root}${feed}">`
          : '',
        `<link rel="alternate" type="application/json+oembed" href="${esc(`${toolUrl('en', record.id)}oembed.json`)}" title="${esc(title)}">`,
        jsonLdScript(jsonLd(record, messages)),
      ]
        .filter(Boolean)
        .join('\n');
      const card = await prerenderCard(record, { lang, sections: 'all', headingLevel: 2 });
      const body = `${header(root, languages, lang)}
<main>
<h1>${esc(title)}</h1>
${cardElement({ tool: record.id, sections: 'all', 'heading-level': '2', src: src && `${root}${src}` }, card)}
${otherTools(tools, record.id, words.checkAnother)}
</main>`;
      write(`${toolPath(lang, record.id)}index.html`, document({ lang, root, head, body }));
    }

    // The card alone, for an iframe (oEmbed): the default card, links opening outside the frame.
    const embedRoot = '../../../';
    write(
      `tools/${record.id}/embed/index.html`,
      document({
        lang: 'en',
        root: embedRoot,
        head: `<title>${esc(format(siteWords.en.toolTitle, { tool: record.name }))}</title>\n<link rel="canonical" href="${esc(toolUrl('en', record.id))}">\n<base target="_blank">`,
        // The card is the page's only content: its name is the page's heading, level 1.
        body: `<main class="embed">${cardElement({ tool: record.id, 'heading-level': '1', src: src && `${embedRoot}${src}` }, await prerenderCard(record, { headingLevel: 1 }))}</main>`,
      }),
    );
    write(
      `tools/${record.id}/oembed.json`,
      `${JSON.stringify(oembed(record, siteUrl, toolUrl('en', record.id)), null, 2)}\n`,
    );
  }

  const byId = new Map(release.tools.map((t) => [t.id, t]));
  for (const redirect of release.redirects) {
    const target = byId.get(redirect.redirectTo);
    if (!target) continue; // the client's checks refuse a redirect to nowhere
    const href = `../${target.id}/`;
    const { shortAnswer, label } = headline(target);
    const head = [
      `<meta http-equiv="refresh" content="0; url=${esc(href)}">`,
      previewTags({
        title: format(siteWords.en.toolTitle, { tool: target.name }),
        description: shortAnswer,
        canonical: toolUrl('en', target.id),
        image: `${toolUrl('en', target.id)}og.png`,
        imageAlt: `${target.name}: ${label}. ${shortAnswer}`,
        lang: 'en',
        siteName: englishWords.siteName,
      }),
    ].join('\n');
    write(
      `tools/${redirect.id}/index.html`,
      document({
        lang: 'en',
        root: '../../',
        head,
        body: redirectBody('../../', redirect.id, target.name, href),
        script: false,
      }),
    );
  }

  write(
    'og.png',
    await siteImage({
      title: englishWords.indexTitle,
      count: format(englishWords.toolCount, { count: String(tools.length) }),
      description: englishWords.indexDescription,
      siteName: englishWords.siteName,
    }),
  );
  write('index.html', indexPage(tools, siteUrl, await prerenderTable(tools)));
  return written;
}

/**
 * The oEmbed answer of a tool page (https://oembed.com, type `rich`): an iframe of the card page,
 * sized; the card page works in a sandboxed iframe (scripts only, links open a new tab).
 *
 * @param {import('@ai-training-verdict/sdk').ToolRecord} record
 * @param {string} siteUrl
 * @param {string} pageUrl
 */
export function oembed(record, siteUrl, pageUrl) {
  const title = format(siteWords.en.toolTitle, { tool: record.name });
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: englishWords.siteName,
    provider_url: siteUrl,
    html: `<iframe src="${esc(`${pageUrl}embed/`)}" title="${esc(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: `${pageUrl}og.png`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

/**
 * The index: every tool as a list (a search filters it when JavaScript runs) and the comparison
 * table, `<ai-training-table>` holding the table it draws, pre-rendered by its own template
 * (`prerenderTable`). The page loads no widget script: the table is whole as drawn, and the live
 * element would fetch every record (one request each) to draw the same rows again.
 *
 * @param {import('@ai-training-verdict/sdk').ToolRecord[]} tools  Sorted by name.
 * @param {string} siteUrl
 * @param {string} table  `prerenderTable`'s output for `tools`.
 */
function indexPage(tools, siteUrl, table) {
  const w = englishWords;
  const list = tools
    .map((record) => {
      const terms = [record.id, record.name, record.vendor, ...(record.aliases ?? [])].join(' ');
      return `<li data-terms="${esc(terms)}"><a href="tools/${esc(record.id)}/">${esc(record.name)}</a> <span class="meta">${esc(record.vendor)} · ${esc(headline(record).label)}</span></li>`;
    })
    .join('\n');
  const head = previewTags({
    title: w.indexTitle,
    description: w.indexDescription,
    canonical: siteUrl,
    image: `${siteUrl}og.png`,
    imageAlt: w.indexTitle,
    lang: 'en',
    siteName: w.siteName,
  });
  const body = `${header('')}
<main>
<h1>${esc(w.indexTitle)}</h1>
<section aria-labelledby="find">
<h2 id="find">${esc(w.search)}</h2>
<p id="search-hint" class="search" hidden><label for="search">${esc(w.searchHint)}</label> <input id="search" type="search" autocomplete="off"></p>
<ul id="tools" class="tools">
${list}
</ul>
<p id="no-match" hidden>${esc(w.noMatch)}</p>
</section>
<section aria-labelledby="compare">
<h2 id="compare">${esc(w.comparison)}</h2>
<ai-training-table tools="${esc(tools.map((t) => t.id).join(' '))}">${table}</ai-training-table>
</section>
</main>
<script type="module" src="site.js"></script>`;
  return document({ lang: 'en', root: '', head, body, script: false });
}
