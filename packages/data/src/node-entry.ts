/**
 * `@ai-training-verdict/data/node`: the maintainer tools as functions, for scripts and CI (Node
 * only): read and validate record files, compare two releases (data-diff), check that quoted
 * sources still say what the records quote, build the Atom feeds of the records' histories.
 */
export { formatProblem, type Problem } from './node/problems.js';
export {
  readRecordInputs,
  validateRecordSources,
  type RecordInput,
  type ValidateOptions,
  type ValidationResult,
} from './node/validate.js';
export { validateRecordSourcesInParallel, type ParallelOptions } from './node/validate-threads.js';
export {
  BUMPS,
  BUMP_OF,
  DATA_CHANGE_KINDS,
  SCHEMA_CHANGE_KINDS,
  type Bump,
  type DataChange,
  type DataChangeKind,
  type SchemaChangeKind,
} from './node/change-kinds.js';
export { diffReleases, type Release } from './node/diff-releases.js';
export { diffSchemas } from './node/diff-schemas.js';
export { checkBump, declaredBump, requiredBump } from './node/bump-check.js';
export { changeLine, releaseNote } from './node/release-note.js';
export {
  checkSources,
  claimsCiting,
  comparableText,
  markQuotesGone,
  reportMarkdown,
  type CheckOptions,
  type SourceCheck,
  type SourceCheckStatus,
} from './node/check-sources.js';
export {
  ArchiveUnavailableError,
  archiveHas,
  archiveText,
  checkArchive,
  findClone,
  setLastSeen,
  type ArchiveCheck,
  type ArchiveCheckStatus,
} from './node/check-archive.js';
export { atomFeeds, type FeedOptions } from './node/feed.js';
export type { FeedLabels, FeedWords, NoteLabels } from './feed-url.js';
