#!/usr/bin/env node
// Writes the no-JavaScript embeds of every tool into static/, from the same records the element
// shows (issue #5), for platforms that strip <script> (Medium, Substack, GitHub READMEs, some
// WordPress plans):
//
//   static/badges/<id>.svg   a shields-style badge, "Jasper | trains by default", with a <title>
//   static/cards/<id>.html   an HTML fragment: the card, styled with style="" attributes only
//   static/embed/<id>.html   a whole page holding the card, for an <iframe>
//   static/index.json        what was written, with each badge's text (the docs site reads it)
//
// English files are <id>.*; German, French and Spanish ones <id>.<lang>.*. The files ship in the
// npm package, so a CDN serving the package serves them with no server of ours.
//
// Everything a reader sees comes from the same places as the element's: records through the SDK's
// built dist, interface text from the element's locale tables and verdict colours from its styles
// (both from this package's dist/, so run after tsc). Every record string is escaped: records are
// data, never markup.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { feedUrl } from '@ai-training-verdict/data/vocabulary';
import { dataVersion, getTool, listTools, sourceEvidence } from '@ai-training-verdict/sdk';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const distDir = join(packageDir, 'dist');

/** The interface languages the element ships; English first, the default. */
export const LANGUAGES = /** @type {const} */ (['en', 'de', 'fr', 'es']);

// ---------------------------------------------------------------------------------------------
// Escaping, URLs, dates

