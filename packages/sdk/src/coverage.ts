import {
  EVIDENCE_BASES,
  QUOTE_CONFIRMATIONS,
  tierEvidenceBasis,
  type EvidenceBasis,
  type QuoteConfirmation,
} from '@ai-training-verdict/data/vocabulary';
import { messagesFor, type LocaleOrMessages } from './labels.js';

/**
 * The coverage report's own words, English only (as the feeds are): the report is for maintainers
 * and the docs site, and on its own module so that an interface showing records (the widget, a
 * client) does not carry it with the rest of `labels`.
 */
export interface CoverageWords {
  /** Its heading; `{version}` is the data release. */
  readonly title: string;
  /** Column headings. */
  readonly tool: string;
  readonly tier: string;
  readonly verdict: string;
  readonly restsOn: string;
  readonly quotes: string;
  readonly verified: string;
  /** The verified column of a record never verified. */
  readonly neverVerified: string;
  /** How many quotes were confirmed each way, and how many do not say. */
  readonly quoteCounts: Readonly<Record<QuoteConfirmation | 'not-recorded', string>>;
  /** A tool's quote cell when it has none. */
  readonly noQuotes: string;
  /** The totals: `{tools}`, `{tiers}`, `{vendor}`, `{news}`, `{secondary}`, `{none}`, `{withVendor}`. */
  readonly totals: string;
  /** Quote totals: `{quotes}` then the counts by confirmation. */
  readonly totalQuotes: string;
  /** `{archived}` tools citing an archived copy, `{changes}` with an archived policy change. */
  readonly totalArchived: string;
  /** Verification totals: `{verified}`, `{never}`, `{stale}`. */
  readonly totalVerified: string;
}

/** The coverage report's words (see `CoverageWords`). */
export const coverageWords: CoverageWords = {
  title: 'Coverage of data release {version}: what each verdict rests on',
  tool: 'Tool',
  tier: 'Tier',
  verdict: 'Verdict',
  restsOn: 'Rests on',
  quotes: 'Quotes',
  verified: 'Last verified',
  neverVerified: 'never',
  quoteCounts: {
    'live-page': '{n} read in the live page',
    'archived-copy': '{n} read in an archived copy',
    'stored-copy': '{n} read in a stored copy',
    'secondary-only': '{n} quoted by a secondary page only',
    'not-recorded': '{n} not saying how',
  },
  noQuotes: 'no quotes',
  totals:
    "{tools} tools, {tiers} tiers: {vendor} rest on the vendor's own text, {news} on news coverage, {secondary} on a secondary source only, {none} on nothing (not known). {withVendor} tools have at least one tier on the vendor's own text.",
  totalQuotes: 'Quotes: {quotes} in all; {counts}.',
  totalArchived: '{archived} tools cite archived copies, {changes} an archived policy change.',
  totalVerified:
    'Records verified: {verified}; never verified: {never}; possibly out of date: {stale}.',
};
import { isStale } from './record.js';
import { format } from './text.js';
import type { TierVerdict, ToolRecord } from './types.js';

/** How a quote was confirmed, or `not-recorded` when its source does not say. */
export type QuoteCount = Readonly<Record<QuoteConfirmation | 'not-recorded', number>>;

/** One tier of the coverage report. */
export interface TierCoverage {
  readonly id: string;
  readonly label: string;
  readonly verdict: TierVerdict;
  /** The verdict in plain words. */
  readonly verdictLabel: string;
  /** What the verdict rests on (`tierEvidenceBasis`). */
  readonly basis: EvidenceBasis;
  /** The same in plain words. */
  readonly basisLabel: string;
}

/** One tool of the coverage report. */
export interface ToolCoverage {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly tiers: readonly TierCoverage[];
  /** How many of its tiers rest on the vendor's own text. */
  readonly tiersOnVendorText: number;
  /** Its quotes, by how each was confirmed. */
  readonly quotes: QuoteCount;
  /** The same in plain words ("2 read in a stored copy, 1 quoted by a secondary page only"). */
  readonly quotesLabel: string;
  /** How many of its sources cite a public archive's copy anyone can open. */
  readonly archivedSources: number;
  /** Its policy changes whose before and after sentences are both quoted from archived copies. */
  readonly archivedChanges: number;
  readonly lastVerified: string | undefined;
  /** Never verified, or verified too long ago (`isStale`). */
  readonly stale: boolean;
}

