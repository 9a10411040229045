import type { CatalogEntry } from '@ai-training-verdict/data/catalog';
import { editDistance } from '@ai-training-verdict/data/vocabulary';
import { fold } from './text.js';

// Ranks, best first. The order is the issue's: exact id or name, then prefix, then substring, then
// matches on the vendor or an alias (each again exact > prefix > substring).
const EXACT = 0;
const PREFIX = 1;
const SUBSTRING = 2;
const OTHER_FIELDS = 3;

function rankIn(query: string, values: readonly string[]): number | undefined {
  if (values.some((v) => v === query)) return EXACT;
  if (values.some((v) => v.startsWith(query) || v.split(' ').some((w) => w.startsWith(query)))) {
    return PREFIX;
  }
  if (values.some((v) => v.includes(query))) return SUBSTRING;
  return undefined;
}

/** The rank of one catalog entry for a folded query, or undefined when it does not match. */
function rank(entry: CatalogEntry, query: string): number | undefined {
  const own = rankIn(query, [entry.id, fold(entry.name)]);
  if (own !== undefined) return own;
  const other = rankIn(query, [fold(entry.vendor), ...(entry.aliases ?? []).map(fold)]);
  return other === undefined ? undefined : OTHER_FIELDS + other;
}

const byName = (a: CatalogEntry, b: CatalogEntry) =>
  fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : a.id < b.id ? -1 : 1;

/** Catalog entries matching a query by id, name, vendor or alias, best first. */
export function searchCatalog(
  catalog: readonly CatalogEntry[],
  query: string,
): readonly CatalogEntry[] {
  const q = fold(String(query));
  if (q === '') return [];
  return catalog
    .map((entry) => ({ entry, rank: rank(entry, q) }))
    .filter((m): m is { entry: CatalogEntry; rank: number } => m.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || byName(a.entry, b.entry))
    .map((m) => m.entry);
}

/** Longest input worth comparing letter by letter; ids are at most 64 characters. */
const MAX_FUZZY_LENGTH = 100;

/** How many edits a typo of this length may contain and still be suggested. */
const allowedEdits = (length: number) => (length <= 3 ? 1 : length <= 6 ? 2 : 3);

/**
 * "Did you mean" candidates for an unknown id: tools whose id, name, vendor or alias equals the input
 * folded, starts with it, contains it, or is a few typos away. Best first, at most three.
 */
export function suggestTools(catalog: readonly CatalogEntry[], input: string): readonly string[] {
  const q = fold(input);
  if (q === '' || q.length > MAX_FUZZY_LENGTH) return [];
  const limit = allowedEdits(q.length);
  const scored: Array<{ entry: CatalogEntry; score: number }> = [];
  for (const entry of catalog) {
    let best = Infinity;
    // The tool's own id and name first: a typo of "meta-ai" means Meta AI before the other
    // tools by Meta, whose vendor name it starts with. Vendor and aliases come half a step after.
    const values = [entry.id, entry.name, entry.vendor, ...(entry.aliases ?? [])].map(fold);
    for (const [index, value] of values.entries()) {
      let match = Infinity;
      if (value === q) match = 0;
      else if (q.length >= 2 && value.startsWith(q)) match = 1;
      else if (value.length >= 3 && q.startsWith(value)) match = 1;
      else if (q.length >= 3 && value.includes(q)) match = 2;
      const distance = editDistance(q, value, limit);
      if (distance <= limit) match = Math.min(match, distance);
      best = Math.min(best, (index < 2 ? 0 : 0.5) + match);
    }
    if (best !== Infinity) scored.push({ entry, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || byName(a.entry, b.entry))
    .slice(0, 3)
    .map(({ entry }) => entry.id);
}
