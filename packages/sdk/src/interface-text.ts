/**
 * The words of the widget's interface (`<ai-training-verdict>`, `<ai-training-table>`), typed once
 * for every language. The SDK owns them with the rest of a language's words: each language but
 * English is one module, `locales/<lang>.ts`, holding its reader labels (`readerLabels`) and this
 * interface text (`interfaceText`), so a new language is that module and its place in
 * `READER_LOCALES`.
 *
 * English, the default, is the exception, for the widget's byte budget: the widget bundles the
 * English words of its default card in its CDN entry and carries the words of each lazily loaded
 * part (failure, compact badge, sections, table) in that part's own module, because a bundler puts
 * one module in one chunk, whole. Those modules are typed by the parts of `InterfaceText`
 * (`InterfaceText['sections']`…), so English has every key; another language's module
 * (`Translation<InterfaceText>`) may lack some, which the widget shows in English.
 */
import type {
  ConsentMechanism,
  DefaultState,
  ExposureLevel,
} from '@ai-training-verdict/data/vocabulary';
import type { Messages } from './labels.js';
import type { VerdictLabels } from './verdict-labels.js';

/** Interface text of the default path: the card's default sections, its states and the table. */
export interface CardText extends VerdictLabels {
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
interface CompactText {
  /** The out-of-date note, in brackets inside a sentence. */
  readonly staleShort: string;
  /** The link in the compact variant; its accessible name adds the source's title. */
  readonly source: string;
}

/** What a card says about an id no record has, loaded only with a load that fails. */
interface FailureText {
  /** `{tool}`: the id as the page wrote it. */
  readonly unknownTool: string;
  /** `{list}`: suggested ids, joined with "or". */
  readonly didYouMean: string;
}

/** Interface text of `<ai-training-table>`, bundled with that element only. */
interface TableText {
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

/**
 * Interface text of the optional sections (`sections="opt-out faq …"`), loaded with them. Each
 * section's heading is `<token>Title`, the token in camel case (`optOutTitle` for `opt-out`): the
 * widget's list of sections (`SECTION_TOKENS`) is the one list of them, so a section added there
 * needs no edit here. The widget's English must have a title for each (its compiler says so), and
 * its tests hold every language's titles to that list.
 */
interface SectionText {
  readonly [title: `${string}Title`]: string;
  /** What happens when the user does nothing (`optOut.defaultState`). */
  readonly defaultState: Readonly<Record<DefaultState, string>>;
  /** How a user acts on training (`optOut.methods[].mechanism`). */
  readonly mechanism: Readonly<Record<ConsentMechanism, string>>;
  /** `{date}`, then the record's description of the deadline. */
  readonly deadline: string;
  /** Shown instead of a section whose field the record lacks. */
  readonly notKnown: string;
  /** `{date}`: when a retention period took effect. */
  readonly retentionSince: string;
  /** `{previous}`: the period before that date. */
  readonly retentionPrevious: string;
  readonly zdr: string;
  readonly dpa: string;
  /** Introduces the claim being corrected. */
  readonly claim: string;
  /** The four FAQ questions, in the SDK's `Messages['faq']` shape; `{tool}` is the tool's name. */
  readonly faq: Pick<
    Messages['faq'],
    'trainingQuestion' | 'optOutQuestion' | 'zdrDpaQuestion' | 'confidentialQuestion'
  >;
  /** Kinds of change-history entry, in the SDK's `Messages['change']` shape. */
  readonly change: Messages['change'];
  readonly undated: string;
  /** `{date}`: a change no source dates, seen first in the public archive's capture that day. */
  readonly seenInArchive: string;
  readonly before: string;
  readonly after: string;
  /** `{document}`: where a clause comes from. */
  readonly clauseFrom: string;
  readonly plainMeaning: string;
  readonly whyItMatters: string;
  readonly interpretiveNote: string;
  readonly userImpact: string;
  readonly products: string;
  /** The label on compliance notes: they are the project's analysis, not the vendor's words. */
  readonly analysis: string;
  readonly regulations: string;
  readonly exposure: string;
  readonly exposureLevel: Readonly<Record<ExposureLevel, string>>;
  readonly jurisdictions: string;
  readonly regulatoryLandscape: string;
  readonly jurisdictionFlags: string;
  readonly contractImplications: string;
  readonly complianceConsiderations: string;
}

/**
 * Every word of the widget's interface in one language: the card's default path, and each part a
 * lazily loaded module of the widget shows (its failure message, the compact badge, the optional
 * sections, the table). A language's module (`locales/<lang>.ts`) fills all of it at once.
 */
export interface InterfaceText extends CardText {
  readonly failure: FailureText;
  readonly compact: CompactText;
  readonly sections: SectionText;
  readonly table: TableText;
}
