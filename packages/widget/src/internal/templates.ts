/**
 * Small templates both elements and the optional sections use: verdict pills (icon and words, never
 * colour alone), safe links and headings at a chosen level.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CardText } from './i18n.js';
import { isHttpsUrl, type HeadlineVerdict, type TierVerdict } from './record.js';

import type { Tone } from './palette.js';

export type { Tone };

// Icons, 16 x 16, stroked in currentColor. One shape per meaning, for tier and headline verdicts.
const CROSS = svg`<circle cx="8" cy="8" r="6.25"/><path d="M5.75 5.75l4.5 4.5m0-4.5l-4.5 4.5"/>`;
const ALERT = svg`<path d="M8 1.9l6.6 11.7H1.4zM8 6.2v3.6m0 1.8v.1"/>`;
const PLUS = svg`<circle cx="8" cy="8" r="6.25"/><path d="M8 5v6M5 8h6"/>`;
const CHECK = svg`<circle cx="8" cy="8" r="6.25"/><path d="M5.2 8.2l1.9 1.9 3.7-4.1"/>`;
const QUESTION = svg`<circle cx="8" cy="8" r="6.25"/><path d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4m0 1.8v.1"/>`;
const DASH = svg`<circle cx="8" cy="8" r="6.25"/><path d="M5 8h6"/>`;

const LOOKS: Readonly<Record<TierVerdict | HeadlineVerdict, readonly [Tone, TemplateResult]>> = {
  trains: ['danger', CROSS],
  'trains-by-default': ['danger', CROSS],
  'trains-unless-opt-out': ['warning', ALERT],
  'depends-on-plan': ['warning', ALERT],
  'trains-if-opt-in': ['ok', PLUS],
  'opt-in-only': ['ok', PLUS],
  'no-training': ['ok', CHECK],
  unclear: ['neutral', QUESTION],
  unknown: ['neutral', DASH],
};

/** The tone (colour family) of a verdict. */
export const toneOf = (verdict: TierVerdict | HeadlineVerdict): Tone =>
  (LOOKS[verdict] ?? LOOKS.unknown)[0];

/** A decorative icon: hidden from assistive technology, because the words beside it say it all. */
const icon = (paths: TemplateResult): TemplateResult =>
  // The outer <svg> belongs in an html template; only its children are svg templates (Lit docs).
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${paths}</svg>`;

/** The alert icon, for notes such as "may be out of date". */
export const alertIcon = (): TemplateResult => icon(ALERT);

/** A verdict pill: the icon and the words, in the verdict's colours; `part` names it for `::part`. */
export function pill(
  verdict: TierVerdict | HeadlineVerdict,
  label: string,
  part = 'verdict',
): TemplateResult {
  const [tone, paths] = LOOKS[verdict] ?? LOOKS.unknown;
  return html`<span part=${part} class="pill ${tone}">${icon(paths)}<span>${label}</span></span>`;
}

/**
 * A link that opens in a new tab, only for an https URL (anything else is shown as plain text), with
 * `rel="noopener noreferrer"` and the new tab announced to screen readers.
 */
export function link(url: unknown, content: unknown, t: CardText): unknown {
  return isHttpsUrl(url)
    ? html`<a href=${url} rel="noopener noreferrer" target="_blank"
        >${content}<span class="vh"> ${t.newTab}</span></a
      >`
    : content;
}

/**
 * A heading at `level` (1-6; deeper levels stay at 6). `role="heading"` with `aria-level` rather than
 * h1-h6 elements, so the level can follow the `heading-level` attribute without six templates.
 */
export const heading = (level: number, content: unknown, id?: string): TemplateResult =>
  html`<div role="heading" aria-level=${Math.min(level, 6)} class="h" id=${id ?? nothing}>
    ${content}
  </div>`;
