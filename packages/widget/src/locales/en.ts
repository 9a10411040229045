/**
 * The widget's interface text in English, bundled with the elements. German, French and Spanish live
 * beside this file and are loaded with a dynamic `import()` only on a page that asks for them.
 *
 * Record text (names, answers, details, quotes) is never translated here: it is shown as written and
 * marked `lang="en"`. Verdict and badge labels are the SDK's own (`verdictLabelsEn`), so the words match
 * the SDK, the CLI and the seed pages. Values may hold `{name}` placeholders, filled by `fill()`.
 */
import {
  verdictLabelsEn,
  type ChangeType,
  type Messages,
  type VerdictLabels,
} from '@ai-training-verdict/sdk';

/** Interface text of the default path: the card's default sections, its states and the table. */
export interface Strings extends VerdictLabels {
  /** Link to the tool's own website. */
  readonly officialSite: string;
  /** Read after a link that opens in a new tab (visually hidden). */
  readonly newTab: string;
  /** `{old}` is the id the page asked for, `{name}` the tool it now points to. */
  readonly renamed: string;
  /** The note on a record that is old or was never verified. */
  readonly stale: string;
  /** Caption of the tier table; `{tool}` is the tool's name. */
  readonly caption: string;
  /** Column headings of the tier table. */
  readonly planColumn: string;
  readonly verdictColumn: string;
  /** `{date}`: when a tier's verdict took effect. */
  readonly since: string;
  /** The visible marker on the row the `tier` attribute picks. */
  readonly highlighted: string;
  readonly sources: string;
  /** `{text}`: what a source supports. */
  readonly supports: string;
  readonly published: string;
  readonly retrieved: string;
  readonly quoteNotFound: string;
  /** Beside a tier whose verdict rests on a source whose quote is gone (the source says why). */
  readonly needsReverification: string;
  readonly unreachable: string;
  /** `{date}`: the record's last verification. */
  readonly lastVerified: string;
  readonly notVerified: string;
  readonly disclaimer: string;
  /** The footer link to the tool's Atom feed of policy changes. */
  readonly followChanges: string;
  /** `{tool}`: the id as the page wrote it. */
  readonly loading: string;
  readonly loadFailed: string;
}

/**
 * Words of the compact badge, also the table's out-of-date note: loaded with those, never by a
 * default card.
 */
export interface CompactStrings {
  /** The out-of-date note, in brackets inside a sentence. */
  readonly staleShort: string;
  /** The link in the compact variant; its accessible name adds the source's title. */
  readonly source: string;
}

/** What a card says about an id no record has, loaded only with a load that fails. */
export interface FailureStrings {
  /** `{tool}`: the id as the page wrote it. */
  readonly unknownTool: string;
  /** `{list}`: suggested ids, joined with "or". */
  readonly didYouMean: string;
}

/** Interface text of `<ai-training-table>`, bundled with that element only. */
export interface TableStrings {
  readonly caption: string;
  /** Column headings. */
  readonly tool: string;
  readonly training: string;
  readonly optOut: string;
  readonly zdrDpa: string;
  readonly verified: string;
  readonly evidence: string;
  /** A tool's evidence cell: `{n}` of its `{total}` tiers rest on the vendor's own text. */
  readonly onVendorText: string;
  /** `{list}`: ids the table has no record for. */
  readonly missing: string;
  /** The table could not load its records. */
  readonly failed: string;
}

/** Interface text of the optional sections (`sections="opt-out faq …"`), loaded with them. */
export interface SectionStrings {
  readonly optOutTitle: string;
  /** What happens when the user does nothing (`optOut.defaultState`). */
  readonly defaultState: Readonly<Record<'training-on' | 'training-off' | 'unknown', string>>;
  /** How a user acts on training (`optOut.methods[].mechanism`). */
  readonly mechanism: Readonly<
    Record<
      'settings-toggle' | 'consent-prompt' | 'email' | 'web-form' | 'contract' | 'support-request',
      string
    >
  >;
  /** `{date}`, then the record's description of the deadline. */
  readonly deadline: string;
  /** Shown instead of a section whose field the record lacks. */
  readonly notKnown: string;
  readonly retentionTitle: string;
  /** `{date}`: when a retention period took effect. */
  readonly retentionSince: string;
  /** `{previous}`: the period before that date. */
  readonly retentionPrevious: string;
  readonly zdr: string;
  readonly dpa: string;
  readonly listiclesTitle: string;
  /** Introduces the claim being corrected. */
  readonly claim: string;
  readonly faqTitle: string;
  /** The four FAQ questions, in the SDK's `Messages['faq']` shape; `{tool}` is the tool's name. */
  readonly faq: Pick<
    Messages['faq'],
    'trainingQuestion' | 'optOutQuestion' | 'zdrDpaQuestion' | 'confidentialQuestion'
  >;
  readonly historyTitle: string;
  /** Kinds of change-history entry, in the SDK's `Messages['change']` shape. */
  readonly change: Readonly<Record<ChangeType, string>>;
  readonly undated: string;
  /** `{date}`: a change no source dates, seen first in the public archive's capture that day. */
  readonly seenInArchive: string;
  readonly before: string;
  readonly after: string;
  readonly clausesTitle: string;
  /** `{document}`: where a clause comes from. */
  readonly clauseFrom: string;
  readonly plainMeaning: string;
  readonly whyItMatters: string;
  readonly interpretiveNote: string;
  readonly userImpact: string;
  readonly products: string;
  readonly complianceTitle: string;
  /** The label on compliance notes: they are the project's analysis, not the vendor's words. */
  readonly analysis: string;
  readonly regulations: string;
  readonly exposure: string;
  readonly exposureLevel: Readonly<Record<'high' | 'medium' | 'low', string>>;
  readonly jurisdictions: string;
  readonly regulatoryLandscape: string;
  readonly jurisdictionFlags: string;
  readonly contractImplications: string;
  readonly complianceConsiderations: string;
}

/** A lazily loaded locale carries every table of text. */
export type LocaleStrings = Strings & {
  readonly failure: FailureStrings;
  readonly compact: CompactStrings;
  readonly sections: SectionStrings;
  readonly table: TableStrings;
};

const en: Strings = {
  // Verdict and badge labels: the SDK's own, so the words match the SDK, the CLI and the seed pages.
  ...verdictLabelsEn,
  officialSite: 'Official site',
  newTab: '(opens in a new tab)',
  // True of a renamed id and of another id for the same tool (`openai` for ChatGPT) alike.
  renamed: '“{old}” leads to {name}.',
  stale: 'May be out of date: check the sources before you rely on it.',
  caption: 'Does {tool} train on your data? By plan or audience',
  planColumn: 'Plan or audience',
  verdictColumn: 'Verdict',
  since: 'Since {date}',
  highlighted: 'Highlighted',
  sources: 'Sources',
  supports: 'Supports: {text}',
  published: 'Published {date}',
  retrieved: 'Retrieved {date}',
  quoteNotFound: 'The quoted text could no longer be found in this source.',
  needsReverification: 'Needs re-verification',
  unreachable: 'This source could not be reached when it was last checked.',
  lastVerified: 'Last verified {date}',
  notVerified: 'Not verified yet',
  disclaimer:
    'Cited public information, not legal advice. Confirm current terms with the vendor before sending confidential data.',
  followChanges: 'Follow changes (Atom feed)',
  loading: 'Loading the AI training verdict for “{tool}”…',
  loadFailed: 'The AI training verdict for “{tool}” could not be loaded.',
};

export default en;
