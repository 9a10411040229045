/**
 * The closed vocabularies of a record. Every value a reader can be shown is one of these; "unclear"
 * and "unknown" are first-class so that a gap in our knowledge is never shown as a safe-sounding answer.
 *
 * Plain-language labels live in `@ai-training-verdict/sdk` (they are UI text and get translated).
 */

/** What one plan tier or audience gets: does the vendor train its models on their data? */
export const TIER_VERDICTS = [
  /** Trains on your data and offers this tier no way out. */
  'trains',
  /** Trains on your data by default; you can opt out. */
  'trains-unless-opt-out',
  /** Does not train unless you opt in. */
  'trains-if-opt-in',
  /** Does not train on your data. */
  'no-training',
  /** The terms permit use of your data, but whether that use includes model training is unclear. */
  'unclear',
  /** Not known: no source found. */
  'unknown',
] as const;
export type TierVerdict = (typeof TIER_VERDICTS)[number];

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
