/**
 * The closed vocabularies of a record. Every value a reader can be shown is one of these; "unclear"
 * and "unknown" are first-class so that a gap in our knowledge is never shown as a safe-sounding answer.
 *
 * Plain-language labels live in `@ai-training-verdict/sdk` (they are UI text and get translated).
 */

/**
 * What one plan tier or audience gets: does the vendor train its models on their data? Each value's
 * comment is its rule: a tier's verdict is never stronger than the sentence it rests on. The data
 * README's "One rule for verdicts" and the documents' lists of verdicts are written from this list
 * by `pnpm schema:write`: a verdict's rule is written here, and no document lists them by hand.
 */
export const TIER_VERDICTS = [
  /** The text says the tier's content is used to train or improve models, and names no way out. */
  'trains',
  /**
   * Used by default, and the text names a way to stop it (a setting, an objection, a form, an
   * e-mail). An EU "right to object" counts only for an EU tier.
   */
  'trains-unless-opt-out',
  /**
   * The text says no training "by default", "without your permission", "unless you opt in /
   * explicitly agree", or names a consented route (an opt-in programme, feedback that may be used
   * for training). A qualified "no" is not `no-training`: the vendor keeps a route.
   */
  'trains-if-opt-in',
  /** The text says the content is not used to train models, with no such condition. */
  'no-training',
  /**
   * The text permits use ("to improve our services", "machine learning") without saying whether
   * that means training models.
   */
  'unclear',
  /** No vendor text found. An unknown tier cites no source. */
  'unknown',
] as const;
export type TierVerdict = (typeof TIER_VERDICTS)[number];

/**
 * What each tier verdict says happens when the user does nothing, the one thing the headline sums up
 * (`deriveHeadlineVerdict`): trains, does not, trains only after an opt-in, or not known. Typed by
 * `TierVerdict`, so a verdict added above does not compile until it is placed here too.
 */
export const TIER_VERDICT_DEFAULTS: Readonly<
  Record<TierVerdict, 'trains' | 'no-training' | 'opt-in' | 'unclear' | 'unknown'>
> = {
  trains: 'trains',
  'trains-unless-opt-out': 'trains',
  'trains-if-opt-in': 'opt-in',
  'no-training': 'no-training',
  unclear: 'unclear',
  unknown: 'unknown',
};

/** The one-line answer for a whole tool, derived from its tiers (see `deriveHeadlineVerdict`). */
export const HEADLINE_VERDICTS = [
  /** Every tier trains unless the user acts (with or without an opt-out). */
  'trains-by-default',
  /** Tiers disagree: the answer depends on the plan or audience. */
  'depends-on-plan',
  /** No tier trains unless the user opts in, and at least one tier offers that opt-in. */
  'opt-in-only',
  /** No tier trains. */
  'no-training',
  /** Every tier's terms permit use, and whether that includes training is unclear. */
  'unclear',
  /** No tier has a known verdict. */
  'unknown',
] as const;
export type HeadlineVerdict = (typeof HEADLINE_VERDICTS)[number];

/** How strongly a claim is supported: the vendor's own words beat news coverage beat inference. */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * What a claim rests on, strongest first: the vendor's own text (read in its live page or a stored
 * copy), news coverage (read the same way), only a secondary page or a source nobody has recorded
 * reading, or nothing at all (no source, or a verdict that is "not known").
 */
export const EVIDENCE_BASES = ['vendor', 'news', 'secondary', 'none'] as const;
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

/** What a tier row describes. */
export const TIER_KINDS = ['plan', 'audience', 'product', 'all-users'] as const;
export type TierKind = (typeof TIER_KINDS)[number];

/** Whether a user can opt out of training. */
export const OPT_OUT_AVAILABILITY = [
  'available',
  'not-available',
  'not-needed',
  'unknown',
] as const;
export type OptOutAvailability = (typeof OPT_OUT_AVAILABILITY)[number];

