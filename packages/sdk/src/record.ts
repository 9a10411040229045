import type {
  Change,
  ChangeType,
  Confidence,
  HeadlineVerdict,
  OfferAvailability,
  OptOutAvailability,
  Source,
  TierKind,
  TierVerdict,
  ToolRecord,
} from '@ai-training-verdict/data/schema';
import {
  changeDate,
  deriveHeadlineVerdict,
  evidenceConfidence,
  sourceOrigin,
  type SourceOrigin,
} from '@ai-training-verdict/data/vocabulary';
import { UnknownTierError } from './errors.js';
import { messagesFor, type LocaleOrMessages } from './labels.js';
import { findTier } from './find-tier.js';
import { format } from './text.js';

export { findTier };
export { isStale, verificationAge } from './freshness.js';

/** A record's one-line answer, as the seed pages show it at the top. */
export interface HeadlineResult {
  /** Derived from the tiers, so it can never contradict the table beneath it. */
  readonly verdict: HeadlineVerdict;
  /** The verdict in plain words, e.g. "Trains by default". */
  readonly label: string;
  /** The one-sentence answer, e.g. "Yes — Jasper trains on your data by default; you have to opt out." */
  readonly shortAnswer: string;
  /** The paragraph with the facts behind the answer. */
  readonly summary: string;
}

/**
 * The headline of a record: the verdict derived from its tiers (as the data package defines it),
 * its label, the short answer and the summary.
 *
 * @example
 * ```ts
 * headline(await getTool('claude')).label; // "Depends on your plan"
 * ```
 */
export function headline(record: ToolRecord, locale?: LocaleOrMessages): HeadlineResult {
  const verdict = deriveHeadlineVerdict(record.tiers);
  return {
    verdict,
    label: messagesFor(locale).headlineVerdict[verdict],
    shortAnswer: record.headline.shortAnswer,
    summary: record.headline.summary,
  };
}

/** One tier's verdict with its detail and evidence (`verdictFor`, `resolveTier`). */
export interface TierVerdictResult {
  /** The tool the tier belongs to. */
  readonly tool: { readonly id: string; readonly name: string; readonly vendor: string };
  /** The tier row that matched. */
  readonly tier: {
    readonly id: string;
    readonly label: string;
    readonly kind: TierKind;
    readonly plans: readonly string[];
  };
  /** Whether this tier's data is used for training. */
  readonly verdict: TierVerdict;
  /** The verdict in plain words, e.g. "Trains unless you opt out". */
  readonly label: string;
  /** One or two sentences explaining the verdict. */
  readonly detail: string;
  /** Date the verdict took effect, when a source gives it. */
  readonly since: string | undefined;
  /** The source objects the claim rests on. */
  readonly sources: readonly Source[];
  /**
   * `'tier'` when the tier cites its own sources; `'record'` when it cites none and `sources` are
   * the whole record's sources instead (weaker evidence for this particular row).
   */
  readonly sourcesFrom: 'tier' | 'record';
  /**
   * Confidence in this claim: the tier's own; else what its own sources support
   * (`evidenceConfidence`: the vendor's text read in its page or a copy is high, news medium,
   * anything else low); else the record's; else `undefined` (not stated).
   */
  readonly confidence: Confidence | undefined;
  /** Where `confidence` came from; `undefined` when nothing states or supports one. */
  readonly confidenceFrom: 'tier' | 'evidence' | 'record' | undefined;
  /** The confidence in plain words, e.g. "Medium confidence" or "Confidence not stated". */
  readonly confidenceLabel: string;
  /** True when a cited source's quote can no longer be found or the source is unreachable. */
  readonly needsReverification: boolean;
}

/** The sources a list of ids cites, in the order cited. Ids that match no source are skipped. */
export function citedSources(record: ToolRecord, ids: readonly string[] | undefined): Source[] {
  if (!ids) return [];
  return ids.flatMap((id) => record.sources.filter((source) => source.id === id));
}

/**
 * One tier of a record you already have, found by tier id, label or a plan name (case- and
 * accent-insensitive). Throws `UnknownTierError`, listing the tiers, when none matches.
 *
 * @example
 * ```ts
 * resolveTier(await getTool('claude'), 'Pro').tier.id; // "consumer"
 * ```
 */
