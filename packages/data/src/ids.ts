/**
 * What an id is, on its own module: a reader that only needs to tell an id from anything else
 * (the widget, before it turns one into a URL) takes this and none of the vocabulary.
 */

/** Ids of tools, tiers, sources and clauses: lowercase words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id, in characters. */
export const ID_MAX_LENGTH = 64;

/** True for a string that can be an id: so only such a string ever becomes part of a URL. */
export const isId = (value: string): boolean =>
  value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);

/**
 * How many redirects a reader follows from the id it was given: one. A redirect must point at a
 * tool record, never at another redirect (`checkDataset` refuses chains), so an old id costs one
 * extra look-up at most and a cycle cannot exist. The SDK and the widget both follow this.
 */
export const REDIRECT_HOPS = 1;
