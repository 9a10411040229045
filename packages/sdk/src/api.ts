// The id-taking functions, written once over a DataSource so the main entry (bundled data) and a
// client (a fetched, validated release) behave identically.
import type { CatalogEntry } from '@ai-training-verdict/data/catalog';
import type { ToolRecord } from '@ai-training-verdict/data/schema';
import type { LocaleOrMessages } from './labels.js';
import {
  comparisonRow,
  historyOf,
  resolveTier,
  type ComparisonRow,
  type HistoryEntry,
  type TierVerdictResult,
} from './record.js';
import { searchCatalog } from './search.js';
import { loadTool, resolveToolId, type DataSource } from './source.js';

export const getToolFrom = (source: DataSource, id: string): Promise<ToolRecord> =>
  loadTool(source, id);

export const listToolsFrom = (source: DataSource): CatalogEntry[] => [...source.catalog];

export const findToolsFrom = (source: DataSource, query: string): CatalogEntry[] => [
  ...searchCatalog(source.catalog, query),
];

export async function verdictForFrom(
  source: DataSource,
  id: string,
  tier: string,
  locale?: LocaleOrMessages,
): Promise<TierVerdictResult> {
  return resolveTier(await loadTool(source, id), tier, locale);
}

export async function compareFrom(
  source: DataSource,
  ids: readonly string[],
  locale?: LocaleOrMessages,
): Promise<ComparisonRow[]> {
  // Resolve every id first, so the first unknown id in the list is the one reported.
  const resolved = [...new Set(ids.map((id) => resolveToolId(source, id)))];
  const records = await Promise.all(resolved.map((id) => source.load(id)));
  return records.map((record) => comparisonRow(record, locale));
}

export async function historyFrom(
  source: DataSource,
  id: string,
  locale?: LocaleOrMessages,
): Promise<HistoryEntry[]> {
  return historyOf(await loadTool(source, id), locale);
}
