/**
 * Where the elements get their data: the one seam between them and the dataset (issue #4). This is
 * the npm / bundler implementation: records come from the SDK, one dynamic import per tool. The
 * elements import it as `#loader` (package.json, "imports"), which is `loader.cdn.ts` (same exports)
 * under the `cdn` condition the CDN build resolves with; nothing else in `src/` imports data.
 */
import { getTool } from '@ai-training-verdict/sdk';
import { abortable, loaded, type LoadedTool, type LoadOptions } from './loaded.js';
import { fromRelease } from './release.js';

export type { LoadedTool, LoadOptions };

/** Loads one tool. Rejects with the SDK's UnknownToolError (with .suggestions) for an unknown id.
 *  With `src`, reads that data release (validated by the SDK client, loaded lazily via
 *  `import('@ai-training-verdict/sdk/client')` so zod never enters the default path). */
export async function loadTool(id: string, options: LoadOptions = {}): Promise<LoadedTool> {
  const { src, signal } = options;
  return loaded(await abortable(src ? fromRelease(src, id) : getTool(id), signal), id);
}