/** What the whole dataset rests on. */
export interface CoverageTotals {
  readonly tools: number;
  readonly tiers: number;
  /** Tiers by what they rest on. */
  readonly tiersBy: Readonly<Record<EvidenceBasis, number>>;
  /** Tools with at least one tier on the vendor's own text. */
  readonly toolsWithVendorText: number;
  readonly quotes: QuoteCount;
  readonly quotesLabel: string;
  /** Tools citing at least one archived copy, and with at least one archived policy change. */
  readonly toolsWithArchivedSource: number;
  readonly toolsWithArchivedChange: number;
  /** The totals in one sentence ("22 tools, 55 tiers: 37 rest on the vendor's own text, ..."). */
  readonly summary: string;
  /** The archive totals in one sentence. */
  readonly archivedSummary: string;
  readonly verified: number;
  readonly neverVerified: number;
  readonly stale: number;
}

export interface Coverage {
  readonly tools: readonly ToolCoverage[];
  readonly totals: CoverageTotals;
}

/** Quote counts in plain words, the non-zero ones only. */
function quotesLabel(quotes: QuoteCount): string {
  const words = coverageWords;
  const parts = (Object.entries(quotes) as Array<[keyof QuoteCount, number]>)
    .filter(([, n]) => n > 0)
    .map(([how, n]) => format(words.quoteCounts[how], { n: `${n}` }));
  return parts.length ? parts.join(', ') : words.noQuotes;
}

const zeroBy = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/**
 * What every tier of every tool rests on (the vendor's own text, news, a secondary source only,
 * or nothing), how the quotes were confirmed, and when each record was last verified, with totals:
 * the numbers behind `npm run coverage` and the docs site's coverage page.
 *
 * @example
 * ```ts
 * const { totals } = coverage(await Promise.all(listTools().map((t) => getTool(t.id))));
 * totals.toolsWithVendorText; // tools with at least one tier on the vendor's own words
 * ```
 */
export function coverage(
  records: readonly ToolRecord[],
  options: { readonly locale?: LocaleOrMessages; readonly now?: Date } = {},
): Coverage {
  const messages = messagesFor(options.locale);
  const tiersBy = zeroBy(EVIDENCE_BASES);
  const allQuotes = zeroBy([...QUOTE_CONFIRMATIONS, 'not-recorded'] as const);
  const tools = records.map((record): ToolCoverage => {
    const tiers = record.tiers.map((tier): TierCoverage => {
      const basis = tierEvidenceBasis(record, tier);
      tiersBy[basis] += 1;
      return {
        id: tier.id,
        label: tier.label,
        verdict: tier.verdict,
        verdictLabel: messages.tierVerdict[tier.verdict],
        basis,
        basisLabel: messages.evidence.basis[basis],
      };
    });
    const quotes = zeroBy([...QUOTE_CONFIRMATIONS, 'not-recorded'] as const);
    for (const source of record.sources) {
      if (!source.quote) continue;
      const how = source.confirmation?.method ?? 'not-recorded';
      quotes[how] += 1;
      allQuotes[how] += 1;
    }
    const archived = (id: string | undefined) =>
      record.sources.some((s) => s.id === id && s.archived !== undefined);
    return {
      id: record.id,
      name: record.name,
      vendor: record.vendor,
      tiers,
      tiersOnVendorText: tiers.filter((t) => t.basis === 'vendor').length,
      quotes,
      quotesLabel: quotesLabel(quotes),
      archivedSources: record.sources.filter((s) => s.archived).length,
      archivedChanges: (record.history ?? []).filter(
        (c) =>
          c.type === 'policy-change' && archived(c.before?.source) && archived(c.after?.source),
      ).length,
      lastVerified: record.lastVerified,
      stale: isStale(record, options.now),
    };
  });
  const tierCount = tools.reduce((n, t) => n + t.tiers.length, 0);
  const toolsWithVendorText = tools.filter((t) => t.tiersOnVendorText > 0).length;
  const toolsWithArchivedSource = tools.filter((t) => t.archivedSources > 0).length;
  const toolsWithArchivedChange = tools.filter((t) => t.archivedChanges > 0).length;
  return {
    tools,
    totals: {
      tools: tools.length,
      tiers: tierCount,
      tiersBy,
      toolsWithVendorText,
      toolsWithArchivedSource,
      toolsWithArchivedChange,
      quotes: allQuotes,
      quotesLabel: quotesLabel(allQuotes),
      summary: format(coverageWords.totals, {
        tools: `${tools.length}`,
        tiers: `${tierCount}`,
        vendor: `${tiersBy.vendor}`,
        news: `${tiersBy.news}`,
        secondary: `${tiersBy.secondary}`,
        none: `${tiersBy.none}`,
        withVendor: `${toolsWithVendorText}`,
      }),
      archivedSummary: format(coverageWords.totalArchived, {
        archived: `${toolsWithArchivedSource}`,
        changes: `${toolsWithArchivedChange}`,
      }),
      verified: tools.filter((t) => t.lastVerified !== undefined).length,
      neverVerified: tools.filter((t) => t.lastVerified === undefined).length,
      stale: tools.filter((t) => t.stale).length,
    },
  };
}
