/**
 * What changed between two data releases, and the semver bump each change needs (the policy in
 * DATA.md, after web-features: removal is major, additions minor, data fixes patch):
 *
 *   tool-removed       an id that stops working (no redirect left behind)          major
 *   tier-removed       a tier id that `verdictFor(tool, tier)` no longer finds       major
 *   redirect-removed   an old id that stops working                                major
 *   tool-added         a new tool                                                  minor
 *   tool-renamed       an id removed, with a redirect to its new id                minor
 *   redirect-added     an id that now leads to a tool                              minor
 *   tier-added         a new tier                                                  minor
 *   verdict-changed    a tier's verdict                                            minor
 *   headline-changed   a tool's headline verdict (derived from its tiers)          minor
 *   wording            text, sources, dates: anything else in a record             patch
 *   reverified         only the verification date (and its history entry)          patch
 *
 * Words for readers (the release note) are the SDK's: `releaseNote` takes the labels it uses.
 */
import type { Change, RedirectRecord, Tier, ToolRecord } from '../schema.js';
import type { HeadlineVerdict, TierVerdict } from '../vocabulary.js';

export type Bump = 'patch' | 'minor' | 'major';
export const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];

export type DataChangeKind =
  | 'tool-removed'
  | 'tier-removed'
  | 'redirect-removed'
  | 'tool-added'
  | 'tool-renamed'
  | 'redirect-added'
  | 'tier-added'
  | 'verdict-changed'
  | 'headline-changed'
  | 'wording'
  | 'reverified';

export const BUMP_OF: Readonly<Record<DataChangeKind, Bump>> = {
  'tool-removed': 'major',
  'tier-removed': 'major',
  'redirect-removed': 'major',
  'tool-added': 'minor',
  'tool-renamed': 'minor',
  'redirect-added': 'minor',
  'tier-added': 'minor',
  'verdict-changed': 'minor',
  'headline-changed': 'minor',
  wording: 'patch',
  reverified: 'patch',
};

/** One change, with what a release note needs to say it. */
export interface DataChange {
  readonly kind: DataChangeKind;
  readonly bump: Bump;
  /** The tool id (for a redirect, the redirect's own id). */
  readonly id: string;
  /** The tool's name, as the newer release has it (the older one for a removed tool). */
  readonly name: string;
  readonly tier?: { readonly id: string; readonly label: string };
  readonly before?: TierVerdict | HeadlineVerdict;
  readonly after?: TierVerdict | HeadlineVerdict;
  /** When a verdict change took effect: the policy change's date, else the tier's `since`. */
  readonly effective?: string;
  /** For a rename or a redirect: the id it leads to. */
  readonly redirectTo?: string;
  /** For wording: the top-level fields that differ. */
  readonly fields?: readonly string[];
}

