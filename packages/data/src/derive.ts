import { archivedCopyUrl } from './archive-url.js';
import type { AuthoredToolRecord, CatalogEntry, ToolRecord } from './schema.js';
import {
  TIER_VERDICT_DEFAULTS,
  type HeadlineVerdict,
  type OfferAvailability,
  type QuoteConfirmation,
  type TierVerdict,
} from './vocabulary.js';

// What a claim rests on is its own module, so a chunk that needs only that (the widget's table)
// does not take every derivation with it.
export { evidenceBasis, evidenceConfidence, tierEvidenceBasis } from './evidence-basis.js';

/**
 * The headline verdict a record's tiers support. A stored headline that disagrees with this is an
 * error, so the one-line answer can never contradict the table beneath it.
 *
 * - every tier trains by default (with or without an opt-out) -> `trains-by-default`
 * - every tier says `no-training` -> `no-training`
 * - tiers are `no-training` or `trains-if-opt-in`, at least one opt-in -> `opt-in-only`
 * - every tier is `unclear` -> `unclear`; every tier `unknown` (or no tiers) -> `unknown`
 * - anything else (the tiers disagree, or part is unknown) -> `depends-on-plan`
 */
export function deriveHeadlineVerdict(
  tiers: ReadonlyArray<{ readonly verdict: TierVerdict }>,
): HeadlineVerdict {
  const defaults = new Set(tiers.map((tier) => TIER_VERDICT_DEFAULTS[tier.verdict]));
  if (defaults.size === 0) return 'unknown';
  if (defaults.size === 1) {
    const [only] = defaults;
    if (only === 'trains') return 'trains-by-default';
    return only === 'opt-in' ? 'opt-in-only' : only!;
  }
  // No training by default anywhere, and an opt-in somewhere.
  if (defaults.size === 2 && defaults.has('opt-in') && defaults.has('no-training')) {
    return 'opt-in-only';
  }
  return 'depends-on-plan';
}

/**
 * The ZDR / DPA badge its two parts support: who can get zero data retention or a data processing
 * agreement. The build fills it in; a record states it only when its sources say more than the two
 * parts can, with the reason in `dataHandling.zdrDpaReason`.
 *
 * - either part only for enterprise or qualifying customers -> `enterprise` (getting both takes that
 *   contract)
 * - otherwise either part offered to customers generally -> `offered`
 * - both parts known and not offered -> `not-offered`
 * - anything else (a part missing or unknown, none offered) -> `unknown`
 */
export function deriveZdrDpa(parts: {
  readonly zdr?: OfferAvailability | undefined;
  readonly dpa?: OfferAvailability | undefined;
}): OfferAvailability {
  const values = [parts.zdr, parts.dpa];
  if (values.includes('enterprise')) return 'enterprise';
  if (values.includes('offered')) return 'offered';
  if (values.every((v) => v === 'not-offered')) return 'not-offered';
  return 'unknown';
}

/**
 * The compact catalog entry of a record: what `catalog.json` and `listTools()` show without loading
 * the record itself.
 */
export function toCatalogEntry(record: {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly category?: string | undefined;
  readonly aliases?: readonly string[] | undefined;
  readonly headline: { readonly verdict: HeadlineVerdict };
  readonly lastVerified?: string | undefined;
  readonly evidenceSeen?: string | undefined;
}): CatalogEntry {
  return {
    id: record.id,
    name: record.name,
    vendor: record.vendor,
    ...(record.category ? { category: record.category } : {}),
    ...(record.aliases ? { aliases: [...record.aliases] } : {}),
    verdict: record.headline.verdict,
    ...(record.lastVerified ? { lastVerified: record.lastVerified } : {}),
    ...(record.evidenceSeen ? { evidenceSeen: record.evidenceSeen } : {}),
  };
}

type DatedSource = {
  readonly id?: string | undefined;
  readonly archived?: { readonly captured: string } | undefined;
};
type DatedChange = {
  readonly type: string;
  readonly date?: string | undefined;
  readonly tier?: string | undefined;
  readonly after?: { readonly source?: string | undefined } | undefined;
};

/** When a history entry happened, and what that date is. */
export interface ChangeDate {
  readonly date: string;
  /**
   * `effective`: the date a source states (or the day we corrected or re-verified the record);
   * `captured`: the day the public archive first saw the text after the change ("seen in the
   * archive on"), which is not the vendor's effective date.
   */
  readonly basis: 'effective' | 'captured';
}

/**
 * The date of a history entry: its own `date`; for a policy change that no source dates, the
 * archive's capture of the version quoted as its `after`; otherwise undefined (undated).
 */
export function changeDate(
  change: DatedChange,
  sources: ReadonlyArray<DatedSource>,
): ChangeDate | undefined {
  if (change.date) return { date: change.date, basis: 'effective' };
  if (change.type !== 'policy-change' || !change.after?.source) return undefined;
  const captured = sources.find((s) => s.id === change.after?.source)?.archived?.captured;
  return captured ? { date: captured, basis: 'captured' } : undefined;
}

