import type { ToolRecord } from '@ai-training-verdict/sdk';

/** What `ai-training-verdict-load` carries: the id as written and the record now on screen. */
export interface AiTrainingVerdictLoadDetail {
  /** The id as the page wrote it: `tool` of a card, or one id of a table's `tools`. */
  readonly tool: string;
  /** The record on screen (after any redirect, so `record.id` may differ from `tool`). */
  readonly record: ToolRecord;
  /** Set when `tool` is a renamed id that now leads to `record.id`. */
  readonly renamedFrom?: string;
}

/**
 * Fired on `<ai-training-verdict>` once its card is on screen, and on `<ai-training-table>` once per
 * tool its table shows. Bubbles and is composed, so a listener on `document` hears every element.
 */
export type AiTrainingVerdictLoadEvent = CustomEvent<AiTrainingVerdictLoadDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ai-training-verdict-load': AiTrainingVerdictLoadEvent;
  }
}
