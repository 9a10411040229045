#!/usr/bin/env node
// Writes the no-JavaScript embeds of every tool into static/, from the same records the element
// shows (issue #5), for platforms that strip <script> (Medium, Substack, GitHub READMEs, some
// WordPress plans), replacing what was there:
//
//   static/badges/<id>.svg   a shields-style badge, "Jasper | trains by default" (src/static/badge.ts)
//   static/cards/<id>.html   an HTML fragment: the card, styled with style="" attributes only
//   static/embed/<id>.html   a whole page holding the card, for an <iframe> (both src/static/card.ts)
//   static/prerendered/<id>.html  the live card's own shadow root as a declarative one, to put
//                            inside the element: it shows at once, and the live card replaces it box
//                            for box (README, "No layout shift"; src/prerender.ts, the pre-render
//                            the docs' embed generator and the site call too)
//   static/index.json        what was written, with each badge's text (the docs site reads it)
//
// English files are <id>.*; German, French and Spanish ones <id>.<lang>.*. The files ship in the
// npm package, so a CDN serving the package serves them with no server of ours. Everything is
// drawn by the element's own modules in dist/, so this runs after tsc.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataVersion, getTool, listTools, READER_LOCALES } from '@ai-training-verdict/sdk';
import { stringsFor } from '../dist/internal/i18n.js';
import { prerenderCard } from '../dist/prerender.js';
import { badgeText, renderBadge } from '../dist/static/badge.js';
import { renderCard, renderEmbedPage } from '../dist/static/card.js';

const outDir = fileURLToPath(new URL('../static/', import.meta.url));
rmSync(outDir, { recursive: true, force: true });
let written = 0;
const write = (/** @type {string} */ file, /** @type {string} */ text) => {
  mkdirSync(dirname(outDir + file), { recursive: true });
  writeFileSync(outDir + file, text);
  written += 1;
};
/** @type {Record<string, { name: string, languages: Record<string, Record<string, string>> }>} */
const tools = {};
for (const lang of READER_LOCALES) {
  const strings = await stringsFor(lang);
  // stringsFor falls back to English when a language fails to load: not in a file labelled `lang`.
  if (strings.lang !== lang) throw new Error(`build-static: the words of "${lang}" did not load`);
  const look = { strings, version: dataVersion };
  const suffix = lang === 'en' ? '' : `.${lang}`;
  for (const listed of listTools()) {
    const record = await getTool(listed.id);
    const { id } = record;
    const files = {
      title: badgeText(record, strings).title,
      badge: `badges/${id}${suffix}.svg`,
      card: `cards/${id}${suffix}.html`,
      embed: `embed/${id}${suffix}.html`,
      prerendered: `prerendered/${id}${suffix}.html`,
    };
    write(files.badge, renderBadge(record, look));
    write(files.card, renderCard(record, look));
    write(files.embed, renderEmbedPage(record, look));
    write(files.prerendered, `${await prerenderCard(record, { lang })}\n`);
    (tools[id] ??= { name: record.name, languages: {} }).languages[lang] = files;
  }
}
const index = { dataVersion, languages: READER_LOCALES, tools };
write('index.json', `${JSON.stringify(index, null, 2)}\n`);
process.stdout.write(
  `build-static: wrote ${written} files to static/ (badges, cards, embed pages in ${READER_LOCALES.join(', ')})\n`,
);
