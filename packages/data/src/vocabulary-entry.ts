/**
 * `@ai-training-verdict/data/vocabulary`: the closed vocabularies, the derived values
 * (`deriveHeadlineVerdict`, `deriveZdrDpa`, `toCatalogEntry`) and the dataset check, without zod or
 * records, for code that shows verdicts or loads a release (the SDK, the widget), where the
 * published feeds are read (`feedUrl`), `jsLiteral` (JSON safe inside a page's script), and the
 * "did you mean" distance (`editDistance`), which `validate` and the SDK's search share.
 */
export * from './vocabulary.js';
export { archivedCopyUrl } from './archive-url.js';
export {
  changeDate,
  deriveHeadlineVerdict,
  deriveZdrDpa,
  evidenceSeen,
  newestPolicyChanges,
  toCatalogEntry,
  type ChangeDate,
} from './derive.js';
export { evidenceBasis, evidenceConfidence, tierEvidenceBasis } from './evidence-basis.js';
export {
  checkDataset,
  checkRedirect,
  checkToolRecord,
  type FieldPath,
  type Finding,
} from './checks.js';
export {
  FEED_BASE_URL,
  feedUrl,
  type FeedLabels,
  type FeedWords,
  type NoteLabels,
} from './feed-url.js';
export { ID_MAX_LENGTH, ID_PATTERN, isId, REDIRECT_HOPS } from './ids.js';
export { jsLiteral } from './js-literal.js';
export { editDistance } from './edit-distance.js';
