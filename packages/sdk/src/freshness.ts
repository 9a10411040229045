/** How old a record's verification is: on its own module, for interfaces that show only that. */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days from a record's `lastVerified` date (midnight UTC) to `now`, or `undefined` when the
 * record states no verification date. Works on a `ToolRecord` or a catalog entry.
 *
 * @example verificationAge(jasper, new Date('2026-07-01')) // 30
 */
export function verificationAge(
  record: { readonly lastVerified?: string | undefined },
  now: Date = new Date(),
): number | undefined {
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.lastVerified ?? '');
  if (!match) return undefined;
  const verified = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Math.floor((now.getTime() - verified) / DAY_MS);
}

/**
 * True when a record may be out of date: its evidence was last seen current (`evidenceSeen`, derived
 * by the data build from the sources its tiers cite: archived copies still in the archive's newest
 * run, live pages read) more than `maxAgeDays` days before `now`; for a record whose evidence
 * nothing dates, its last verification; with neither, true. Works on a `ToolRecord` or a catalog
 * entry.
 *
 * @example isStale(jasper, new Date('2026-06-30')) // false (29 days)
 */
export function isStale(
  record: {
    readonly lastVerified?: string | undefined;
    readonly evidenceSeen?: string | undefined;
  },
  now: Date = new Date(),
  maxAgeDays = 180,
): boolean {
  const age = verificationAge({ lastVerified: record.evidenceSeen ?? record.lastVerified }, now);
  return age === undefined || age > maxAgeDays;
}
