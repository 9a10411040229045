/**
 * The kinds of change between two data releases and the semver bump each needs: the policy in
 * the package README ("Versioning (semver for data)"), after web-features: removal is major,
 * additions minor, data fixes patch. The list is the one definition; the type, the bumps, the
 * release note's lines and the schema walk's findings are keyed by it, so a new kind that one of
 * them leaves out does not compile.
 */
import type { HeadlineVerdict, TierVerdict } from '../vocabulary.js';

/** Semver bumps, smallest first. */
export const BUMPS = ['patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

/** The changes to the record schema (`diffSchemas`), in the order it reports them. */
export const SCHEMA_CHANGE_KINDS = [
  'schema-breaking',
  'schema-extended',
  'schema-wording',
] as const;
export type SchemaChangeKind = (typeof SCHEMA_CHANGE_KINDS)[number];

/** Every kind of change, in the order the release note says a tool's changes. */
export const DATA_CHANGE_KINDS = [
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
  ...SCHEMA_CHANGE_KINDS,
] as const;
export type DataChangeKind = (typeof DATA_CHANGE_KINDS)[number];

/** The bump each kind of change needs, and what it is. */
export const BUMP_OF: Readonly<Record<DataChangeKind, Bump>> = {
  /** An id that stops working (no redirect left behind). */
  'tool-removed': 'major',
  /** A tier id that `verdictFor(tool, tier)` no longer finds. */
  'tier-removed': 'major',
  /** An old id that stops working. */
  'redirect-removed': 'major',
  /** A new tool. */
  'tool-added': 'minor',
  /** An id removed, with a redirect to its new id. */
  'tool-renamed': 'minor',
  /** An id that now leads to a tool. */
  'redirect-added': 'minor',
  /** A new tier. */
  'tier-added': 'minor',
  /** A tier's verdict. */
  'verdict-changed': 'minor',
  /** A tool's headline verdict (derived from its tiers). */
  'headline-changed': 'minor',
  /** Text, sources, dates: anything else in a record. */
  wording: 'patch',
  /** Only the verification date (and its history entry). */
  reverified: 'patch',
  /** The record schema drops a field or a value, or changes a type. */
  'schema-breaking': 'major',
  /** The record schema gains a field or a value, or a field's required / optional status changes. */
  'schema-extended': 'minor',
  /** The record schema's descriptions, limits or patterns. */
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

/** Equal as JSON: how both comparisons tell a changed value. */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
