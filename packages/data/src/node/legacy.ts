/**
 * The records that existed when every claim had to start citing its evidence (issue 9). For these,
 * a claim with no source and a quote with no confirmation are warnings, to be mended as each is
 * re-verified; for any record added since, they are errors. The list only ever shrinks.
 */
export const LEGACY_RECORD_IDS: ReadonlySet<string> = new Set(['ai21', 'claude', 'jasper']);
