/**
 * The catalog chunk of the CDN build: every tool's id, name and vendor, and the SDK's own id
 * resolution and "did you mean" suggestions. `loader.cdn.ts` imports it only when a record chunk
 * could not be loaded, so a card for a known tool never downloads it, and the entry holds no list
 * of tools. scripts/build-cdn.mjs bundles it on its own, with its own copy of the SDK, and points
 * the SDK's bundled data at the same `cdn/tools/<id>.js` chunks, so nothing here embeds a record.
 *
 * It answers with plain data rather than the SDK's errors: this chunk's copy of
 * `UnknownToolError` is not the entry's, so the loader creates the error the element checks for.
 */
import { getTool, UnknownToolError } from '@ai-training-verdict/sdk';
import type { LoadedTool } from './loader.cdn.js';

/** What the dataset says about an id: its record, or the ids closest to it. */
export type Lookup = LoadedTool | { readonly suggestions: string[] };

/**
 * Resolves an id through the SDK (case-insensitive, following redirects). For an id the dataset
 * does not have, answers with the SDK's suggestions; any other failure (a record chunk that cannot
 * be loaded) rejects.
 */
export async function lookUp(input: string): Promise<Lookup> {
  try {
    const record = await getTool(input);
    const id = String(input).trim().toLowerCase();
    return record.id === id ? { record } : { record, renamedFrom: id };
  } catch (error) {
    if (error instanceof UnknownToolError) return { suggestions: [...error.suggestions] };
    throw error;
  }
}

/** The SDK's suggestions for an id it does not know; none for an id it does. */
export async function suggestionsFor(input: string): Promise<string[]> {
  const found = await lookUp(input);
  return 'suggestions' in found ? found.suggestions : [];
}
