/**
 * The verdict and badge words on their own module, so that an interface showing only a record's
 * verdicts and badges (the widget's card) takes these and nothing else of `labels`: a bundler puts
 * a module's code where it is used, whole.
 */
import type { Messages } from './labels.js';

/** The part of `Messages` that names verdicts and badges: what every interface shows beside a record. */
export type VerdictLabels = Pick<
  Messages,
  | 'lang'
  | 'tierVerdict'
  | 'headlineVerdict'
  | 'confidence'
  | 'confidenceNotStated'
  | 'optOut'
  | 'zdrDpa'
  | 'archive'
>;

/**
 * The English verdict and badge labels on their own: the same objects as in `labels.en`, worded as
 * on the seed pages. An interface with its own text for everything else (the widget) imports
 * these, and a bundler leaves the rest of `labels` out.
 */
export const verdictLabelsEn: VerdictLabels = {
  lang: 'en',
  tierVerdict: {
    trains: 'Trains on your data',
    'trains-unless-opt-out': 'Trains unless you opt out',
    'trains-if-opt-in': 'Trains only if you opt in',
    'no-training': 'No training',
    unclear: 'Terms permit use; training unclear',
    unknown: 'Not known',
  },
  headlineVerdict: {
    'trains-by-default': 'Trains by default',
    'depends-on-plan': 'Depends on your plan',
    'opt-in-only': 'Trains only if you opt in',
    'no-training': 'No training',
    unclear: 'Terms permit use; training unclear',
    unknown: 'Not known',
  },
  confidence: {
    high: 'High confidence',
    medium: 'Medium confidence',
    low: 'Low confidence',
  },
  confidenceNotStated: 'Confidence not stated',
  optOut: {
    available: 'Opt-out available',
    'not-available': 'No opt-out',
    'not-needed': 'No opt-out needed',
    unknown: 'Opt-out not known',
  },
  zdrDpa: {
    offered: 'ZDR / DPA offered',
    enterprise: 'ZDR / DPA on enterprise',
    'not-offered': 'No ZDR / DPA',
    unknown: 'ZDR / DPA not known',
  },
  archive: { link: 'Archived copy, {date}', lastSeen: 'still in the archive on {date}' },
};
