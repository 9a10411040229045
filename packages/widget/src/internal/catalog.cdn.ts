/**
 * The catalog chunk of the CDN build: every tool's id, name and vendor, and the SDK's own id
 * resolution, "did you mean" suggestions and `UnknownToolError`. `loader.cdn.ts` imports it only
 * when a record chunk could not be loaded, so a card for a known tool never downloads it, and the
 * entry holds no list of tools. The SDK's bundled data loads each record from `cdn/tools/<id>.js`
 * (the CDN build ships the data package's record modules there and keeps them out of every chunk),
 * and the list of tools as a chunk of its own, only to suggest ids for an unknown one.
 */
import { getTool, UnknownToolError } from '@ai-training-verdict/sdk';
import { loaded, type LoadedTool } from './loaded.js';

/**
 * Why `input` could not be loaded from its chunk (`error`, or none when it cannot be an id): asks
 * the SDK, which resolves ids case-insensitively and follows redirects. An id the dataset does not
 * have rejects with the SDK's `UnknownToolError` and its suggestions; a known one is retried (the
 * chunk may have failed once), and if that fails too, the original error is what the card reports.
 */
export async function explain(input: string, error: unknown): Promise<LoadedTool> {
  try {
    return loaded(await getTool(input), input);
  } catch (cause) {
    throw cause instanceof UnknownToolError ? cause : (error ?? cause);
  }
}