export function resolveTier(
  record: ToolRecord,
  tier: string,
  locale?: LocaleOrMessages,
): TierVerdictResult {
  const found = findTier(record, tier);
  if (!found) {
    throw new UnknownTierError(
      record,
      String(tier),
      record.tiers.map((t) => ({ id: t.id, label: t.label, plans: t.plans ?? [] })),
    );
  }
  const messages = messagesFor(locale);
  const own = citedSources(record, found.sources);
  const sources = own.length > 0 ? own : record.sources;
  // The tier's stated confidence (validate keeps it at or below its evidence), else what its own
  // sources support, else the record's.
  const fromEvidence = own.length > 0 ? evidenceConfidence(own) : undefined;
  const confidence = found.confidence ?? fromEvidence ?? record.confidence;
  return {
    tool: { id: record.id, name: record.name, vendor: record.vendor },
    tier: { id: found.id, label: found.label, kind: found.kind, plans: found.plans ?? [] },
    verdict: found.verdict,
    label: messages.tierVerdict[found.verdict],
    detail: found.detail,
    since: found.since,
    sources,
    sourcesFrom: own.length > 0 ? 'tier' : 'record',
    confidence,
    confidenceFrom: found.confidence
      ? 'tier'
      : fromEvidence
        ? 'evidence'
        : record.confidence
          ? 'record'
          : undefined,
    confidenceLabel:
      confidence === undefined ? messages.confidenceNotStated : messages.confidence[confidence],
    needsReverification: sources.some((s) => s.status !== undefined && s.status !== 'current'),
  };
}

/** The state before or after a policy change. */
export interface HistoryState {
  readonly verdict: TierVerdict | undefined;
  /** The verdict in plain words, when there is one. */
  readonly label: string | undefined;
  readonly text: string | undefined;
}

/** One entry of a record's change history, labelled by kind. */
export interface HistoryEntry {
  /** `policy-change` (the vendor changed its terms), `record-correction` or `re-verified` (we did). */
  readonly type: ChangeType;
  /** The kind in plain words: "Policy change", "Record correction" or "Re-verified". */
  readonly label: string;
  /** True for a vendor's policy change, false for this project's own corrections and checks. */
  readonly isPolicyChange: boolean;
  /**
   * When it happened, when known: the date a source states, or for a policy change no source
   * dates, the day the public archive first captured the text after it (see `dateBasis`).
   */
  readonly date: string | undefined;
  /** `effective` (a stated date) or `captured` ("seen in the archive on"); undefined when undated. */
  readonly dateBasis: 'effective' | 'captured' | undefined;
  readonly summary: string | undefined;
  /** The tier whose verdict changed, when the entry names one. */
  readonly tier: { readonly id: string; readonly label: string } | undefined;
  readonly before: HistoryState | undefined;
  readonly after: HistoryState | undefined;
  /** The source objects the entry cites. */
  readonly sources: readonly Source[];
}

/**
 * A record's change history, oldest first; entries without a date come last, in the record's order.
 *
 * @example historyOf(claude)[0].label // "Policy change"
 */
export function historyOf(record: ToolRecord, locale?: LocaleOrMessages): HistoryEntry[] {
  const messages = messagesFor(locale);
  const state = (
    value: { verdict?: TierVerdict | undefined; text?: string | undefined } | undefined,
  ): HistoryState | undefined =>
    value && {
      verdict: value.verdict,
      label: value.verdict && messages.tierVerdict[value.verdict],
      text: value.text,
    };
  const entries = (record.history ?? []).map((change: Change, index) => {
    const tierId = change.type === 'policy-change' ? change.tier : undefined;
    const dated = changeDate(change, record.sources);
    const entry: HistoryEntry = {
      type: change.type,
      label: messages.change[change.type],
      isPolicyChange: change.type === 'policy-change',
      date: dated?.date,
      dateBasis: dated?.basis,
      summary: change.summary,
      tier:
        tierId === undefined
          ? undefined
          : { id: tierId, label: record.tiers.find((t) => t.id === tierId)?.label ?? tierId },
      before: change.type === 'policy-change' ? state(change.before) : undefined,
      after: change.type === 'policy-change' ? state(change.after) : undefined,
      sources: 'sources' in change ? citedSources(record, change.sources) : [],
    };
    return { entry, index };
  });
  return entries
    .sort((a, b) => {
      const x = a.entry.date;
      const y = b.entry.date;
      if (x !== undefined && y !== undefined && x !== y) return x < y ? -1 : 1;
      if (x === undefined && y !== undefined) return 1;
      if (x !== undefined && y === undefined) return -1;
      return a.index - b.index;
    })
    .map(({ entry }) => entry);
}

/** One row of a comparison table (`compare`). */
export interface ComparisonRow {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  /** The derived headline verdict and its label. */
  readonly headline: { readonly verdict: HeadlineVerdict; readonly label: string };
  /** Every tier in table order, with its verdict and label. */
  readonly tiers: ReadonlyArray<{
    readonly id: string;
    readonly label: string;
    readonly verdict: TierVerdict;
    readonly verdictLabel: string;
  }>;
  /** The opt-out badge; `unknown` when the record has no opt-out section. */
  readonly optOut: { readonly availability: OptOutAvailability; readonly label: string };
  /** The ZDR / DPA badge; `unknown` when the record has no data-handling section. */
  readonly zdrDpa: { readonly availability: OfferAvailability; readonly label: string };
  /** Date a maintainer last checked every source, when stated. */
  readonly lastVerified: string | undefined;
  /** Overall confidence, when stated. */
  readonly confidence: Confidence | undefined;
}