const ESCAPES = /** @type {const} */ ({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

/**
 * Escapes text for HTML and SVG content and for quoted attribute values. Every record string goes
 * through it, so `<img src=x onerror=alert(1)>` is shown as those characters.
 *
 * @param {unknown} value
 * @returns {string}
 */
export function escapeText(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[/** @type {keyof ESCAPES} */ (c)]);
}

/**
 * True only for an absolute https URL, as in the element: a record can never produce a
 * `javascript:` or plain-http link.
 *
 * @param {unknown} value
 * @returns {value is string}
 */
export function isHttpsUrl(value) {
  if (typeof value !== 'string' || !/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A record date (`YYYY-MM-DD`) as the element writes it in `lang` ("June 1, 2026", "1. Juni
 * 2026"), in UTC; anything else as is.
 *
 * @param {string} iso
 * @param {string} lang
 */
export function formatDate(iso, lang) {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * Fills `{name}` placeholders of an interface string. The template's own text is escaped; values
 * are HTML the caller has already escaped.
 *
 * @param {string} template
 * @param {Record<string, string>} values
 */
function fill(template, values) {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (values[part] ?? escapeText(`{${part}}`)) : escapeText(part)))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// The element's look and words

/** @typedef {'danger' | 'warning' | 'ok' | 'neutral'} Tone */
/** @typedef {{ color: string, background: string, darkColor: string, darkBackground: string }} ToneColours */

/**
 * The tone (colour family) of each verdict, as the element colours its pills. A verdict is always
 * shown in words too, never by colour alone.
 *
 * @type {Readonly<Record<string, Tone>>}
 */
export const TONES = {
  trains: 'danger',
  'trains-by-default': 'danger',
  'trains-unless-opt-out': 'warning',
  'depends-on-plan': 'warning',
  'trains-if-opt-in': 'ok',
  'opt-in-only': 'ok',
  'no-training': 'ok',
  unclear: 'neutral',
  unknown: 'neutral',
};

/** A text symbol per tone, standing in for the element's SVG icons (sanitisers strip SVG). */
const SYMBOLS = /** @type {const} */ ({ danger: '✕', warning: '!', ok: '✓', neutral: '?' });

/**
 * Reads `--atv-<tone>-color` / `--atv-<tone>-background` (`light-dark(light, dark)` pairs) from
 * CSS text.
 *
 * @param {string} cssText
 * @returns {Record<Tone, ToneColours>}
 */
export function parseColours(cssText) {
  /** @param {string} name */
  const pair = (name) => {
    const match = new RegExp(
      `--atv-${name}\\s*:\\s*light-dark\\(\\s*(#[0-9a-f]{3,8})\\s*,\\s*(#[0-9a-f]{3,8})\\s*\\)`,
      'i',
    ).exec(cssText);
    if (!match) throw new Error(`build-static: --atv-${name} not found in the element's styles`);
    return /** @type {[string, string]} */ ([match[1], match[2]]);
  };
  /** @type {Partial<Record<Tone, ToneColours>>} */
  const colours = {};
  for (const tone of /** @type {Tone[]} */ (['danger', 'warning', 'ok', 'neutral'])) {
    const [color, darkColor] = pair(`${tone}-color`);
    const [background, darkBackground] = pair(`${tone}-background`);
    colours[tone] = { color, background, darkColor, darkBackground };
  }
  return /** @type {Record<Tone, ToneColours>} */ (colours);
}

/**
 * The verdict colours of the element as built in dist/.
 *
 * @returns {Promise<Record<Tone, ToneColours>>}
 */
export async function loadColours() {
  const module = await import(
    pathToFileURL(join(distDir, 'ai-training-verdict', 'ai-training-verdict.styles.js')).href
  );
  return parseColours(module.default);
}

/**
 * The interface text the element shows in `lang`, from its built locale table.
 *
 * @typedef {{
 *   lang: string,
 *   headlineVerdict: Record<string, string>,
 *   tierVerdict: Record<string, string>,
 *   confidence: Record<string, string>,
 *   confidenceNotStated: string,
 *   optOut: Record<string, string>,
 *   zdrDpa: Record<string, string>,
 *   officialSite: string,
 *   stale: string,
 *   caption: string,
 *   planColumn: string,
 *   verdictColumn: string,
 *   since: string,
 *   sources: string,
 *   supports: string,
 *   published: string,
 *   retrieved: string,
 *   quoteNotFound: string,
 *   needsReverification: string,
 *   unreachable: string,
 *   lastVerified: string,
 *   notVerified: string,
 *   disclaimer: string,
 *   followChanges: string,
 * }} Strings
 * @param {string} lang
 * @returns {Promise<Strings>}
 */
export async function loadStrings(lang) {
  const module = await import(pathToFileURL(join(distDir, 'locales', `${lang}.js`)).href);
  return module.default;
}

/**
 * @typedef {object} Look What a static embed is drawn with.
 * @property {Strings} strings The element's interface text in one language.
 * @property {Record<Tone, ToneColours>} colours The element's verdict colours.
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
 * @param {{ name: string, headline: { verdict: string } }} record
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
 * @param {{ id: string, name: string, headline: { verdict: string } }} record
 * @param {Look} look
 * @returns {string}
 */
export function renderBadge(record, { strings, colours }) {
  const { name, verdict, title } = badgeText(record, strings);
  const tone = TONES[record.headline.verdict] ?? 'neutral';
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
<g clip-path="url(#${id}-r)"><rect width="${left}" height="20" fill="${colours.neutral.color}"/><rect x="${left}" width="${right}" height="20" fill="${colours[tone].background}"/><rect width="${width}" height="20" fill="url(#${id}-s)"/></g>
<g text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">
${text(name, left / 2, left, '#fff')}
${text(verdict, left + right / 2, right, colours[tone].color)}
</g>
</svg>
`;
}

// ---------------------------------------------------------------------------------------------
// The card

/**
 * Joins CSS declarations into a `style` value. A colour using a newer function (`light-dark()`,
 * `color-mix()`) comes after a plain fallback, so a browser or sanitiser that drops it keeps one.
 *
 * @param {...(string | false | undefined)} declarations
 */
const style = (...declarations) => declarations.filter(Boolean).join(';');

const BORDER = 'border-color:#8888;border-color:color-mix(in srgb,currentColor 25%,transparent)';
const MUTED = 'color:color-mix(in srgb,currentColor 80%,transparent)';
const PILL = style(
  'display:inline-block',
  'padding:.125em .5em',
  'border-radius:.375em',
  'font-weight:600',
  'line-height:1.35',
);

/**
 * @param {string} verdict
 * @param {string} label
 * @param {Record<Tone, ToneColours>} colours
 */
function pill(verdict, label, colours) {
  const tone = TONES[verdict] ?? 'neutral';
  const c = colours[tone];
  return `<span style="${style(
    PILL,
    `color:${c.color}`,
    `background:${c.background}`,
    `color:light-dark(${c.color},${c.darkColor})`,
    `background:light-dark(${c.background},${c.darkBackground})`,
  )}"><span aria-hidden="true">${SYMBOLS[tone]}</span> ${escapeText(label)}</span>`;
}

/** @param {string} label */
const badge = (label) =>
  `<span style="${style(PILL, 'border:1px solid', BORDER)}">${escapeText(label)}</span>`;

/**
 * @typedef {object} StaticRecord The parts of a `ToolRecord` a static card shows.
 * @property {string} id
 * @property {string} name
 * @property {string} vendor
 * @property {string} [category]
 * @property {string} [officialSite]
 * @property {{ verdict: string, shortAnswer: string, summary: string }} headline
 * @property {Array<{ id: string, label: string, verdict: string, detail: string, since?: string, sources?: string[] }>} tiers
 * @property {import('@ai-training-verdict/sdk').Source[]} sources
 * @property {{ availability: string }} [optOut]
 * @property {{ zdrDpa: string }} [dataHandling]
 * @property {string} [lastVerified]
 * @property {string} [confidence]
 * @property {string} [caveat]
 */

/**
 * A static card: the element's default card (name, vendor, the verdict, opt-out and ZDR / DPA
 * badges, short answer, summary, tier table, sources, last verified, confidence, caveat,
 * disclaimer) as an HTML fragment styled with `style` attributes only, because Medium, Substack
 * and GitHub strip `<style>` and scripts. Where a platform strips `style` too (GitHub), it stays
 * readable: a heading line, paragraphs, a real table and a list of links.
 *
 * Staleness depends on the day it is read, which a static file cannot know: the "may be out of
 * date" note is shown for a record that was never verified, and every card shows its last
 * verification date.
 *
 * @param {StaticRecord} record
 * @param {Look & { version?: string }} look
 * @returns {string}
 */
export function renderCard(record, { strings: t, colours, version }) {
  const en = (/** @type {string} */ text) =>
    t.lang === 'en' ? escapeText(text) : `<span lang="en">${escapeText(text)}</span>`;
  const date = (/** @type {string} */ iso) =>
    `<time datetime="${escapeText(iso)}">${escapeText(formatDate(iso, t.lang))}</time>`;
  // Links take the text's colour and stay underlined, as in the live card (`--atv-link-color:
  // currentColor`): the host's own link colour (#0000ee by default) is unreadable on a dark page.
  const link = (/** @type {unknown} */ url, /** @type {string} */ content) =>
    isHttpsUrl(url)
      ? `<a href="${escapeText(url)}" rel="noopener noreferrer" style="color:inherit;text-decoration:underline">${content}</a>`
      : content;
  const p = (/** @type {string} */ extra = '') => style('margin:.875em 0 0', extra);
  const cell = style(
    'padding:.5em .75em .5em 0',
    'text-align:start',
    'vertical-align:top',
    'border-bottom:1px solid',
    BORDER,
  );

  const meta = [en(`${record.vendor}${record.category ? ` · ${record.category}` : ''}`)];
  if (isHttpsUrl(record.officialSite)) {
    meta.push(link(record.officialSite, `${escapeText(t.officialSite)} ↗`));
  }
  const tiers = record.tiers
    .map(
      (tier) =>
        `<tr><th scope="row" style="${style(cell, 'width:34%', 'font-weight:600')}">${en(tier.label)}</th><td style="${cell}">${pill(tier.verdict, t.tierVerdict[tier.verdict] ?? tier.verdict, colours)}<br>${en(tier.detail)}${
          tier.since
            ? `<br><span style="${MUTED}">${fill(t.since, { date: date(tier.since) })}</span>`
            : ''
        }${
          // As the live card: a verdict resting on a source whose quote is gone.
          tier.sources?.some(
            (id) => record.sources.find((s) => s.id === id)?.status === 'quote-not-found',
          )
            ? `<br><span style="${MUTED}">${escapeText(t.needsReverification)}</span>`
            : ''
        }</td></tr>`,
    )
    .join('\n');
  const sources = record.sources
    .map((source) => {
      const title =
        source.document ??
        (source.url
          ? source.url.replace(/^https:\/\/(www\.)?/i, '').replace(/\/$/, '')
          : source.id);
      const dates = [
        source.published && fill(t.published, { date: date(source.published) }),
        source.retrieved && fill(t.retrieved, { date: date(source.retrieved) }),
      ].filter(Boolean);
      // Lines after the link and the quote; a <br> before each, except right after the quote,
      // which is a block of its own.
      const lines = [
        source.supports && fill(t.supports, { text: en(source.supports) }),
        dates.length && `<span style="${MUTED}">${dates.join(' · ')}</span>`,
        // Who is speaking and how the quote was confirmed, in the SDK's words (English for now:
        // the element's locale tables do not have them yet).
        `<span style="${MUTED}">${en(sourceEvidence(record, source).lines.join(' · '))}</span>`,
        (source.status === 'quote-not-found' || source.status === 'unreachable') &&
          escapeText(source.status === 'unreachable' ? t.unreachable : t.quoteNotFound),
      ].filter(Boolean);
      const quote = source.quote
        ? `<blockquote style="${style('margin:.25em 0', 'padding:0 0 0 .75em', 'border-left:3px solid', BORDER, 'font-style:italic')}">${en(source.quote)}</blockquote>`
        : '';
      return `<li style="margin:0 0 .5em">${link(source.url, en(title))}${quote}${lines
        .map((line, i) => (i === 0 && quote ? line : `<br>${line}`))
        .join('')}</li>`;
    })
    .join('\n');
  const optOut = record.optOut?.availability ?? 'unknown';
  const zdrDpa = record.dataHandling?.zdrDpa ?? 'unknown';
  const warning = colours.warning;

  return `<div lang="${escapeText(t.lang)}" dir="ltr" style="${style(
    'box-sizing:border-box',
    'max-width:46em',
    'margin:1em 0',
    'padding:1em 1.25em',
    'border:1px solid',
    BORDER,
    'border-radius:.5em',
    'line-height:1.5',
    'text-align:start',
    'overflow-wrap:anywhere',
  )}">
<p style="${style('margin:0', 'font-size:1.25em', 'font-weight:700', 'line-height:1.3')}"><strong>${en(record.name)}</strong></p>
<p style="${style('margin:.125em 0 0', MUTED)}">${meta.join(' · ')}</p>
${
  record.lastVerified
    ? ''
    : `<p style="${p(style('padding:.5em .75em', 'border-radius:.375em', 'font-weight:600', `color:${warning.color}`, `background:${warning.background}`, `color:light-dark(${warning.color},${warning.darkColor})`, `background:light-dark(${warning.background},${warning.darkBackground})`))}">${escapeText(t.stale)}</p>\n`
}<p style="${p()}">${pill(record.headline.verdict, t.headlineVerdict[record.headline.verdict] ?? record.headline.verdict, colours)} ${badge(t.optOut[optOut] ?? optOut)} ${badge(t.zdrDpa[zdrDpa] ?? zdrDpa)}</p>
<p style="${p(style('font-size:1.125em', 'line-height:1.4', 'font-weight:600'))}">${en(record.headline.shortAnswer)}</p>
<p style="${p()}">${en(record.headline.summary)}</p>
<table style="${style('width:100%', 'margin:.875em 0 0', 'border-collapse:collapse', 'font-size:inherit')}">
<caption style="${style('text-align:start', 'font-weight:700', 'padding:0 0 .375em')}">${fill(t.caption, { tool: en(record.name) })}</caption>
<thead><tr><th scope="col" style="${style(cell, 'font-size:.875em', 'font-weight:600', MUTED)}">${escapeText(t.planColumn)}</th><th scope="col" style="${style(cell, 'font-size:.875em', 'font-weight:600', MUTED)}">${escapeText(t.verdictColumn)}</th></tr></thead>
<tbody>
${tiers}
</tbody>
</table>
<p style="${p('font-weight:700')}">${escapeText(t.sources)}</p>
<ol style="${style('margin:.375em 0 0', 'padding:0 0 0 1.5em', 'font-size:.875em')}">
${sources}
</ol>
<p style="${p(style('font-size:.875em', MUTED))}">${
    record.lastVerified
      ? fill(t.lastVerified, { date: date(record.lastVerified) })
      : escapeText(t.notVerified)
  } · ${escapeText(record.confidence ? (t.confidence[record.confidence] ?? record.confidence) : t.confidenceNotStated)}</p>
${record.caveat ? `<p style="${p(style('font-size:.875em', 'font-weight:600'))}">${en(record.caveat)}</p>\n` : ''}<p style="${p(style('font-size:.875em', MUTED))}">${escapeText(t.disclaimer)}${
    version
      ? ` <span style="white-space:nowrap">(AI training verdict, data ${escapeText(version)})</span>`
      : ''
  }</p>
<p style="${p(style('font-size:.875em'))}">${link(feedUrl(record.id), escapeText(t.followChanges))}</p>
</div>
`;
}

/**
 * A whole page holding the card, for platforms that allow an `<iframe>` but no script. Its
 * Content-Security-Policy forbids every script and request, it follows the reader's light or dark
 * scheme, and its links open outside the frame.
 *
 * @param {StaticRecord} record
 * @param {Look & { version?: string }} look
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
<body style="${style('margin:0', 'padding:1px 8px', 'font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif', 'background:Canvas', 'color:CanvasText')}">
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
  const colours = await loadColours();
  rmSync(outDir, { recursive: true, force: true });
  /** @type {string[]} */
  const written = [];
  /** @param {string} file @param {string} text */
  const write = (file, text) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
    written.push(file);
  };
  /** @type {Record<string, { name: string, languages: Record<string, { title: string, badge: string, card: string, embed: string }> }>} */
  const tools = {};
  for (const lang of LANGUAGES) {
    const look = { strings: await loadStrings(lang), colours, version: dataVersion };
    const suffix = lang === 'en' ? '' : `.${lang}`;
    for (const { id } of listTools()) {
      const record = await getTool(id);
      const files = {
        title: badgeText(record, look.strings).title,
        badge: `badges/${record.id}${suffix}.svg`,
        card: `cards/${record.id}${suffix}.html`,
        embed: `embed/${record.id}${suffix}.html`,
      };
      write(files.badge, renderBadge(record, look));
      write(files.card, renderCard(record, look));
      write(files.embed, renderEmbedPage(record, look));
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
