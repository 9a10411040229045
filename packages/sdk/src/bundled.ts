import { catalog, dataVersion, redirects } from '@ai-training-verdict/data/catalog';
import { loaders } from '@ai-training-verdict/data/loaders';
import type { DataSource } from './source.js';
import { hasOwn } from './text.js';

/**
 * The data shipped in `@ai-training-verdict/data`: the catalog is static, each record is loaded by
 * its own dynamic import, so a bundle downloads only the tools a page asks for.
 */
export const bundledSource: DataSource = {
  version: dataVersion,
  catalog,
  redirects,
  has: (id) => hasOwn(loaders, id) && !hasOwn(redirects, id),
  load: async (id) => {
    const record = await loaders[id]!();
    if (record.kind !== 'tool') throw new Error(`Bundled record "${id}" is not a tool record`);
    return record;
  },
};
