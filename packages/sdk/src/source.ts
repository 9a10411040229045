import type { CatalogEntry, RedirectRecord } from '@ai-training-verdict/data/catalog';
import type { ToolRecord } from '@ai-training-verdict/data/schema';
import { REDIRECT_HOPS } from '@ai-training-verdict/data/vocabulary';
import { UnknownToolError } from './errors.js';
import { suggestTools } from './search.js';
import { hasOwn } from './text.js';

/**
 * Where records come from: the bundled package (one lazy chunk per tool) or a validated release a
 * client fetched. Every id-taking function works over one of these, so both behave the same.
 */
export interface DataSource {
  /** Version of the data release. */
  readonly version: string;
  /** The compact index. */
  readonly catalog: readonly CatalogEntry[];
  /** Renamed or merged ids. */
  readonly redirects: Readonly<Record<string, RedirectRecord>>;
  /** True when `id` is a tool record of this source (an own key, never an inherited one). */
  has(id: string): boolean;
  /** Loads one tool record; only called with an id `has` accepted. */
  load(id: string): Promise<ToolRecord>;
}

/**
 * The tool id an input refers to: lower-cased, trimmed, with redirects followed. Throws
 * `UnknownToolError` with suggestions when there is none.
 */
export function resolveToolId(source: DataSource, id: string): string {
  const input = String(id);
  let key = input.trim().toLowerCase();
  // The data package's redirect policy: one hop, a redirect always lands on a tool (checkDataset).
  for (let hops = 0; hops < REDIRECT_HOPS && hasOwn(source.redirects, key); hops++) {
    key = source.redirects[key]!.redirectTo;
  }
  if (!source.has(key)) throw new UnknownToolError(input, suggestTools(source.catalog, input));
  return key;
}

/** Loads the record an id refers to (see `resolveToolId`). */
export async function loadTool(source: DataSource, id: string): Promise<ToolRecord> {
  return source.load(resolveToolId(source, id));
}
