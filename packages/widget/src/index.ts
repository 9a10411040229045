/**
 * `@ai-training-verdict/widget`: `<ai-training-verdict tool="jasper">`, a card that says whether an
 * AI tool trains on your data, with its sources. Importing this entry registers the element.
 *
 * @example
 * ```ts
 * import '@ai-training-verdict/widget';
 * // <ai-training-verdict tool="jasper"><a href="https://…">Jasper's terms</a></ai-training-verdict>
 * ```
 */
export { AiTrainingVerdict } from './ai-training-verdict/ai-training-verdict.js';
export type {
  AiTrainingVerdictErrorDetail,
  AiTrainingVerdictErrorEvent,
} from './events/ai-training-verdict-error.js';
export type {
  AiTrainingVerdictLoadDetail,
  AiTrainingVerdictLoadEvent,
} from './events/ai-training-verdict-load.js';
export { VERSION } from './generated/version.js';