/** The comparison row of a record you already have (what `compare` returns per id). */
export function comparisonRow(record: ToolRecord, locale?: LocaleOrMessages): ComparisonRow {
  const messages = messagesFor(locale);
  const verdict = deriveHeadlineVerdict(record.tiers);
  const optOut = record.optOut?.availability ?? 'unknown';
  const zdrDpa = record.dataHandling?.zdrDpa ?? 'unknown';
  return {
    id: record.id,
    name: record.name,
    vendor: record.vendor,
    headline: { verdict, label: messages.headlineVerdict[verdict] },
    tiers: record.tiers.map((t) => ({
      id: t.id,
      label: t.label,
      verdict: t.verdict,
      verdictLabel: messages.tierVerdict[t.verdict],
    })),
    optOut: { availability: optOut, label: messages.optOut[optOut] },
    zdrDpa: { availability: zdrDpa, label: messages.zdrDpa[zdrDpa] },
    lastVerified: record.lastVerified,
    confidence: record.confidence,
  };
}

/** Who is speaking in a source and how its quote was confirmed, as a reader is told it. */
export interface SourceEvidence {
  /** The vendor, news, a secondary summary or analysis; undefined when the source's kind is not recorded. */
  readonly origin: SourceOrigin | undefined;
  /** Every part in plain words, e.g. ["The vendor's own page", "Quote read in the live page on 2026-01-10"]. */
  readonly lines: readonly string[];
  /**
   * The public archive's copy the quote was read in, for a link beside the vendor's own: its
   * permalink, the link's words ("Archived copy, 2025-09-12") and, when known, when the archive
   * last still had the quote ("still in the archive on 2026-08-22").
   */
  readonly archived?: { readonly url: string; readonly label: string; readonly lastSeen?: string };
}

/**
 * Who said it, and how we know: the source's origin (from its kind), who wrote it when the record
 * says, and how its quote was confirmed. Never claims more than the record does: a quote whose
 * confirmation is not recorded says so.
 *
 * @example
 * ```ts
 * sourceEvidence(record, record.sources[0]!).lines.join(' · ');
 * // "The vendor's own page · Quoted by “Does Jasper train on your data?”; not yet confirmed in the vendor's own text"
 * ```
 */
export function sourceEvidence(
  /** The record the source belongs to (its other sources name a `via`). */
  record: { readonly sources: readonly Source[] },
  source: Source,
  locale?: LocaleOrMessages,
): SourceEvidence {
  const { evidence, archive } = messagesFor(locale);
  const origin = source.kind ? sourceOrigin(source.kind) : undefined;
  const lines = [origin ? evidence.origin[origin] : evidence.originNotStated];
  if (source.attribution) lines.push(format(evidence.attribution, { who: source.attribution }));
  const confirmation = source.confirmation;
  const on = (date: string | undefined) => (date ? format(evidence.onDate, { date }) : '');
  const archived = source.archived;
  if (confirmation?.method === 'live-page') {
    lines.push(format(evidence.livePage, { date: on(confirmation.date) }));
  } else if (confirmation?.method === 'archived-copy' && archived) {
    const captured = format(evidence.captured, { date: archived.captured });
    lines.push(format(evidence.archivedCopy, { captured, date: on(confirmation.date) }));
  } else if (confirmation?.method === 'stored-copy') {
    const captured = confirmation.captured
      ? format(evidence.captured, { date: confirmation.captured })
      : '';
    lines.push(format(evidence.storedCopy, { captured, date: on(confirmation.date) }));
  } else if (confirmation?.method === 'secondary-only') {
    const via = record.sources.find((s) => s.id === confirmation.via);
    const name = via?.document ?? via?.url ?? confirmation.via ?? evidence.origin.secondary;
    lines.push(format(evidence.secondaryOnly, { via: name }));
  } else if (source.quote) {
    lines.push(evidence.notRecorded);
  }
  // A published record carries the permalink (the build derives it from repository, commit, path).
  if (!archived?.permalink) return { origin, lines };
  return {
    origin,
    lines,
    archived: {
      url: archived.permalink,
      label: format(archive.link, { date: archived.captured }),
      ...(archived.lastSeen
        ? { lastSeen: format(archive.lastSeen, { date: archived.lastSeen }) }
        : {}),
    },
  };
}
