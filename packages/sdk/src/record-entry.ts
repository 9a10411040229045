/**
 * `@ai-training-verdict/sdk/record`: what an interface needs to show a record it already has, and
 * nothing that reaches the dataset. The helpers that read one record without words (`findTier`,
 * `isStale`, `verificationAge`), the English verdict and badge words (`verdictLabelsEn`) and where
 * the words of every other language load from (`localeModules`).
 *
 * A separate entry because the main one loads records: its module imports the table of per-record
 * imports (one per id) and the catalog, and a bundler puts a module's code in one chunk, whole. An
 * app whose first screen only shows a record (the widget's card) imports this and loads the main
 * entry on demand, so its first chunk holds no list of tool ids. Everything here is also exported
 * by the main entry, the same functions and objects.
 *
 * @example
 * ```ts
 * import { findTier, isStale } from '@ai-training-verdict/sdk/record';
 * const { getTool } = await import('@ai-training-verdict/sdk');
 * const claude = await getTool('claude');
 * findTier(claude, 'Pro')?.id; // "consumer"
 * isStale(claude); // false while its evidence is less than 180 days old
 * ```
 *
 * @packageDocumentation
 */
export type { Tier, ToolRecord } from './types.js';
export { findTier } from './find-tier.js';
export { isStale, verificationAge } from './freshness.js';
export { verdictLabelsEn, type VerdictLabels } from './verdict-labels.js';
export { localeModules, type LocaleModule } from './locale-modules.js';
export { withEnglish, type Translation } from './translation.js';
export type { ReaderLocale } from './reader-labels.js';
export type { CardText, InterfaceText } from './interface-text.js';