/**
 * What happens when the user does nothing. Recorded apart from the consent mechanism, because
 * "an opt-out toggle pre-set to on" and "asked once, defaults to off" are different answers.
 */
export const DEFAULT_STATES = ['training-on', 'training-off', 'unknown'] as const;
export type DefaultState = (typeof DEFAULT_STATES)[number];

/** How a user exercises a choice about training. */
export const CONSENT_MECHANISMS = [
  'settings-toggle',
  'consent-prompt',
  'email',
  'web-form',
  'contract',
  'support-request',
] as const;
export type ConsentMechanism = (typeof CONSENT_MECHANISMS)[number];

/**
 * Whether zero data retention or a data processing agreement is offered: to customers generally
 * (`offered`, with who in the detail), only to enterprise or qualifying customers, or not at all.
 */
export const OFFER_AVAILABILITY = ['offered', 'enterprise', 'not-offered', 'unknown'] as const;
export type OfferAvailability = (typeof OFFER_AVAILABILITY)[number];

/**
 * What kind of document a source is, which also says who is speaking (`sourceOrigin`): the vendor's
 * own pages, news coverage, a secondary summary (aggregators, "does X train" sites, monitoring
 * services: leads, never the basis of a verdict on their own) or analysis (ours or a third party's,
 * always attributed).
 */
export const SOURCE_KINDS = [
  'terms',
  'privacy-policy',
  'dpa',
  'help-center',
  'announcement',
  'trust-page',
  'docs',
  'news',
  'secondary',
  'analysis',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who is speaking in a source. */
export const SOURCE_ORIGINS = ['vendor', 'news', 'secondary', 'analysis'] as const;
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];

/** Who is speaking in a source of this kind: every kind but news, secondary and analysis is the vendor's. */
export function sourceOrigin(kind: SourceKind): SourceOrigin {
  return kind === 'news' || kind === 'secondary' || kind === 'analysis' ? kind : 'vendor';
}

/**
 * How a source's quote was confirmed. Never claim more than was done: a quote read in the vendor's
 * live page on a date; read in a public archive's dated copy that anyone can open (the source's
 * `archived`); read in a stored copy only we have read (with the copy's capture date when known); or
 * only quoted by a secondary page and not yet found in the vendor's own text.
 */
export const QUOTE_CONFIRMATIONS = [
  'live-page',
  'archived-copy',
  'stored-copy',
  'secondary-only',
] as const;
export type QuoteConfirmation = (typeof QUOTE_CONFIRMATIONS)[number];

/**
 * Public archives of vendors' documents a source can cite a version in, each with the owner of the
 * git repositories that hold its copies. Open Terms Archive keeps verbatim, dated copies of terms
 * and privacy policies, one commit per captured change (https://opentermsarchive.org).
 */
export const ARCHIVE_IDS = ['open-terms-archive'] as const;
export type ArchiveId = (typeof ARCHIVE_IDS)[number];

/** Each archive's name and the owner of its repositories, typed by `ARCHIVE_IDS`. */
export const ARCHIVES: Readonly<Record<ArchiveId, { name: string; owner: string }>> = {
  'open-terms-archive': { name: 'Open Terms Archive', owner: 'OpenTermsArchive' },
};

/**
 * Whether a source still says what we quote. A quote that can no longer be found demotes the claims
 * it supports to "needs re-verification".
 */
export const SOURCE_STATUSES = ['current', 'quote-not-found', 'unreachable'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** Governance exposure level in a compliance analysis. */
export const EXPOSURE_LEVELS = ['high', 'medium', 'low'] as const;
export type ExposureLevel = (typeof EXPOSURE_LEVELS)[number];

/**
 * Kinds of change-history entry. A vendor changing its policy is a different event from this project
 * correcting or re-verifying its own record (Open Terms Archive keeps the same split).
 */
export const CHANGE_TYPES = ['policy-change', 'record-correction', 're-verified'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];
