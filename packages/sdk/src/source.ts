import type { CatalogEntry, RedirectRecord } from '@ai-training-verdict/data/catalog';
import type { ToolRecord } from '@ai-training-verdict/data/schema';
import { REDIRECT_HOPS } from '@ai-training-verdict/data/vocabulary';
import { UnknownToolError } from './errors.js';
import { suggestTools } from './search.js';

/**
 * Where records come from: the bundled package (one lazy chunk per record) or a validated release a
 * client fetched. Every id-taking function works over one of these, so both behave the same.
 */
export interface DataSource {
  /** True when `id` is a tool or a redirect of this source (an own key, never an inherited one). */
  has(id: string): boolean;
  /** Loads one tool or redirect record; only called with an id `has` accepted. */
  load(id: string): Promise<ToolRecord | RedirectRecord>;
  /**
   * The compact index, for "did you mean" suggestions. The bundled source imports it only then, so
   * a page showing a tool it has downloads that tool's record and never the catalog.
   */
  catalog(): readonly CatalogEntry[] | Promise<readonly CatalogEntry[]>;
}

/**
 * Loads the record an id refers to: lower-cased and trimmed, redirects followed (the data
 * package's policy: `REDIRECT_HOPS`, a redirect always lands on a tool). Rejects with
 * `UnknownToolError` and suggestions when there is none.
 */
export async function loadTool(source: DataSource, id: string): Promise<ToolRecord> {
  const input = String(id);
  let key = input.trim().toLowerCase();
  for (let hops = 0; hops <= REDIRECT_HOPS && source.has(key); hops++) {
    const record = await source.load(key);
    if (record.kind === 'tool') return record;
    key = record.redirectTo;
  }
  throw new UnknownToolError(input, suggestTools(await source.catalog(), input));
}
