/**
 * The record loader of the CDN build (`cdn/ai-training-verdict.js`). scripts/build-cdn.mjs puts it
 * in place of `loader.ts`, whose bundler build reaches the records through the SDK's bundled data.
 * Same exports, same behaviour; what differs is the cost: one card loads one record chunk from
 * `cdn/tools/<id>.js`, and nothing in the entry grows with the dataset, so a card costs the same
 * whether there are 3 tools or 3,000 (issue #4). The catalog (every id, for "did you mean") is a
 * chunk of its own, loaded only when an id turns out to be unknown; the SDK client (zod) is loaded
 * only when an element has a `src`.
 */
import { UnknownToolError, type ToolRecord } from '@ai-training-verdict/sdk';
import type { LoadedTool, LoadOptions } from './release.js';

export type { LoadedTool, LoadOptions };

/** The loaded record, with `renamedFrom` when `id` was a redirect to another id (as release.ts). */
function loaded(record: ToolRecord, id: string): LoadedTool {
  const asked = String(id).trim().toLowerCase();
  return record.id === asked ? { record } : { record, renamedFrom: asked };
}

/** Rejects with the signal's reason once it is aborted, so a superseded load stops waiting. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** The record ids of the dataset: lowercase letters and digits joined by single hyphens. */
const TOOL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
/** Redirect chains longer than this are treated as broken rather than followed forever. */
const MAX_REDIRECTS = 8;

/** Ids are matched case-insensitively, as the SDK's `getTool` does. */
const normalise = (id: string): string => String(id).trim().toLowerCase();

/**
 * Only a well-formed id ever becomes part of a URL, so `tool="../../x"` or `tool="https://…"`
 * cannot make the card request anything but a chunk beside it.
 */
const isToolId = (id: string): boolean => id.length <= MAX_ID_LENGTH && TOOL_ID.test(id);

type Chunk =
  | { readonly kind: 'tool'; readonly id: string }
  | { readonly kind: 'moved'; readonly id: string; readonly redirectTo: string };

function isChunk(value: unknown): value is Chunk {
  const chunk = value as { kind?: unknown; id?: unknown; redirectTo?: unknown } | null;
  if (typeof chunk !== 'object' || chunk === null || typeof chunk.id !== 'string') return false;
  return chunk.kind === 'tool' || (chunk.kind === 'moved' && typeof chunk.redirectTo === 'string');
}

/** Loads `cdn/tools/<id>.js`; `id` has passed `isToolId`. */
async function importChunk(id: string): Promise<Chunk> {
  // The URL is built at run time and passed as a value: a template literal inside import() would
  // make the bundler expand it into a map of every tool, which grows with the dataset.
  const url = new URL(`./tools/${id}.js`, import.meta.url).href;
  const module = (await import(/* @vite-ignore */ url)) as { default?: unknown };
  if (!isChunk(module.default)) throw new Error(`${url} does not hold a tool record`);
  return module.default;
}

/**
 * The SDK's `UnknownToolError` as this module's own class. The lazy chunks (catalog, client) are
 * bundled separately, each with its own copy of the SDK, so an error from them is re-created here:
 * the element's `instanceof UnknownToolError` then holds, with the same id and suggestions.
 */
function asUnknownToolError(input: string, error: unknown): UnknownToolError | undefined {
  if (error instanceof UnknownToolError) return error;
  const { name, suggestions } = (error ?? {}) as { name?: unknown; suggestions?: unknown };
  if (name !== 'UnknownToolError') return undefined;
  return new UnknownToolError(
    input,
    Array.isArray(suggestions) ? suggestions.filter((s) => typeof s === 'string') : [],
  );
}

/**
 * After a record chunk failed to load (or the id cannot be one): asks the catalog chunk whether
 * the id exists. An unknown id rejects with `UnknownToolError` and the SDK's suggestions; a known
 * one is retried through the SDK, and if that fails too, the original error (network, a broken
 * chunk) is what the card reports.
 */
async function explainFailure(input: string, error: unknown): Promise<LoadedTool> {
  let catalog: typeof import('./catalog.cdn.js');
  try {
    catalog = await import('./catalog.cdn.js');
  } catch {
    throw error; // without the catalog there is no telling an unknown id from a failed load
  }
  let found: Awaited<ReturnType<typeof catalog.lookUp>>;
  try {
    found = await catalog.lookUp(input);
  } catch {
    throw error;
  }
  if ('record' in found) return loaded(found.record, input);
  throw new UnknownToolError(input, found.suggestions);
}

/**
 * `src`: the release at that URL, read as in the npm build (release.ts, a chunk of its own here, so
 * pages without `src` never load it), with this module's `UnknownToolError`.
 */
async function loadFromSrc(id: string, src: string): Promise<ToolRecord> {
  try {
    const { fromRelease } = await import('./release.js');
    return await fromRelease(src, id);
  } catch (error) {
    throw asUnknownToolError(id, error) ?? error;
  }
}

/** The bundled data: one chunk per record, redirects followed, the catalog only for failures. */
async function loadFromChunks(id: string): Promise<LoadedTool> {
  const first = normalise(id);
  let current = first;
  try {
    for (let hops = 0; isToolId(current); hops++) {
      const chunk = await importChunk(current);
      if (chunk.kind === 'tool') return loaded(chunk as unknown as ToolRecord, id);
      if (hops >= MAX_REDIRECTS) throw new Error(`Too many redirects from "${first}"`);
      current = normalise(chunk.redirectTo);
    }
  } catch (error) {
    return explainFailure(id, error);
  }
  // Not an id at all (spaces, a URL, too long): no chunk can exist, so the catalog is asked for
  // the closest ids instead.
  return explainFailure(id, new UnknownToolError(id));
}

/**
 * Loads the record for a tool id, following redirects of renamed ids (then `renamedFrom` is the old
 * id). Case-insensitive. With `src`, reads the release at that URL instead of the bundled data.
 *
 * @throws {UnknownToolError} (as a rejected promise) for an id the dataset does not have, with the
 *   SDK's "did you mean" suggestions.
 */
export async function loadTool(id: string, options: LoadOptions = {}): Promise<LoadedTool> {
  const { src, signal } = options;
  if (src) return loaded(await abortable(loadFromSrc(id, src), signal), id);
  return abortable(loadFromChunks(id), signal);
}

/**
 * "Did you mean" ids for a tool id, best first (at most three, possibly none), as the SDK computes
 * them for `UnknownToolError`. Loads the catalog chunk.
 */
export async function suggestTools(id: string): Promise<string[]> {
  const { suggestionsFor } = await import('./catalog.cdn.js');
  return suggestionsFor(id);
}
