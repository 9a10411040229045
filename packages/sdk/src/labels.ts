import type {
  ChangeType,
  Confidence,
  EvidenceBasis,
  HeadlineVerdict,
  OfferAvailability,
  OptOutAvailability,
  SourceOrigin,
  TierVerdict,
} from '@ai-training-verdict/data/schema';
import type { FeedLabels } from '@ai-training-verdict/data/vocabulary';
import { verdictLabelsEn, type VerdictLabels } from './verdict-labels.js';

export { verdictLabelsEn, type VerdictLabels };

/**
 * Every piece of text the SDK shows to a reader, for one language. Values may contain `{tool}`,
 * `{vendor}`, `{date}`, `{days}`, `{tier}` or `{detail}` placeholders, filled in by the SDK.
 *
 * To add a language, write a `Messages` object (the compiler lists every missing key) and either add
 * it to `labels` in this package or pass it wherever a `locale` is accepted.
 */
export interface Messages extends FeedLabels {
  /** BCP 47 language tag, used as `inLanguage` in JSON-LD. */
  readonly lang: string;
  /** One label per confidence level. */
  readonly confidence: Readonly<Record<Confidence, string>>;
  /** Shown when neither the claim nor the record states a confidence. */
  readonly confidenceNotStated: string;
  /** The opt-out badge. */
  readonly optOut: Readonly<Record<OptOutAvailability, string>>;
  /** The ZDR / DPA badge. */
  readonly zdrDpa: Readonly<Record<OfferAvailability, string>>;
  /** A source's copy in a public archive: the feeds' `link` (`FeedLabels`), and when it was last seen. */
  readonly archive: FeedLabels['archive'] & {
    /** "still in the archive on {date}": the archive's newest run that still had the quote. */
    readonly lastSeen: string;
  };
  /** Verification lines. */
  readonly verification: {
    /** `{date}` is the ISO date. */
    readonly lastVerified: string;
    /** A record with no verification date. */
    readonly notRecorded: string;
    /** `{days}` is the age in days. */
    readonly daysAgo: string;
    /** Shown next to a record older than the staleness threshold, or never verified. */
    readonly stale: string;
  };
  /** The line closing a verdict card. */
  readonly disclaimer: string;
  /** Who is speaking in a source, and how its quote was confirmed, in plain words. */
  readonly evidence: {
    /** By who is speaking (`sourceOrigin` of the source's kind). */
    readonly origin: Readonly<Record<SourceOrigin, string>>;
    /** A source whose kind is not recorded. */
    readonly originNotStated: string;
    /** "Quote read in the live page on {date}" ({date} may be empty: see `onDate`). */
    readonly livePage: string;
    /** "Quote read in the archived copy{captured}{date}": a public archive's version anyone can open. */
    readonly archivedCopy: string;
    /** "Quote read in a stored copy{captured}{date}". */
    readonly storedCopy: string;
    /** " captured {date}", inserted into `storedCopy`. */
    readonly captured: string;
    /** " on {date}", inserted into `livePage` and `storedCopy`. */
    readonly onDate: string;
    /** "Quoted by “{via}”; not yet confirmed in the vendor's own text". */
    readonly secondaryOnly: string;
    /** A quote that does not say how it was confirmed. */
    readonly notRecorded: string;
    /** "Written by {who}". */
    readonly attribution: string;
    /** What a tier's verdict rests on (`tierEvidenceBasis`), as the coverage report says it. */
    readonly basis: Readonly<Record<EvidenceBasis, string>>;
  };
  /** Which sources a tier's claim rests on. */
  readonly sources: {
    /** The tier cites its own sources. */
    readonly tier: string;
    /** The tier cites none, so the record's sources are shown. */
    readonly record: string;
  };
  /** The FAQ of a seed page: questions, the parts of generated answers, and what to say when unknown. */
  readonly faq: {
    /** "Does {tool} train its AI models on my data?" */
    readonly trainingQuestion: string;
    /** "Can I opt out of {tool} training on my data?" */
    readonly optOutQuestion: string;
    /** "Does {tool} offer zero data retention (ZDR) or a DPA?" */
    readonly zdrDpaQuestion: string;
    /** "Is {tool} safe to use with confidential or proprietary data?" */
    readonly confidentialQuestion: string;
    /** Answer to the opt-out question when the record has no opt-out section. */
    readonly optOutUnknown: string;
    /** Answer to the ZDR / DPA question when the record has no data-handling section. */
    readonly zdrDpaUnknown: string;
    /** Opens the confidentiality answer when there is more than one tier. */
    readonly confidentialIntro: string;
    /** One tier in the confidentiality answer. */
    readonly confidentialTier: string;
    /** Closes the confidentiality answer. */
    readonly confidentialClosing: string;
  };
}

