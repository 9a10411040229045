import type { CatalogEntry } from './schema.js';
import type { HeadlineVerdict, TierVerdict } from './vocabulary.js';

const TRAINS_BY_DEFAULT: ReadonlySet<TierVerdict> = new Set(['trains', 'trains-unless-opt-out']);

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
  const verdicts = new Set(tiers.map((tier) => tier.verdict));
  if (verdicts.size === 0) return 'unknown';
  const all = (test: (v: TierVerdict) => boolean) => [...verdicts].every(test);
  if (all((v) => TRAINS_BY_DEFAULT.has(v))) return 'trains-by-default';
  if (all((v) => v === 'no-training')) return 'no-training';
  if (all((v) => v === 'no-training' || v === 'trains-if-opt-in')) return 'opt-in-only';
  if (all((v) => v === 'unclear')) return 'unclear';
  if (all((v) => v === 'unknown')) return 'unknown';
  return 'depends-on-plan';
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
}): CatalogEntry {
  return {
    id: record.id,
    name: record.name,
    vendor: record.vendor,
    ...(record.category ? { category: record.category } : {}),
    ...(record.aliases ? { aliases: [...record.aliases] } : {}),
    verdict: record.headline.verdict,
    ...(record.lastVerified ? { lastVerified: record.lastVerified } : {}),
  };
}
