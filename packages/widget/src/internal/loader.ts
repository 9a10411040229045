/**
 * Where the elements get their data: the one seam between them and the dataset (issue #4). This is
 * the npm / bundler implementation: records come from the SDK, one dynamic import per tool. The
 * elements import it as `#loader` (package.json, "imports"), which is `loader.cdn.ts` (same exports)
 * under the `cdn` condition the CDN build resolves with; nothing else in `src/` imports data.
 *
 * Everything it loads, it loads on demand, as the CDN build does: the SDK's main entry (whose module
 * holds the table of per-record imports, one per id) with the first tool, the catalog of ids only
 * for an unknown one (the SDK's `getTool` imports it then, for "did you mean"), and the `src` reader
 * only for an element with `src`. So an app's bundle of the elements starts with none of them, and
 * no list of tool ids (test/bundler-budget.test.mjs).
 */
import { abortable, loaded, type LoadedTool, type LoadOptions } from './loaded.js';

export type { LoadedTool, LoadOptions };

/** Loads one tool. Rejects with the SDK's UnknownToolError (with .suggestions) for an unknown id.
 *  With `src`, reads that data release (validated by the SDK client, loaded lazily via
 *  `import('@ai-training-verdict/sdk/client')` so zod never enters the default path). */
export async function loadTool(id: string, options: LoadOptions = {}): Promise<LoadedTool> {
  const { src, signal } = options;
  const record = src
    ? import('./release.js').then(({ fromRelease }) => fromRelease(src, id))
    : import('@ai-training-verdict/sdk').then(({ getTool }) => getTool(id));
  return loaded(await abortable(record, signal), id);
}
