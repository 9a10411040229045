/**
 * `@ai-training-verdict/data/schema`: the zod schemas, types and vocabularies without any records.
 * Import this to validate data of your own (for example a release fetched from a CDN).
 */
export * from './schema.js';
export * from './vocabulary-entry.js';
