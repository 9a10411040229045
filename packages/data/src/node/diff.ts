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
 *   schema-breaking    the record schema drops a field or a value, or changes a type major
 *   schema-extended    the record schema gains a field or a value, or a field's    minor
 *                      required / optional status changes
 *   schema-wording     the record schema's descriptions, limits or patterns        patch
 *
 * Words for readers (the release note) are the SDK's: `releaseNote` takes the labels it uses.
 */
import { changeDate, newestPolicyChanges } from '../derive.js';
import { markdownText } from '../output.js';
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
  | 'reverified'
  | 'schema-breaking'
  | 'schema-extended'
  | 'schema-wording';

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
  'schema-breaking': 'major',
  'schema-extended': 'minor',
  'schema-wording': 'patch',
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
  /** Else, when the public archive first captured the text after the change. */
  readonly seenInArchive?: string;
  /**
   * A verdict change no history entry explains (neither a policy change ending at the new verdict
   * nor a record correction naming the tier): `data-diff` refuses it.
   */
  readonly unexplained?: boolean;
  /** For a rename or a redirect: the id it leads to. */
  readonly redirectTo?: string;
  /** For wording: the top-level fields that differ. For a schema change: what changed, in words. */
  readonly fields?: readonly string[];
}

/** A release as `data.json` holds it. */
export interface Release {
  readonly tools: Readonly<Record<string, ToolRecord>>;
  readonly redirects: Readonly<Record<string, RedirectRecord>>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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

type JsonSchema = { readonly [key: string]: unknown };
const isSchema = (v: unknown): v is JsonSchema =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Keys `diffSchemas` compares one by one; every other key is wording (descriptions, limits). */
const WALKED = new Set([
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'allOf',
]);
const types = (s: JsonSchema) =>
  [s.type ?? (s.const !== undefined ? 'const' : '')].flat().map(String).sort().join('|');

/**
 * What changed in the record schema (`schema/tool-record.schema.json`, generated from the zod
 * schemas) between two releases, walked in parallel from the root. A reader's code that worked with
 * the older release breaks when a field or a value goes away or a type changes (major); it gains
 * when a field or a value is added (minor); descriptions, limits and patterns are patch.
 */
export function diffSchemas(before: unknown, after: unknown): DataChange[] {
  const found: Record<'schema-breaking' | 'schema-extended' | 'schema-wording', string[]> = {
    'schema-breaking': [],
    'schema-extended': [],
    'schema-wording': [],
  };
  const walk = (a: unknown, b: unknown, path: string) => {
    if (same(a, b)) return;
    if (!isSchema(a) || !isSchema(b)) {
      found['schema-wording'].push(`${path} changed`);
      return;
    }
    if (types(a) !== types(b) || !same(a.const, b.const)) {
      found['schema-breaking'].push(`${path}: type ${types(a) || 'any'} -> ${types(b) || 'any'}`);
      return;
    }
    // Values as JSON, so "1" and 1 (or two objects) are told apart.
    const [oldEnum, newEnum] = [a.enum, b.enum].map((e) =>
      Array.isArray(e) ? e.map((v) => JSON.stringify(v)) : [],
    );
    for (const v of oldEnum!)
      if (!newEnum!.includes(v)) found['schema-breaking'].push(`${path}: value ${v} removed`);
    for (const v of newEnum!)
      if (!oldEnum!.includes(v)) found['schema-extended'].push(`${path}: value ${v} added`);
    const [oldProps, newProps] = [a.properties, b.properties].map((p) => (isSchema(p) ? p : {}));
    const [oldReq, newReq] = [a.required, b.required].map((r) =>
      Array.isArray(r) ? r.map(String) : [],
    );
    for (const key of Object.keys(oldProps!)) {
      const at = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(newProps!, key)) found['schema-breaking'].push(`${at}: field removed`);
      else walk(oldProps![key], newProps![key], at);
      if (Object.hasOwn(newProps!, key) && oldReq!.includes(key) !== newReq!.includes(key))
        found['schema-extended'].push(
          `${at}: now ${newReq!.includes(key) ? 'required' : 'optional'}`,
        );
    }
    for (const key of Object.keys(newProps!))
      if (!Object.hasOwn(oldProps!, key))
        found['schema-extended'].push(`${path ? `${path}.${key}` : key}: field added`);
    for (const key of ['items', 'additionalProperties'] as const)
      if (!same(a[key], b[key])) walk(a[key], b[key], `${path}[]`);
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      const [x, y] = [a[key], b[key]].map((v) => (Array.isArray(v) ? v : []));
      // Options added after the others extend the schema (a new kind of history entry, say);
      // fewer options break it. Options are compared in order.
      if (y!.length < x!.length)
        found['schema-breaking'].push(`${path}: ${key} has ${y!.length} options, had ${x!.length}`);
      else if (y!.length > x!.length)
        found['schema-extended'].push(`${path}: ${key} has ${y!.length} options, had ${x!.length}`);
      x!.forEach((option, i) => {
        if (i < y!.length) walk(option, y![i], path);
      });
    }
    const rest = (s: JsonSchema) =>
      Object.fromEntries(Object.entries(s).filter(([key]) => !WALKED.has(key)));
    if (!same(rest(a), rest(b)))
      found['schema-wording'].push(`${path || 'the record'}: descriptions or limits`);
  };
  walk(before, after, '');
  return (Object.keys(found) as (keyof typeof found)[])
    .filter((kind) => found[kind].length > 0)
    .map((kind) => ({
      kind,
      bump: BUMP_OF[kind],
      id: 'schema',
      name: 'Record schema',
      fields: [...new Set(found[kind])],
    }));
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
  'schema-breaking',
  'schema-extended',
  'schema-wording',
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
  // The schema first: it concerns every tool.
  const schema = (c: DataChange) => (c.kind.startsWith('schema-') ? 0 : 1);
  const ordered = [...changes].sort(
    (x, y) =>
      schema(x) - schema(y) ||
      x.name.localeCompare(y.name) ||
      NOTE_ORDER.indexOf(x.kind) - NOTE_ORDER.indexOf(y.kind),
  );
  // Markdown (the CHANGELOG, the GitHub release): every record text is escaped, so a name or a
  // label shows as written and never becomes a link, HTML or a block of its own.
  return ordered.map((c) => `- ${changeLine(c, labels, markdownText)}`).join('\n');
}

