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
// One renderer (issue #13): the static card is the element's own card template (src/internal/
// card.ts, from this package's dist/, so run after tsc) rendered to HTML by Lit's server renderer,
// @lit-labs/ssr, with the element's own styles inlined into style="" attributes by juice. So it
// says what the live card says, in the same words, colours, date format and URL check; only what
// cannot hold outside a shadow root is adjusted, each step below saying why. Lit escapes every
// record string: records are data, never markup.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { xmlText } from '@ai-training-verdict/data/output';
import { dataVersion, getTool, isStale, listTools, READER_LOCALES } from '@ai-training-verdict/sdk';
import * as cheerio from 'cheerio';
import { transform } from 'esbuild';
import juice from 'juice';
import { html } from 'lit';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const distDir = join(packageDir, 'dist');

/** The interface languages the element ships (the SDK's `READER_LOCALES`); English first. */
export const LANGUAGES = READER_LOCALES;

/** @param {string} path A module of the element, relative to dist/. */
const fromDist = async (path) => {
  try {
    return await import(pathToFileURL(join(distDir, path)).href);
  } catch (error) {
    throw new Error(`build-static: cannot load dist/${path}; build the package first (tsc)`, {
      cause: error,
    });
  }
};

const [{ card, DEFAULT_SECTIONS, SECTION_TOKENS }, { dateFormatter }, { toneOf }, { PALETTE }] =
  await Promise.all([
    fromDist('internal/card.js'),
    fromDist('internal/i18n.js'),
    fromDist('internal/templates.js'),
    fromDist('internal/palette.js'),
  ]);
const { default: cardStyles } = await fromDist('ai-training-verdict/ai-training-verdict.styles.js');

/** The sections of a card without a `sections` attribute, in the card's order. */
const DEFAULT_TOKENS = SECTION_TOKENS.filter((/** @type {string} */ token) =>
  DEFAULT_SECTIONS.split(' ').includes(token),
);

/**
 * Escapes text for the badge's SVG and the embed page's head, the two places written here rather
 * than by Lit: the data package's `xmlText`, which also drops what XML 1.0 forbids (control
 * characters, lone surrogates, U+FFFE, U+FFFF), so a badge always parses.
 */
export const escapeText = (/** @type {unknown} */ value) => xmlText(String(value));

/** @typedef {import('@ai-training-verdict/sdk').ToolRecord} ToolRecord */

/**
 * The interface text the element shows in `lang`: the element's built English, or the SDK's
 * module of that language (where every language but English lives).
 *
 * @typedef {import('@ai-training-verdict/sdk').CardText} Strings
 * @param {string} lang
 * @returns {Promise<Strings>}
 */
export async function loadStrings(lang) {
  if (lang === 'en') return (await fromDist('locales/en.js')).default;
  return (await import(`@ai-training-verdict/sdk/locales/${lang}`)).interfaceText;
}

/**
 * @typedef {object} Look What a static embed is drawn with.
 * @property {Strings} strings The element's interface text in one language.
 * @property {string} [version] The data release the embed shows.
 */

// ---------------------------------------------------------------------------------------------
// The badge

// Approximate advance widths of Verdana at 11 px, the font shields-style badges use. Exact widths
// are not needed: each text gets a textLength, so the browser fits it to the computed box.
const NARROW = new Set([...'fijlrtI!|.,:;\'"()[] ']);
const WIDE = new Set([...'mwMW@%']);

/**
 * Estimated width in px of `text` at 11 px Verdana.
 *
 * @param {string} text
 */
export function textWidth(text) {
  let width = 0;
  for (const char of text) {
    if (NARROW.has(char)) width += 4;
    else if (WIDE.has(char)) width += 10;
    else if (/[A-Z0-9]/.test(char)) width += 7.5;
    else width += 6.6;
  }
  return Math.round(width);
}

/**
 * The badge's words: "Jasper: trains by default" (English lowercases the verdict, as running
 * text would; other languages keep the label as the element shows it).
 *
 * @param {Pick<ToolRecord, 'name' | 'headline'>} record
 * @param {Strings} strings
 */
export function badgeText(record, strings) {
  const label = strings.headlineVerdict[record.headline.verdict] ?? record.headline.verdict;
  const verdict =
    strings.lang === 'en' ? label.charAt(0).toLocaleLowerCase('en') + label.slice(1) : label;
  return { name: record.name, verdict, title: `${record.name}: ${verdict}` };
}

/**
 * A shields-style SVG badge: the tool's name on the left, its headline verdict on the right in the
 * element's pill colours for that verdict. It has a `<title>` and an `aria-label`, names system
 * fonts only, and links to and loads nothing.
 *
 * @param {Pick<ToolRecord, 'id' | 'name' | 'headline'>} record
 * @param {{ strings: Strings }} look
 * @returns {string}
 */
export function renderBadge(record, { strings }) {
  const { name, verdict, title } = badgeText(record, strings);
  // The light half of each light-dark() pair: an SVG image has no colour scheme of its own.
  const [neutral] = PALETTE.neutral.color.split(',');
  const [color] = PALETTE[toneOf(record.headline.verdict)].color.split(',');
  const [background] = PALETTE[toneOf(record.headline.verdict)].background.split(',');
  const left = textWidth(name) + 12;
  const right = textWidth(verdict) + 12;
  const width = left + right;
  const id = `atv-${String(record.id).replace(/[^a-z0-9-]/gi, '')}`;
  /** @param {string} content @param {number} x @param {number} w @param {string} fill */
  const text = (content, x, w, fill) =>
    `<text x="${x * 10}" y="140" transform="scale(.1)" fill="${fill}" textLength="${(w - 12) * 10}">${escapeText(content)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeText(title)}">
<title>${escapeText(title)}</title>
<linearGradient id="${id}-s" x2="0" y2="100%"><stop offset="0" stop-color="#fff" stop-opacity=".08"/><stop offset="1" stop-opacity=".08"/></linearGradient>
<clipPath id="${id}-r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#${id}-r)"><rect width="${left}" height="20" fill="${neutral}"/><rect x="${left}" width="${right}" height="20" fill="${background}"/><rect width="${width}" height="20" fill="url(#${id}-s)"/></g>
<g text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">
${text(name, left / 2, left, '#fff')}
${text(verdict, left + right / 2, right, color)}
</g>
</svg>
`;
}

