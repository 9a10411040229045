/** What `ai-training-verdict-error` carries. */
export interface AiTrainingVerdictErrorDetail {
  /** The `tool` attribute as the author wrote it. */
  readonly tool: string;
  /**
   * Why the card cannot render: `unknown-tool` when the dataset has no such id, `load-failed` when
   * the record could not be loaded (network, a broken chunk).
   */
  readonly reason: 'unknown-tool' | 'load-failed';
  /** Ids the dataset suggests for a mistyped `tool`, best first; empty when there are none. */
  readonly suggestions: readonly string[];
  /** The error behind it, for logging. */
  readonly error: unknown;
}

/**
 * Fired on `<ai-training-verdict>` when it cannot show a card; the element then shows its message
 * and its light-DOM fallback. Bubbles and is composed.
 */
export type AiTrainingVerdictErrorEvent = CustomEvent<AiTrainingVerdictErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ai-training-verdict-error': AiTrainingVerdictErrorEvent;
  }
}
