/**
 * static/badges/<id>.svg (scripts/build-static.mjs): a shields-style badge, "Jasper | trains by
 * default", with a `<title>`, for platforms that strip `<script>`. In Node only (anafanafo).
 */
import { xmlText } from '@ai-training-verdict/data/output';
import measure from 'anafanafo';
import { PALETTE } from '../internal/palette.js';
import type { CardText } from '../internal/i18n.js';
import type { ToolRecord } from '../internal/record.js';
import { toneOf } from '../internal/templates.js';

/**
 * Width in px of `text` at 11 px Verdana, the font shields-style badges use, from anafanafo's table
 * of its advance widths (what badge-maker measures with; its `makeBadge` is not used because it
 * picks the message's text colour itself, and the verdict half must be in the element's pill
 * colours). Each text also gets a textLength, so the browser fits it to the computed box.
 */
export const textWidth = (text: string): number =>
  Math.round(measure(text, { font: '11px Verdana', guess: true }));

/**
 * The badge's words: "Jasper: trains by default" (English lowercases the verdict, as running
 * text would; other languages keep the label as the element shows it).
 */
export function badgeText(record: Pick<ToolRecord, 'name' | 'headline'>, strings: CardText) {
  const label = strings.headlineVerdict[record.headline.verdict] ?? record.headline.verdict;
  const verdict =
    strings.lang === 'en' ? label.charAt(0).toLocaleLowerCase('en') + label.slice(1) : label;
  return { name: record.name, verdict, title: `${record.name}: ${verdict}` };
}

/**
 * A shields-style SVG badge: the tool's name on the left, its headline verdict on the right in the
 * element's pill colours for that verdict. It has a `<title>` and an `aria-label`, names system
 * fonts only, and links to and loads nothing. Text goes through the data package's `xmlText`,
 * which also drops what XML 1.0 forbids (control characters, lone surrogates), so it always parses.
 */
export function renderBadge(
  record: Pick<ToolRecord, 'id' | 'name' | 'headline'>,
  { strings }: { strings: CardText },
): string {
  const { name, verdict, title } = badgeText(record, strings);
  // The light half of each light-dark() pair: an SVG image has no colour scheme of its own.
  const tone = PALETTE[toneOf(record.headline.verdict)];
  const [neutral] = PALETTE.neutral.color.split(',');
  const [color] = tone.color.split(',');
  const [background] = tone.background.split(',');
  const left = textWidth(name) + 12;
  const right = textWidth(verdict) + 12;
  const width = left + right;
  const id = `atv-${String(record.id).replace(/[^a-z0-9-]/gi, '')}`;
  const text = (content: string, x: number, w: number, fill: string | undefined): string =>
    `<text x="${x * 10}" y="140" transform="scale(.1)" fill="${fill}" textLength="${(w - 12) * 10}">${xmlText(content)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${xmlText(title)}">
<title>${xmlText(title)}</title>
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
