/** Finding a record's tier by what a reader calls it: on its own module, without the labels. */
import type { Tier, ToolRecord } from '@ai-training-verdict/data/schema';
import { fold } from './text.js';

/**
 * The tier row a query names, matched as `resolveTier` does (tier id, then label, then a plan name
 * in `tier.plans`; case- and accent-insensitive), or `undefined` when none matches. It builds no
 * labels, so a widget can highlight a row without bundling the message tables.
 *
 * @example findTier(claude, 'Pro')?.id // "consumer"
 */
export function findTier(record: ToolRecord, query: string): Tier | undefined {
  const q = fold(String(query));
  return (
    record.tiers.find((t) => t.id === q) ??
    record.tiers.find((t) => fold(t.label) === q) ??
    record.tiers.find((t) => (t.plans ?? []).some((plan) => fold(plan) === q))
  );
}
