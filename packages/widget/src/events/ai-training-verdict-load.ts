import type { ToolRecord } from '@ai-training-verdict/sdk';

/** What `ai-training-verdict-load` carries: the id as written and the record now on screen. */
export interface AiTrainingVerdictLoadDetail {
  /** The `tool` attribute as the author wrote it. */
  readonly tool: string;
  /** The record the card shows (after any redirect, so `record.id` may differ from `tool`). */
  readonly record: ToolRecord;
}

/**
 * Fired on `<ai-training-verdict>` once the card for its tool has rendered. Bubbles and is composed,
 * so a listener on `document` hears every card on the page.
 */
export type AiTrainingVerdictLoadEvent = CustomEvent<AiTrainingVerdictLoadDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ai-training-verdict-load': AiTrainingVerdictLoadEvent;
  }
}
