/**
 * `@ai-training-verdict/widget`: `<ai-training-verdict tool="jasper">`, a card that says whether an
 * AI tool trains on your data, with its sources, and `<ai-training-table tools="jasper claude">`, a
 * comparison table. Importing this entry registers both elements.
 *
 * @example
 * ```ts
 * import '@ai-training-verdict/widget';
 * // <ai-training-verdict tool="jasper"><a href="https://…">Jasper's terms</a></ai-training-verdict>
 * ```
 */
// JSX typings for React 19 users come with the registration modules (see src/jsx.d.ts).
export type {} from './jsx.js';
export { AiTrainingVerdict } from './ai-training-verdict/ai-training-verdict.js';
export { AiTrainingTable } from './ai-training-table/ai-training-table.js';
export type {
  AiTrainingVerdictErrorDetail,
  AiTrainingVerdictErrorEvent,
} from './events/ai-training-verdict-error.js';
export type {
  AiTrainingVerdictLoadDetail,
  AiTrainingVerdictLoadEvent,
} from './events/ai-training-verdict-load.js';
export { VERSION } from './generated/version.js';
