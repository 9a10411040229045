/**
 * `@ai-training-verdict/data/catalog`: the list of tools and redirects, without the records or zod.
 * Small enough for any bundle; load a record itself from `@ai-training-verdict/data/tools/<id>`.
 */
export { catalog, dataVersion, redirects, toolIds, type ToolId } from './generated/catalog.js';
export type { CatalogEntry, RedirectRecord } from './schema.js';
