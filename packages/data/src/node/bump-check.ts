/**
 * The bump a set of changes needs against the one the pending changesets give: what `data-diff`
 * refuses a release on.
 */
import { BUMPS, type Bump, type DataChange } from './change-kinds.js';

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
