// The verdict image of a tool page (`og:image`, `twitter:image`): 1200 x 630 PNG, drawn at build
// time from the record and the SDK's words (the tool's name, the headline verdict's label, the
// short answer) with satori (layout to SVG) and resvg (SVG to PNG): no browser.
//
// Font: Inter (the @fontsource/inter package, SIL Open Font License), latin and latin-ext subsets,
// regular and bold, as WOFF (satori reads TTF, OTF and WOFF, not WOFF2). A glyph no subset has is
// drawn as a box: the footer leaves out a vendor in another script (a Chinese company's), and the names and
// short answers are Latin script today.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { headline } from '@ai-training-verdict/sdk';
import { PALETTE, toneOf } from '@ai-training-verdict/widget/prerender.js';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The width of a line of text: the image's, less its padding (satori wraps text at its box). */
const TEXT_WIDTH = OG_WIDTH - 2 * 72;

const require = createRequire(import.meta.url);
/** @param {string} subset @param {400 | 700} weight */
const inter = (subset, weight) =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));

/** @type {import('satori').SatoriOptions['fonts']} */
const fonts = [400, 700].flatMap((weight) =>
  ['latin', 'latin-ext'].map((subset) => ({
    name: 'Inter',
    data: inter(subset, /** @type {400 | 700} */ (weight)),
    weight: /** @type {400 | 700} */ (weight),
    style: /** @type {const} */ ('normal'),
  })),
);

// The card's own verdict colours (the widget's one colour map, light scheme) and the tone of each
// verdict: the image shows a verdict in the colours the card does.

/** @param {string} text @param {number} max */
const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * A satori element (satori takes React-shaped objects; no JSX here, so no React).
 *
 * @param {string} type
 * @param {Record<string, unknown>} style
 * @param {unknown} children
 */
const el = (type, style, children) => ({ type, props: { style, children } });

/**
 * A preview image: a title, a pill in a verdict's colours, a paragraph and a footer line, as PNG.
 * Text is drawn as text: satori lays out strings, it never parses them as markup.
 *
 * @param {{ title: string, pill: string, tone: import('@ai-training-verdict/widget/prerender.js').Tone, text: string, footer: string }} content
 *   `tone` one of the widget's verdict tones (danger, warning, ok, neutral).
 * @returns {Promise<Buffer>}
 */
async function image({ title, pill, tone, text, footer }) {
  const colours = PALETTE[tone];
  const [color] = colours.color.split(',');
  const [background] = colours.background.split(',');
  const [ink] = PALETTE.neutral.color.split(',');
  const svg = await satori(
    /** @type {any} */ (
      el(
        'div',
        {
          width: OG_WIDTH,
          height: OG_HEIGHT,
          display: 'flex',
          flexDirection: 'column',
          gap: 40,
          padding: '48px 72px',
          background: '#ffffff',
          color: ink,
          fontFamily: 'Inter',
          borderTop: `24px solid ${color}`,
        },
        [
          el(
            'div',
            { display: 'flex', width: TEXT_WIDTH, fontSize: 44, fontWeight: 700, color: '#202124' },
            [clip(title, 60)],
          ),
          el(
            'div',
            {
              display: 'flex',
              alignSelf: 'flex-start',
              padding: '14px 32px',
              borderRadius: 999,
              fontSize: 48,
              fontWeight: 700,
              color,
              background,
            },
            [pill],
          ),
          el('div', { display: 'flex', width: TEXT_WIDTH, fontSize: 32, lineHeight: 1.35 }, [
            clip(text, 200),
          ]),
          el(
            'div',
            {
              display: 'flex',
              position: 'absolute',
              left: 72,
              bottom: 40,
              fontSize: 26,
              color: '#5f6368',
            },
            [footer],
          ),
        ],
      )
    ),
    { width: OG_WIDTH, height: OG_HEIGHT, fonts },
  );
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}

/** Text the bundled fonts can draw: Latin script, with the punctuation and digits all share. */
const LATIN = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

/**
 * The verdict image of `record`: the page's title, the headline verdict's label in the card's
 * colours for it, the short answer, and the vendor.
 *
 * @param {import('@ai-training-verdict/sdk').ToolRecord} record
 * @param {{ title: string, siteName: string }} words  `title` the page's title ("Does X train on
 *   your data?"), `siteName` the footer line.
 */
export function verdictImage(record, words) {
  const { verdict, label, shortAnswer } = headline(record);
  return image({
    title: words.title,
    pill: label,
    tone: toneOf(verdict),
    text: shortAnswer,
    footer: LATIN.test(record.vendor) ? `${record.vendor} · ${words.siteName}` : words.siteName,
  });
}

/**
 * The index's image: its title, how many tools, its description.
 *
 * @param {{ title: string, count: string, description: string, siteName: string }} words
 */
export function siteImage(words) {
  return image({
    title: words.title,
    pill: words.count,
    tone: 'neutral',
    text: words.description,
    footer: words.siteName,
  });
}
