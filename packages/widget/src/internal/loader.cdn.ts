/**
 * The record loader of the CDN build (`cdn/ai-training-verdict.js`): what `#loader` is under the
 * `cdn` condition (package.json, "imports"); `loader.ts`, the default, reaches the records through
 * the SDK's bundled data.
 * Same exports, same behaviour; what differs is the cost: one card loads one record chunk from
 * `cdn/tools/<id>.js`, and nothing in the entry grows with the dataset, so a card costs the same
 * whether there are 3 tools or 3,000 (issue #4). Everything a failure needs (the catalog of ids,
 * "did you mean", the SDK's `UnknownToolError`) is in the catalog chunk, loaded only when a record
 * chunk cannot be; the `src` reader and the SDK client (zod) load only for an element with `src`.
 */
import { isId, REDIRECT_HOPS } from '@ai-training-verdict/data/vocabulary';
import type { ToolRecord } from '@ai-training-verdict/sdk';
import { importChunk } from './csp.cdn.js';
import { abortable, loaded, type LoadedTool, type LoadOptions } from './loaded.js';

export type { LoadedTool, LoadOptions };

/**
 * Only a string that can be a record id (the data package's `isId`: lowercase letters and digits
 * joined by single hyphens, at most 64 characters) ever becomes part of a URL, so `tool="../../x"`
 * or `tool="https://…"` cannot make the card request anything but a chunk beside it.
 */
const isToolId = isId;

/**
 * The bundled data: one chunk per record (`export default` a record, or a redirect to follow: one
 * hop, the data package's `REDIRECT_HOPS`, since a redirect always lands on a tool). When there is no chunk to load, or it fails or holds something else, the
 * catalog chunk tells an unknown id (`UnknownToolError` with suggestions) from a failed load.
 */
async function fromChunks(id: string): Promise<LoadedTool> {
  let current = String(id).trim().toLowerCase();
  let failure: unknown;
  try {
    for (let hops = 0; hops <= REDIRECT_HOPS && isToolId(current); hops++) {
      // Built at run time and passed as a value: a template literal inside import() would make
      // the bundler expand it into a map of every tool, which grows with the dataset.
      const url = new URL(`./tools/${current}.js`, import.meta.url).href;
      const { default: chunk } = (await importChunk(url)) as {
        default?: { kind?: unknown; id?: unknown; redirectTo?: unknown };
      };
      if (chunk?.kind === 'tool' && typeof chunk.id === 'string') {
        return loaded(chunk as unknown as ToolRecord, id);
      }
      if (chunk?.kind !== 'moved' || typeof chunk.redirectTo !== 'string') {
        throw new Error(`${url} does not hold a tool record`);
      }
      current = chunk.redirectTo.trim().toLowerCase();
    }
  } catch (error) {
    failure = error;
  }
  const catalog = await import('./catalog.cdn.js').catch(() => undefined);
  if (catalog) return catalog.explain(id, failure);
  // Without the catalog, only an id that cannot be one is known to be unknown.
  throw (
    failure ?? Object.assign(new Error(`Unknown AI tool id "${id}"`), { name: 'UnknownToolError' })
  );
}

/**
 * Loads the record for a tool id, following redirects of renamed ids (then `renamedFrom` is the old
 * id). Case-insensitive. With `src`, reads the release at that URL instead of the bundled data.
 * Rejects with an error named `UnknownToolError` (with the SDK's "did you mean" `suggestions`) for
 * an id the dataset does not have, and with the signal's reason once `signal` aborts.
 */
export function loadTool(id: string, { src, signal }: LoadOptions = {}): Promise<LoadedTool> {
  const result = src
    ? import('./release.js').then(async ({ fromRelease }) => loaded(await fromRelease(src, id), id))
    : fromChunks(id);
  return abortable(result, signal);
}
