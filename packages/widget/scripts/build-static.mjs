#!/usr/bin/env node
// Writes the no-JavaScript embeds of every tool into static/, from the same records the element
// shows (issue #5), for platforms that strip <script> (Medium, Substack, GitHub READMEs, some
// WordPress plans):
//
//   static/badges/<id>.svg   a shields-style badge, "Jasper | trains by default", with a <title>
//   static/cards/<id>.html   an HTML fragment: the card, styled with style="" attributes only
//   static/embed/<id>.html   a whole page holding the card, for an <iframe>
//   static/prerendered/<id>.html  the live card's own shadow root as a declarative one
//                            (<template shadowrootmode>), to put inside the element on sites that
//                            build their pages themselves: the card shows at once, before and
//                            without the script, and the live card replaces it box for box, so the
//                            page does not move when it loads (the embed generator draws its own,
//                            for any choice of sections, tier and heading level)
//   static/index.json        what was written, with each badge's text (the docs site reads it)
//
// English files are <id>.*; German, French and Spanish ones <id>.<lang>.*. The files ship in the
// npm package, so a CDN serving the package serves them with no server of ours.
//
// Each kind of file is drawn by the element's own modules, built by tsc into dist/ (so this runs
// after it): the badge by src/static/badge.ts, the card and the embed page by src/static/card.ts,
// the pre-rendered card by the package's own `prerenderCard` (src/prerender.ts), the one the docs
// site's embed generator calls too. The words are the element's own, `stringsFor(lang)`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataVersion, getTool, listTools, READER_LOCALES } from '@ai-training-verdict/sdk';
import { stringsFor } from '../dist/internal/i18n.js';
import { prerenderCard } from '../dist/prerender.js';
import { badgeText, renderBadge } from '../dist/static/badge.js';
import { renderCard, renderEmbedPage } from '../dist/static/card.js';

/**
 * Writes badges, cards and embed pages for every tool the SDK ships, in every language, into
 * `outDir` (default: this package's static/), replacing what was there, plus static/index.json.
 *
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<string[]>} The files written, relative to `outDir`.
 */
export async function buildStatic({
  outDir = fileURLToPath(new URL('../static', import.meta.url)),
} = {}) {
  rmSync(outDir, { recursive: true, force: true });
  /** @type {string[]} */
  const written = [];
  /** @param {string} file @param {string} text */
  const write = (file, text) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
    written.push(file);
  };
  /** @type {Record<string, { name: string, languages: Record<string, { title: string, badge: string, card: string, embed: string, prerendered: string }> }>} */
  const tools = {};
  for (const lang of READER_LOCALES) {
    const strings = await stringsFor(lang);
    // stringsFor falls back to English when a language fails to load: not in a file labelled `lang`.
    if (strings.lang !== lang) throw new Error(`build-static: the words of "${lang}" did not load`);
    const look = { strings, version: dataVersion };
    const suffix = lang === 'en' ? '' : `.${lang}`;
    for (const { id } of listTools()) {
      const record = await getTool(id);
      const files = {
        title: badgeText(record, look.strings).title,
        badge: `badges/${record.id}${suffix}.svg`,
        card: `cards/${record.id}${suffix}.html`,
        embed: `embed/${record.id}${suffix}.html`,
        prerendered: `prerendered/${record.id}${suffix}.html`,
      };
      write(files.badge, renderBadge(record, look));
      write(files.card, renderCard(record, look));
      write(files.embed, renderEmbedPage(record, look));
      write(files.prerendered, `${await prerenderCard(record, { lang })}\n`);
      const entry = (tools[record.id] ??= { name: record.name, languages: {} });
      entry.languages[lang] = files;
    }
  }
  write(
    'index.json',
    `${JSON.stringify({ dataVersion, languages: READER_LOCALES, tools }, null, 2)}\n`,
  );
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await buildStatic();
  process.stdout.write(
    `build-static: wrote ${written.length} files to static/ (badges, cards, embed pages in ${READER_LOCALES.join(', ')})\n`,
  );
}
