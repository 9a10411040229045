/**
 * Reading a pinned data release given as `src`, for both loader implementations (`loader.ts` for
 * npm, `loader.cdn.ts` for the CDN build, where this is a chunk of its own that only an element
 * with `src` loads).
 */
import type { ToolRecord } from '@ai-training-verdict/sdk';
import type { VerdictClient } from '@ai-training-verdict/sdk/client';

/** A `src` release that could not be used; the message is the SDK client's reason. */
export class ReleaseLoadError extends Error {
  override readonly name = 'ReleaseLoadError';
}

/** One client per release URL, so ten cards reading the same `src` fetch and validate it once. */
const releases = new Map<string, Promise<VerdictClient>>();

function release(url: string): Promise<VerdictClient> {
  let client = releases.get(url);
  if (!client) {
    // Lazily: the client validates with zod, which must never enter the default path. `#sdk-client`
    // (package.json, "imports") is the SDK's client (on the CDN, with zod set not to compile code).
    client = import('#sdk-client').then(async ({ createClient }) => {
      const created = createClient({ url });
      const status = await created.load();
      // On failure the client would answer from its bundled data. A page that pinned a release
      // asked for that release, so anything else is a failure to show, never a silent substitute.
      if (status.state !== 'remote') throw new ReleaseLoadError(status.reason.message);
      return created;
    });
    client.catch(() => releases.delete(url)); // a later attempt may succeed
    releases.set(url, client);
  }
  return client;
}

/**
 * The record for `id` from the release at `src` (resolved against the page's URL), validated by the
 * SDK client. Rejects with `ReleaseLoadError` when the release cannot be fetched or fails validation,
 * and with the SDK's `UnknownToolError` (suggestions from that release) for an id it lacks.
 */
export async function fromRelease(src: string, id: string): Promise<ToolRecord> {
  const client = await release(new URL(src, document.baseURI).href);
  return client.getTool(id);
}
