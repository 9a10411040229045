/**
 * `@ai-training-verdict/data/vocabulary`: the closed vocabularies, `deriveHeadlineVerdict` and
 * `toCatalogEntry`,
 * without zod or records, for code that shows verdicts (the SDK, the widget).
 */
export * from './vocabulary.js';
export { deriveHeadlineVerdict, toCatalogEntry } from './derive.js';
