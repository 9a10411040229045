/**
 * `@ai-training-verdict/data`: every record, the schemas that validate them, and their types.
 *
 * Browser-safe: no Node built-ins. To load a single tool without the rest, import
 * `@ai-training-verdict/data/tools/<id>`; for the list of tools, `@ai-training-verdict/data/catalog`.
 */
export * from './schema-entry.js';
export {
  catalog,
  dataVersion,
  records,
  redirects,
  toolIds,
  type ToolId,
} from './generated/records.js';
export { FEED_BASE_URL, feedUrl } from './feed-url.js';
