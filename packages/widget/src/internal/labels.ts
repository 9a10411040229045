/**
 * UI strings and icons for the closed vocabularies of a record. These are interface text, not record
 * text: they will move to the localised string tables (English, German, French, Spanish) that issue
 * #4 asks for. Every verdict is shown as an icon and a label, never by colour alone.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { HeadlineVerdict, SourceKind, SourceStatus, TierVerdict } from './record.js';

/** The colour family of a verdict; each maps to a `--atv-<tone>-*` pair of custom properties. */
export type Tone = 'danger' | 'warning' | 'ok' | 'neutral';

/** The shapes behind the verdict icons, 16 x 16, drawn in `currentColor`. */
export type IconName = 'cross' | 'alert' | 'plus' | 'check' | 'question' | 'dash';

interface VerdictLabel {
  readonly label: string;
  readonly tone: Tone;
  readonly icon: IconName;
}

export const TIER_VERDICT_LABELS: Readonly<Record<TierVerdict, VerdictLabel>> = {
  trains: { label: 'Trains on your data', tone: 'danger', icon: 'cross' },
  'trains-unless-opt-out': { label: 'Trains unless you opt out', tone: 'warning', icon: 'alert' },
  'trains-if-opt-in': { label: 'Only if you opt in', tone: 'ok', icon: 'plus' },
  'no-training': { label: 'Does not train on your data', tone: 'ok', icon: 'check' },
  unclear: { label: 'Unclear', tone: 'neutral', icon: 'question' },
  unknown: { label: 'Unknown', tone: 'neutral', icon: 'dash' },
};

export const HEADLINE_VERDICT_LABELS: Readonly<Record<HeadlineVerdict, VerdictLabel>> = {
  'trains-by-default': { label: 'Trains on your data by default', tone: 'danger', icon: 'cross' },
  'depends-on-plan': { label: 'Depends on your plan', tone: 'warning', icon: 'alert' },
  'opt-in-only': { label: 'Only if you opt in', tone: 'ok', icon: 'plus' },
  'no-training': { label: 'Does not train on your data', tone: 'ok', icon: 'check' },
  unclear: { label: 'Unclear', tone: 'neutral', icon: 'question' },
  unknown: { label: 'Unknown', tone: 'neutral', icon: 'dash' },
};

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  terms: 'Terms',
  'privacy-policy': 'Privacy policy',
  dpa: 'Data processing agreement',
  'help-center': 'Help centre',
  announcement: 'Announcement',
  'trust-page': 'Trust page',
  news: 'News',
};

/** A note shown under a source whose quote can no longer be checked; `current` shows nothing. */
export const SOURCE_STATUS_NOTES: Readonly<Record<SourceStatus, string | undefined>> = {
  current: undefined,
  'quote-not-found': 'The quoted text could no longer be found in this source.',
  unreachable: 'This source could not be reached when it was last checked.',
};

/** Fallbacks for the two verdict maps, in case a newer record carries a verdict this copy lacks. */
export const UNKNOWN_VERDICT: VerdictLabel = TIER_VERDICT_LABELS.unknown;

const ICON_PATHS: Readonly<Record<IconName, SVGTemplateResult>> = {
  cross: svg`<circle cx="8" cy="8" r="6.25" /><path d="M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5" />`,
  alert: svg`<path d="M8 1.9L14.6 13.6H1.4z" /><path d="M8 6.2v3.6M8 11.6v.1" />`,
  plus: svg`<circle cx="8" cy="8" r="6.25" /><path d="M8 5v6M5 8h6" />`,
  check: svg`<circle cx="8" cy="8" r="6.25" /><path d="M5.2 8.2l1.9 1.9 3.7-4.1" />`,
  question: svg`<circle cx="8" cy="8" r="6.25" /><path d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.4v.1" />`,
  dash: svg`<circle cx="8" cy="8" r="6.25" /><path d="M5 8h6" />`,
};

/** A decorative icon: hidden from assistive technology, because the label beside it says it all. */
export function icon(name: IconName): TemplateResult {
  // The outer <svg> belongs in an html template; only its children are svg templates (Lit docs).
  return html`<svg
    class="icon"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${ICON_PATHS[name]}
  </svg>`;
}