/** A release as `data.json` holds it. */
export interface Release {
  readonly tools: Readonly<Record<string, ToolRecord>>;
  readonly redirects: Readonly<Record<string, RedirectRecord>>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The date a tier's verdict change took effect, from the record's own history or the tier. */
function effectiveDate(record: ToolRecord, tier: Tier): string | undefined {
  const change = (record.history ?? []).find(
    (h: Change) =>
      h.type === 'policy-change' && h.tier === tier.id && h.after?.verdict === tier.verdict,
  );
  return (change && 'date' in change ? change.date : undefined) ?? tier.since;
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
      const effective = effectiveDate(after, tier);
      add({
        kind: 'verdict-changed',
        tier: label,
        before: old.verdict,
        after: tier.verdict,
        ...(effective ? { effective } : {}),
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

/** The bump a set of changes needs: the largest of theirs (`undefined` when nothing changed). */
export function requiredBump(changes: readonly DataChange[]): Bump | undefined {
  let bump: Bump | undefined;
  for (const change of changes)
    if (bump === undefined || BUMPS.indexOf(change.bump) > BUMPS.indexOf(bump)) bump = change.bump;
  return bump;
}

/**
 * The bump pending changesets give `pkg`: the largest of their releases for it. `releases` are the
 * changesets' releases as `@changesets/read` returns them (`{ name, type }`; `none` gives nothing).
 */
export function declaredBump(
  releases: ReadonlyArray<{ readonly name: string; readonly type: string }>,
  pkg: string,
): Bump | undefined {
  let bump: Bump | undefined;
  for (const { name, type } of releases) {
    if (name !== pkg || !BUMPS.includes(type as Bump)) continue;
    if (bump === undefined || BUMPS.indexOf(type as Bump) > BUMPS.indexOf(bump))
      bump = type as Bump;
  }
  return bump;
}

/**
 * Whether the declared bump covers the changes. When it does not, `needs` names the first change
 * that asks for more than was declared.
 */
export function checkBump(
  changes: readonly DataChange[],
  declared: Bump | undefined,
): { ok: true } | { ok: false; required: Bump; needs: DataChange } {
  const required = requiredBump(changes);
  if (required === undefined) return { ok: true };
  const rank = declared === undefined ? -1 : BUMPS.indexOf(declared);
  const needs = changes.find((c) => BUMPS.indexOf(c.bump) > rank);
  return needs ? { ok: false, required, needs } : { ok: true };
}

const NOTE_ORDER: readonly DataChangeKind[] = [
  'tool-added',
  'tool-renamed',
  'tool-removed',
  'tier-added',
  'tier-removed',
  'verdict-changed',
  'headline-changed',
  'wording',
  'reverified',
  'redirect-added',
  'redirect-removed',
];

/** The words `releaseNote` needs; the SDK's `labels.en` has them. */
export interface NoteLabels {
  readonly tierVerdict: Readonly<Record<TierVerdict, string>>;
  readonly headlineVerdict: Readonly<Record<HeadlineVerdict, string>>;
}

/**
 * The release note in plain words, tool by tool, for someone who never opens the repository:
 * "Claude · Free / Pro / Max: no training -> trains unless you opt out, effective 2025-08-28".
 */
export function releaseNote(changes: readonly DataChange[], labels: NoteLabels): string {
  // Tool by tool: a tool's changes together (a redirect goes with the tool it leads to), the
  // tool itself first, then its tiers and verdicts, wording, and the ids that lead to it.
  const ordered = [...changes].sort(
    (x, y) =>
      x.name.localeCompare(y.name) || NOTE_ORDER.indexOf(x.kind) - NOTE_ORDER.indexOf(y.kind),
  );
  return ordered.map((c) => `- ${changeLine(c, labels)}`).join('\n');
}

/**
 * One change as one line of the release note (and the title of a feed entry for a verdict
 * change): "Claude · Free / Pro / Max: no training -> trains unless you opt out, effective 2025-08-28".
 */
export function changeLine(c: DataChange, labels: NoteLabels): string {
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  const tier = (v: DataChange['before']) =>
    v ? lower((labels.tierVerdict as Record<string, string>)[v] ?? v) : '';
  const head = (v: DataChange['before']) =>
    v ? lower((labels.headlineVerdict as Record<string, string>)[v] ?? v) : '';
  switch (c.kind) {
    case 'verdict-changed':
      return `${c.name} · ${c.tier!.label}: ${tier(c.before)} -> ${tier(c.after)}${c.effective ? `, effective ${c.effective}` : ''}`;
    case 'headline-changed':
      return `${c.name}: headline ${head(c.before)} -> ${head(c.after)}`;
    case 'tier-added':
      return `${c.name} · ${c.tier!.label}: new tier, ${tier(c.after)}`;
    case 'tier-removed':
      return `${c.name} · ${c.tier!.label}: tier removed (it was ${tier(c.before)})`;
    case 'tool-added':
      return `${c.name}: new tool`;
    case 'tool-removed':
      return `${c.name}: removed; the id "${c.id}" no longer works`;
    case 'tool-renamed':
      return `${c.name}: renamed; "${c.id}" now leads to "${c.redirectTo}"`;
    case 'redirect-added':
      return `${c.name}: "${c.id}" now leads to it`;
    case 'redirect-removed':
      return `"${c.id}" no longer leads to "${c.redirectTo}"`;
    case 'wording':
      return `${c.name}: wording or sources (${c.fields!.join(', ')})`;
    case 'reverified':
      return `${c.name}: re-verified`;
  }
}
