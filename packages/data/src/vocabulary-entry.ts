/**
 * `@ai-training-verdict/data/vocabulary`: the closed vocabularies and `deriveHeadlineVerdict`,
 * without zod or records, for code that shows verdicts (the SDK, the widget).
 */
export * from './vocabulary.js';
export { deriveHeadlineVerdict } from './derive.js';