/**
 * The index in `history` of each tier's newest policy change: the one with the latest date
 * (`changeDate`); undated changes count only when a tier has no dated one, and then the last
 * listed. A tier's verdict must be where its newest change ended (`checkToolRecord`).
 */
export function newestPolicyChanges(record: {
  readonly history?: ReadonlyArray<DatedChange> | undefined;
  readonly sources: ReadonlyArray<DatedSource>;
}): Map<string, number> {
  const newest = new Map<string, { index: number; date: string | undefined }>();
  (record.history ?? []).forEach((change, index) => {
    if (change.type !== 'policy-change' || !change.tier) return;
    const date = changeDate(change, record.sources)?.date;
    const current = newest.get(change.tier);
    const newer =
      current === undefined ||
      (date !== undefined && (current.date === undefined || date >= current.date)) ||
      (date === undefined && current.date === undefined);
    if (newer) newest.set(change.tier, { index, date });
  });
  return new Map([...newest].map(([tier, { index }]) => [tier, index]));
}

type SeenSource = {
  readonly id?: string | undefined;
  readonly archived?:
    { readonly captured: string; readonly lastSeen?: string | undefined } | undefined;
  readonly confirmation?:
    | {
        readonly method: QuoteConfirmation;
        readonly date?: string | undefined;
        readonly captured?: string | undefined;
      }
    | undefined;
};

/**
 * The last day a source's text was seen current: an archived copy's newest run that still had the
 * quote (else its capture); a live page, the day it was read; a stored copy, its capture when known.
 * Undefined when nothing dates it (a stored copy of unknown age, a secondary quote).
 */
function seenCurrent(source: SeenSource): string | undefined {
  if (source.archived) return source.archived.lastSeen ?? source.archived.captured;
  const read = source.confirmation;
  if (read?.method === 'live-page') return read.date;
  if (read?.method === 'stored-copy') return read.captured;
  return undefined;
}

/**
 * When the record's evidence was last seen current, as a whole: each tier is as fresh as the
 * freshest source it cites, and the record as its stalest tier (tiers that are not known, or whose
 * sources nothing dates, do not count). Undefined when no tier's evidence is dated; staleness then
 * falls back to the record's `lastVerified`. Staleness is measured from this, not from a typed date.
 */
export function evidenceSeen(record: {
  readonly tiers: ReadonlyArray<{
    readonly verdict: TierVerdict;
    readonly sources?: readonly string[] | undefined;
  }>;
  readonly sources: ReadonlyArray<SeenSource>;
}): string | undefined {
  let oldest: string | undefined;
  for (const tier of record.tiers) {
    if (tier.verdict === 'unknown') continue;
    let freshest: string | undefined;
    for (const id of tier.sources ?? []) {
      const seen = seenCurrent(record.sources.find((s) => s.id === id) ?? {});
      if (seen && (!freshest || seen > freshest)) freshest = seen;
    }
    if (freshest && (!oldest || freshest < oldest)) oldest = freshest;
  }
  return oldest;
}

/**
 * The published record of an authored one. Nothing is typed twice by hand: the headline verdict
 * comes from the tiers; the ZDR / DPA badge from its parts unless the record states it with a
 * reason; a tier's `since` from the effective date of its newest policy change, and that change's
 * `after.verdict` from the tier; an archived copy's `permalink` from its repository, commit and
 * path; `evidenceSeen` from the sources the tiers cite. The build and `validate` both go through here.
 */
export function withDerivedValues(record: AuthoredToolRecord): ToolRecord {
  // Spreading the record first keeps every key where the author put it.
  const { verdict: _stored, ...words } = record.headline;
  const newest = newestPolicyChanges(record);
  const history = record.history?.map((change, index) => {
    const tier = record.tiers.find((t) => change.type === 'policy-change' && t.id === change.tier);
    if (!tier || newest.get(tier.id) !== index || change.type !== 'policy-change') return change;
    return { ...change, after: { verdict: tier.verdict, ...change.after } };
  });
  const tiers = record.tiers.map((tier) => {
    const index = newest.get(tier.id);
    const date = index === undefined ? undefined : record.history?.[index]?.date;
    return tier.since || !date ? tier : { ...tier, since: date };
  });
  const sources = record.sources.map((source) =>
    source.archived
      ? { ...source, archived: { ...source.archived, permalink: archivedCopyUrl(source.archived) } }
      : source,
  );
  const seen = evidenceSeen(record);
  const out: ToolRecord = {
    ...record,
    headline: { verdict: deriveHeadlineVerdict(record.tiers), ...words },
    tiers,
    sources,
    ...(seen ? { evidenceSeen: seen } : {}),
    ...(history ? { history } : {}),
    dataHandling: undefined,
  };
  if (record.dataHandling) {
    const { zdrDpa: stored, ...handling } = record.dataHandling;
    const derived = deriveZdrDpa({
      zdr: handling.zdr?.availability,
      dpa: handling.dpa?.availability,
    });
    out.dataHandling = {
      zdrDpa: stored !== undefined && handling.zdrDpaReason ? stored : derived,
      ...handling,
    };
  } else delete out.dataHandling;
  return out;
}
