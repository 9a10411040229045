/**
 * The failure module (`failure.ts`), for what the page's author is told in the console: a load that
 * failed, an element registered twice, a `sections` token or `tier` the card does not know. Most
 * pages have none of these, so its words are not in the CDN entry: they load, as a chunk of their
 * own, only when there is something to say. Undefined when it cannot load.
 */
import type * as FailureKit from './failure.js';

export const failureKit = (): Promise<typeof FailureKit | undefined> =>
  import('./failure.js').catch(() => undefined);
