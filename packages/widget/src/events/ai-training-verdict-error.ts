/** What `ai-training-verdict-error` carries. */
export interface AiTrainingVerdictErrorDetail {
  /** The id as the page wrote it: `tool` of a card, or one id of a table's `tools`. */
  readonly tool: string;
  /**
   * Which state the element shows: `unknown-tool` when the dataset has no such id, `load-failed`
   * when the data could not be loaded (network, a broken chunk, a `src` release that failed
   * validation).
   */
  readonly reason: 'unknown-tool' | 'load-failed';
  /** Ids the dataset suggests for a mistyped `tool`, best first; empty when there are none. */
  readonly suggestions: readonly string[];
  /** The error behind it, for logging. */
  readonly error: unknown;
}

/**
 * Fired on `<ai-training-verdict>` when it cannot show a card (it then shows its message and its
 * light-DOM fallback), and on `<ai-training-table>` once per tool it cannot show. Bubbles and is
 * composed.
 */
export type AiTrainingVerdictErrorEvent = CustomEvent<AiTrainingVerdictErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ai-training-verdict-error': AiTrainingVerdictErrorEvent;
  }
}
