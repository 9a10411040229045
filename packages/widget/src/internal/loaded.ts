/**
 * What both loader implementations (`loader.ts` for npm, `loader.cdn.ts` for the CDN build) and the
 * CDN's catalog chunk share, whatever the data comes from: the shape of a loaded tool, telling a
 * renamed id, and giving up on a superseded load.
 */
import type { ToolRecord } from '@ai-training-verdict/sdk';

/** What `loadTool` resolves with. */
export interface LoadedTool {
  /** The record to render. */
  readonly record: ToolRecord;
  /** Set when the page asked for a renamed id that redirected to record.id. */
  readonly renamedFrom?: string;
}

/** Options of `loadTool`. */
export interface LoadOptions {
  /** URL of a pinned data release (`data.json`) to read instead of the bundled data. */
  readonly src?: string | undefined;
  /** Aborting it makes the promise reject with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
}

/** The loaded record, with `renamedFrom` when `id` was a redirect to another id. */
export function loaded(record: ToolRecord, id: string): LoadedTool {
  const asked = String(id).trim().toLowerCase();
  return record.id === asked ? { record } : { record, renamedFrom: asked };
}

/** Rejects with the signal's reason once it is aborted, so a superseded load stops waiting. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason));
  });
  return Promise.race([promise, aborted]);
}