/** English messages. Badge and table wording follows the seed pages. */
const en: Messages = {
  lang: verdictLabelsEn.lang,
  tierVerdict: verdictLabelsEn.tierVerdict,
  headlineVerdict: verdictLabelsEn.headlineVerdict,
  confidence: verdictLabelsEn.confidence,
  confidenceNotStated: verdictLabelsEn.confidenceNotStated,
  optOut: verdictLabelsEn.optOut,
  zdrDpa: verdictLabelsEn.zdrDpa,
  archive: verdictLabelsEn.archive,
  change: {
    'policy-change': 'Policy change',
    'record-correction': 'Record correction',
    're-verified': 'Re-verified',
  },
  verification: {
    lastVerified: 'Last verified {date}',
    notRecorded: 'Verification date not recorded',
    daysAgo: '{days} days ago',
    stale: 'Possibly out of date',
  },
  disclaimer: 'Cited public information, not legal advice.',
  evidence: {
    origin: {
      vendor: "The vendor's own page",
      news: 'News coverage',
      secondary: 'A secondary summary (a lead, not the basis of a verdict)',
      analysis: 'Analysis',
    },
    originNotStated: 'Kind of source not recorded',
    livePage: 'Quote read in the live page{date}',
    archivedCopy: 'Quote read in the archived copy{captured}{date}',
    storedCopy: 'Quote read in a stored copy{captured}{date}',
    captured: ' captured {date}',
    onDate: ' on {date}',
    secondaryOnly: "Quoted by “{via}”; not yet confirmed in the vendor's own text",
    notRecorded: 'How this quote was confirmed is not recorded',
    attribution: 'Written by {who}',
    basis: {
      vendor: "The vendor's own text",
      news: 'News coverage',
      secondary: 'A secondary source only',
      none: 'Nothing: not known',
    },
  },
  feed: {
    toolTitle: 'Does {tool} train on your data? Policy changes',
    allTitle: 'Does this AI tool train on your data? Policy changes, every tool',
    subtitle:
      'Changes to whether AI tools train their models on your data, from sourced, dated records.',
    author: 'ai-training-verdict maintainers',
    effective: 'Effective {date}',
    effectiveNotStated: 'Effective date not stated by the sources',
    seenInArchive: 'Seen in the archive on {date}',
    before: 'Before: {text}',
    after: 'After: {text}',
    sources: 'Sources',
  },
  sources: {
    tier: 'Sources cited for this tier',
    record: 'This tier cites no source of its own; these are the sources of the whole record',
  },
  faq: {
    trainingQuestion: 'Does {tool} train its AI models on my data?',
    optOutQuestion: 'Can I opt out of {tool} training on my data?',
    zdrDpaQuestion: 'Does {tool} offer zero data retention (ZDR) or a DPA?',
    confidentialQuestion: 'Is {tool} safe to use with confidential or proprietary data?',
    optOutUnknown:
      'Not known. None of the sources we have found says whether you can opt out of {tool} training on your data.',
    zdrDpaUnknown:
      'Not known. None of the sources we have found says whether {tool} offers zero data retention (ZDR) or a DPA.',
    confidentialIntro: 'It depends on your plan tier.',
    confidentialTier: '{tier}: {detail}',
    confidentialClosing:
      'Always confirm current terms with {vendor} before sending confidential data — this is cited public information, not legal advice.',
  },
};

/**
 * The messages the SDK ships, by locale: English. The words shown beside a record also ship in
 * German, French and Spanish (`loadReaderLabels`); the rest of `Messages` is English only for now.
 */
export const labels: { readonly en: Messages } = { en };

/**
 * A locale whose whole `Messages` the SDK bundles: English. Every language of `READER_LOCALES`
 * (`ReaderLocale`) has its reader labels too, loaded on demand (`loadMessages`).
 */
export type BundledLocale = keyof typeof labels;

/**
 * What every `locale` parameter accepts: a bundled locale (`'en'`), or a `Messages` object, such
 * as `await loadMessages('de')` or one of your own (for a language the SDK does not ship yet).
 */
export type LocaleOrMessages = BundledLocale | Messages;

/** The messages for a locale (a `Messages` object is returned as is; an unknown locale gives English). */
export function messagesFor(locale: LocaleOrMessages = 'en'): Messages {
  if (typeof locale === 'object' && locale !== null) return locale;
  return Object.prototype.hasOwnProperty.call(labels, locale) ? labels[locale] : labels.en;
}

/**
 * The plain-words label of a tier verdict.
 *
 * @example verdictLabel('trains-unless-opt-out') // "Trains unless you opt out"
 */
export function verdictLabel(verdict: TierVerdict, locale?: LocaleOrMessages): string {
  return messagesFor(locale).tierVerdict[verdict];
}

/**
 * The plain-words label of a headline verdict, as on a seed page's badge.
 *
 * @example headlineLabel('depends-on-plan') // "Depends on your plan"
 */
export function headlineLabel(verdict: HeadlineVerdict, locale?: LocaleOrMessages): string {
  return messagesFor(locale).headlineVerdict[verdict];
}

/**
 * The label of a confidence level; `undefined` (not stated) gives "Confidence not stated".
 *
 * @example confidenceLabel('medium') // "Medium confidence"
 */
export function confidenceLabel(
  confidence: Confidence | undefined,
  locale?: LocaleOrMessages,
): string {
  const messages = messagesFor(locale);
  return confidence === undefined ? messages.confidenceNotStated : messages.confidence[confidence];
}

/**
 * The opt-out badge.
 *
 * @example optOutLabel('available') // "Opt-out available"
 */
export function optOutLabel(availability: OptOutAvailability, locale?: LocaleOrMessages): string {
  return messagesFor(locale).optOut[availability];
}

/**
 * The ZDR / DPA badge.
 *
 * @example zdrDpaLabel('enterprise') // "ZDR / DPA on enterprise"
 */
export function zdrDpaLabel(availability: OfferAvailability, locale?: LocaleOrMessages): string {
  return messagesFor(locale).zdrDpa[availability];
}

/**
 * The label of a change-history entry's kind.
 *
 * @example changeLabel('policy-change') // "Policy change"
 */
export function changeLabel(type: ChangeType, locale?: LocaleOrMessages): string {
  return messagesFor(locale).change[type];
}
