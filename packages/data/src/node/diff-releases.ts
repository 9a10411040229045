/**
 * What changed between two data releases, record by record: each change classified by its kind
 * (change-kinds.ts), with what its line in the release note needs.
 */
import { changeDate, newestPolicyChanges } from '../derive.js';
import type { Change, RedirectRecord, Tier, ToolRecord } from '../schema.js';
import { BUMP_OF, same, type DataChange } from './change-kinds.js';

/** A release as `data.json` holds it. */
export interface Release {
  readonly tools: Readonly<Record<string, ToolRecord>>;
  readonly redirects: Readonly<Record<string, RedirectRecord>>;
}

/**
 * When a tier's verdict change happened, from its newest policy change (its effective date, or the
 * archive's capture of the after text), else the tier's `since`; and whether any history entry
 * explains it at all (a policy change ending at the new verdict, or a record correction naming the
 * tier). A verdict that changes with nothing in the history is a note readers cannot follow.
 */
function dating(
  record: ToolRecord,
  tier: Tier,
): Pick<DataChange, 'effective' | 'seenInArchive' | 'unexplained'> {
  const index = newestPolicyChanges(record).get(tier.id);
  const change = index === undefined ? undefined : record.history?.[index];
  const date = change ? changeDate(change, record.sources) : undefined;
  const explained = (record.history ?? []).some(
    (h: Change) =>
      (h.type === 'policy-change' && h.tier === tier.id && h.after?.verdict === tier.verdict) ||
      (h.type === 'record-correction' && h.tier === tier.id),
  );
  return {
    ...(date?.basis === 'captured'
      ? { seenInArchive: date.date }
      : (date?.date ?? tier.since)
        ? { effective: date?.date ?? tier.since }
        : {}),
    ...(explained ? {} : { unexplained: true }),
  };
}

function toolChanges(before: ToolRecord, after: ToolRecord): DataChange[] {
  const base = { id: after.id, name: after.name };
  const changes: DataChange[] = [];
  const add = (change: Omit<DataChange, 'bump' | 'id' | 'name'>) =>
    changes.push({ ...base, ...change, bump: BUMP_OF[change.kind] });

  const oldTiers = new Map(before.tiers.map((t) => [t.id, t]));
  const newTiers = new Map(after.tiers.map((t) => [t.id, t]));
  for (const tier of before.tiers)
    if (!newTiers.has(tier.id))
      add({ kind: 'tier-removed', tier: { id: tier.id, label: tier.label }, before: tier.verdict });
  for (const tier of after.tiers) {
    const old = oldTiers.get(tier.id);
    const label = { id: tier.id, label: tier.label };
    if (!old) add({ kind: 'tier-added', tier: label, after: tier.verdict });
    else if (old.verdict !== tier.verdict) {
      add({
        kind: 'verdict-changed',
        tier: label,
        before: old.verdict,
        after: tier.verdict,
        ...dating(after, tier),
      });
    }
  }
  if (before.headline.verdict !== after.headline.verdict)
    add({
      kind: 'headline-changed',
      before: before.headline.verdict,
      after: after.headline.verdict,
    });

  // Anything else: wording, sources, dates. Only a new verification date (and the history entry
  // saying so) is a re-verification.
  // Tiers added or removed are changes of their own; the others are compared without the verdict.
  const kept = (r: ToolRecord) =>
    r.tiers
      .filter((t) => oldTiers.has(t.id) && newTiers.has(t.id))
      .map(({ verdict: _verdict, ...tier }) => tier)
      .sort((x, y) => x.id.localeCompare(y.id));
  const rest = (r: ToolRecord) => ({
    ...r,
    tiers: kept(r),
    headline: { ...r.headline, verdict: undefined },
    lastVerified: undefined,
    history: (r.history ?? []).filter((h) => h.type !== 're-verified'),
  });
  const a = rest(before);
  const b = rest(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !same(a[key as keyof typeof a], b[key as keyof typeof b]),
  );
  if (fields.length > 0) add({ kind: 'wording', fields: fields.sort() });
  else if (changes.length === 0 && !same(before, after)) add({ kind: 'reverified' });
  return changes;
}

/** Every change from `before` to `after`, tool by tool in id order. */
export function diffReleases(before: Release, after: Release): DataChange[] {
  const changes: DataChange[] = [];
  const ids = [
    ...new Set([
      ...Object.keys(before.tools),
      ...Object.keys(after.tools),
      ...Object.keys(before.redirects),
      ...Object.keys(after.redirects),
    ]),
  ].sort();
  const push = (change: Omit<DataChange, 'bump'>) =>
    changes.push({ ...change, bump: BUMP_OF[change.kind] });
  for (const id of ids) {
    const [oldTool, newTool] = [before.tools[id], after.tools[id]];
    const [oldRedirect, newRedirect] = [before.redirects[id], after.redirects[id]];
    if (oldTool && newTool) changes.push(...toolChanges(oldTool, newTool));
    else if (oldTool && newRedirect)
      push({ kind: 'tool-renamed', id, name: oldTool.name, redirectTo: newRedirect.redirectTo });
    else if (oldTool) push({ kind: 'tool-removed', id, name: oldTool.name });
    else if (newTool) push({ kind: 'tool-added', id, name: newTool.name });
    else if (newRedirect && !oldRedirect) {
      const target = after.tools[newRedirect.redirectTo];
      push({
        kind: 'redirect-added',
        id,
        name: target?.name ?? newRedirect.redirectTo,
        redirectTo: newRedirect.redirectTo,
      });
    } else if (oldRedirect && !newRedirect && !newTool)
      push({ kind: 'redirect-removed', id, name: id, redirectTo: oldRedirect.redirectTo });
  }
  return changes;
}