/**
 * One change as one line of the release note (and the title of a feed entry for a verdict
 * change): "Claude · Free / Pro / Max: no training -> trains unless you opt out, effective 2025-08-28".
 * `escape` escapes what comes from records (names, labels, ids, fields) for the format the line is
 * written in; plain text by default (the caller escapes the whole line, as the feed does).
 */
export function changeLine(
  change: DataChange,
  labels: NoteLabels,
  escape: (recordText: string) => string = (t) => t,
): string {
  const c = {
    ...change,
    name: escape(change.name),
    id: escape(change.id),
    ...(change.redirectTo !== undefined ? { redirectTo: escape(change.redirectTo) } : {}),
    ...(change.tier ? { tier: { ...change.tier, label: escape(change.tier.label) } } : {}),
    ...(change.fields ? { fields: change.fields.map(escape) } : {}),
  };
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  const tier = (v: DataChange['before']) =>
    v ? lower((labels.tierVerdict as Record<string, string>)[v] ?? v) : '';
  const head = (v: DataChange['before']) =>
    v ? lower((labels.headlineVerdict as Record<string, string>)[v] ?? v) : '';
  switch (c.kind) {
    case 'verdict-changed':
      return `${c.name} · ${c.tier!.label}: ${tier(c.before)} -> ${tier(c.after)}${c.effective ? `, effective ${c.effective}` : c.seenInArchive ? `, seen in the archive on ${c.seenInArchive}` : ''}`;
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
    case 'schema-breaking':
      return `${c.name}, breaking: ${c.fields!.join('; ')}`;
    case 'schema-extended':
      return `${c.name}, extended: ${c.fields!.join('; ')}`;
    case 'schema-wording':
      return `${c.name}, wording: ${c.fields!.join('; ')}`;
  }
}
