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
import { loadTool, type DataSource } from './source.js';

export const getToolFrom = (source: DataSource, id: string): Promise<ToolRecord> =>
  loadTool(source, id);

export const listToolsFrom = async (source: DataSource): Promise<CatalogEntry[]> => [
  ...(await source.catalog()),
];

export const findToolsFrom = async (source: DataSource, query: string): Promise<CatalogEntry[]> => [
  ...searchCatalog(await source.catalog(), query),
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
  // Load every id at once; the first unknown id in the list is the one reported.
  const records = (await Promise.allSettled(ids.map((id) => loadTool(source, id)))).map((load) => {
    if (load.status === 'rejected') throw load.reason;
    return load.value;
  });
  // One row per distinct tool, in the order first asked (a Map keeps a key's first position).
  return [...new Map(records.map((r) => [r.id, r])).values()].map((r) => comparisonRow(r, locale));
}

export async function historyFrom(
  source: DataSource,
  id: string,
  locale?: LocaleOrMessages,
): Promise<HistoryEntry[]> {
  return historyOf(await loadTool(source, id), locale);
}