// ---------------------------------------------------------------------------------------------
// The card

/**
 * The element's styles as a stylesheet juice can apply to light DOM: `:host` becomes the class of
 * a wrapper standing in for the host element (so its custom-property defaults resolve), and
 * `:host([theme='dark'])` that class with the attribute, which the wrapper never has.
 */
const STYLESHEET = cardStyles
  .flat(Infinity)
  .map((/** @type {{ cssText: string }} */ sheet) => sheet.cssText)
  .join('\n')
  .replace(/:host\(([^()]*)\)/g, '.atv-host$1')
  .replace(/:host\b/g, '.atv-host');

/**
 * A plain colour before a declaration that uses `light-dark()` or `color-mix()`, for a sanitiser
 * that drops declarations with functions it does not know (WordPress's keeps only simple values):
 * the light-scheme colour, or the text colour for a colour mixed from it.
 *
 * @param {string} property
 * @param {string} value
 * @returns {string | undefined}
 */
function plainFallback(property, value) {
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
 *
 * @param {string} style
 */
function tidyStyle(style) {
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
 *
 * @param {ToolRecord} record
 * @param {Look} look
 * @returns {string}
 */
export function renderCard(record, { strings: t, version }) {
  const markup = collectResultSync(
    render(
      card(record, {
        t,
        date: dateFormatter(t.lang, t.lang),
        level: 3,
        tokens: DEFAULT_TOKENS,
        // A static card cannot know the day it is read: it says "may be out of date" only when
        // nothing dates the record at all (no evidence seen, never verified).
        stale: !(record.evidenceSeen ?? record.lastVerified),
      }),
    ),
  )
    // Lit's hydration markers: there is nothing to hydrate.
    .replace(/<!--[^]*?-->/g, '')
    // Indentation of the templates (the browser collapses it anyway).
    .replace(/\n\s*/g, '\n');
  const provenance = version
    ? `<p class="provenance">AI training verdict, data ${escapeText(version)}</p>`
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

/** The element's styles, minified by esbuild, for the pre-rendered card's `<style>`. */
const SHADOW_STYLESHEET = (
  await transform(
    cardStyles
      .flat(Infinity)
      .map((/** @type {{ cssText: string }} */ sheet) => sheet.cssText)
      .join('\n'),
    { loader: 'css', minify: true },
  )
).code.trim();

/**
 * The card as the element renders it when its snippet has the default attributes (the default
 * sections, no `tier`, heading level 3) and `lang` picks `strings`: the same template, options and
 * styles, in a declarative shadow root the element keeps on screen until its record loads (see
 * `AiTrainingVerdict`). In its shadow root the page's CSS cannot reach it, so it has the live
 * card's size at every width. Lit's markers go, as nothing hydrates them. The "may be out of date"
 * note is the live card's on the day of the build, so the two match on a page pasted from this
 * release until the record's age passes the threshold (then the live card adds the note).
 *
 * @param {ToolRecord} record
 * @param {Look} look
 * @returns {string}
 */
export function renderPrerendered(record, { strings: t }) {
  const markup = collectResultSync(
    render(
      html`<div class="frame">
        ${card(record, {
          t,
          date: dateFormatter(t.lang, t.lang),
          level: 3,
          tokens: DEFAULT_TOKENS,
          stale: isStale(record),
        })}
      </div>`,
    ),
  )
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\n\s*/g, '\n');
  return `<template shadowrootmode="open"><style>${SHADOW_STYLESHEET}</style>${markup.trim()}</template>\n`;
}

/**
 * A whole page holding the card, for platforms that allow an `<iframe>` but no script. Its
 * Content-Security-Policy forbids every script and request, it follows the reader's light or dark
 * scheme, and its links open outside the frame.
 *
 * @param {ToolRecord} record
 * @param {Look} look
 * @returns {string}
 */
export function renderEmbedPage(record, look) {
  const { title } = badgeText(record, look.strings);
  return `<!doctype html>
<html lang="${escapeText(look.strings.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${escapeText(title)}</title>
<base target="_blank">
</head>
<body style="margin:0;padding:1px 8px;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:Canvas;color:CanvasText">
${renderCard(record, look)}</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// The build

/**
 * Writes badges, cards and embed pages for every tool the SDK ships, in every language, into
 * `outDir` (default: this package's static/), replacing what was there, plus static/index.json.
 *
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<string[]>} The files written, relative to `outDir`.
 */
export async function buildStatic({ outDir = join(packageDir, 'static') } = {}) {
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
  for (const lang of LANGUAGES) {
    const look = { strings: await loadStrings(lang), version: dataVersion };
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
      write(files.prerendered, renderPrerendered(record, look));
      const entry = (tools[record.id] ??= { name: record.name, languages: {} });
      entry.languages[lang] = files;
    }
  }
  write('index.json', `${JSON.stringify({ dataVersion, languages: LANGUAGES, tools }, null, 2)}\n`);
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await buildStatic();
  process.stdout.write(
    `build-static: wrote ${written.length} files to static/ (badges, cards, embed pages in ${LANGUAGES.join(', ')})\n`,
  );
}
