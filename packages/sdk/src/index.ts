/**
 * `@ai-training-verdict/sdk`: a small typed API over the AI training verdict records. No DOM, no
 * zod: a bundle that calls `getTool('jasper')` downloads the table of record imports and Jasper's
 * record, nothing else (the catalog only with `listTools`, `findTools` or an unknown id). To read a newer data release from a URL, use `createClient` from
 * `@ai-training-verdict/sdk/client`.
 *
 * @example
 * ```ts
 * import { getTool, headline } from '@ai-training-verdict/sdk';
 * const jasper = await getTool('jasper');
 * headline(jasper).shortAnswer; // "Yes — Jasper trains on your data by default; you have to opt out."
 * ```
 *
 * @packageDocumentation
 */
import { catalog, type CatalogEntry, type ToolId } from '@ai-training-verdict/data/catalog';
import type { ToolRecord } from '@ai-training-verdict/data/schema';
import { compareFrom, getToolFrom, historyFrom, verdictForFrom } from './api.js';
import { bundledSource } from './bundled.js';
import { searchCatalog } from './search.js';
import type { LocaleOrMessages } from './labels.js';
import type { ComparisonRow, HistoryEntry, TierVerdictResult } from './record.js';

export type {
  CatalogEntry,
  Change,
  ChangeType,
  Confidence,
  HeadlineVerdict,
  OfferAvailability,
  OptOutAvailability,
  RedirectRecord,
  Source,
  Tier,
  TierKind,
  TierVerdict,
  ToolId,
  ToolRecord,
} from './types.js';
export {
  coverage,
  coverageWords,
  type Coverage,
  type CoverageWords,
  type CoverageTotals,
  type QuoteCount,
  type TierCoverage,
  type ToolCoverage,
} from './coverage.js';
export { UnknownTierError, UnknownToolError, type TierChoice } from './errors.js';
export {
  faq,
  jsonLd,
  jsonLdScript,
  serializeJsonLd,
  type FaqEntry,
  type FaqPageJsonLd,
  type FaqTopic,
} from './faq.js';
export {
  changeLabel,
  confidenceLabel,
  headlineLabel,
  labels,
  messagesFor,
  optOutLabel,
  verdictLabel,
  zdrDpaLabel,
  verdictLabelsEn,
  type BundledLocale,
  type LocaleOrMessages,
  type Messages,
  type VerdictLabels,
} from './labels.js';
export {
  isReaderLocale,
  loadMessages,
  loadReaderLabels,
  localeModules,
  READER_LOCALES,
  untranslatedLabels,
  type LocaleModule,
  type ReaderLabels,
  type ReaderLocale,
} from './reader-labels.js';
export type { CardText, InterfaceText } from './interface-text.js';
export { untranslated, withEnglish, type Translation } from './translation.js';
/** Fills a label's `{name}` placeholders (`labels.en.feed.toolTitle`, `{tool}`) in one pass. */
export { format } from './text.js';
export {
  comparisonRow,
  findTier,
  headline,
  historyOf,
  isStale,
  resolveTier,
  sourceEvidence,
  verificationAge,
  type ComparisonRow,
  type HeadlineResult,
  type SourceEvidence,
  type HistoryEntry,
  type HistoryState,
  type TierVerdictResult,
} from './record.js';

/** A tool id of the bundled release (autocompleted), or any string (checked at run time). */
export type ToolIdInput = ToolId | (string & {});

/**
 * Loads the record for a tool id, following redirects of renamed ids. Only that tool's record is
 * loaded (one dynamic import). Ids are matched case-insensitively; only the dataset's own ids count,
 * so `__proto__`, `constructor` or `toString` are unknown, never a prototype.
 *
 * @throws {UnknownToolError} (as a rejected promise) for an unknown id, with "did you mean" suggestions.
 * @example
 * ```ts
 * const claude = await getTool('claude');
 * claude.vendor; // "Anthropic"
 * ```
 */
export function getTool(id: ToolIdInput): Promise<ToolRecord> {
  return getToolFrom(bundledSource, id);
}

/**
 * The compact index of every tool (id, name, vendor, category, aliases, headline verdict, last
 * verification), without loading any record. Sorted by id.
 */
export function listTools(): CatalogEntry[] {
  // The catalog itself, imported here: a page that only calls getTool never downloads it.
  return [...catalog];
}

/**
 * Tools matching a query by id, name, vendor or alias, case- and accent-insensitive, best first:
 * exact id or name, then prefix, then substring, then vendor or alias matches. An empty query
 * matches nothing.
 *
 * @example findTools('anthropic').map((t) => t.id) // ["claude"]
 */
export function findTools(query: string): CatalogEntry[] {
  return [...searchCatalog(catalog, query)];
}

/**
 * One tier's verdict: the tier is found by id, label or a plan name in `tier.plans`
 * (case-insensitive). Returns the verdict, its label, the detail, the cited source objects (the
 * record's sources when the tier cites none, and `sourcesFrom` says which) and the confidence.
 *
 * @throws {UnknownToolError} for an unknown tool id.
 * @throws {UnknownTierError} when the tool has no such tier; it lists the tiers.
 * @example
 * ```ts
 * (await verdictFor('claude', 'Pro')).label; // "Trains unless you opt out"
 * ```
 */
export function verdictFor(
  id: ToolIdInput,
  tier: string,
  locale?: LocaleOrMessages,
): Promise<TierVerdictResult> {
  return verdictForFrom(bundledSource, id, tier, locale);
}

/**
 * Rows for a comparison table, one per distinct tool in the order given: headline verdict and
 * label, each tier's verdict, the opt-out and ZDR / DPA badges, and the last verification.
 *
 * @throws {UnknownToolError} for the first unknown id in the list.
 */
export function compare(
  ids: readonly ToolIdInput[],
  locale?: LocaleOrMessages,
): Promise<ComparisonRow[]> {
  return compareFrom(bundledSource, ids, locale);
}

/**
 * A tool's change history, oldest first (undated entries last), each entry labelled as a vendor's
 * policy change, a record correction or a re-verification.
 *
 * @throws {UnknownToolError} for an unknown tool id.
 */
export function history(id: ToolIdInput, locale?: LocaleOrMessages): Promise<HistoryEntry[]> {
  return historyFrom(bundledSource, id, locale);
}

/** Version of the bundled data release. */
export { dataVersion } from '@ai-training-verdict/data/catalog';
