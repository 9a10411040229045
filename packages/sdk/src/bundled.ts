import { loadCatalog, loaders } from '@ai-training-verdict/data/loaders';

export { dataVersion as bundledVersion } from '@ai-training-verdict/data/loaders';
import type { DataSource } from './source.js';
import { hasOwn } from './text.js';

/**
 * The data shipped in `@ai-training-verdict/data`: each record (and each redirect) is loaded by its
 * own dynamic import, and the catalog only to suggest ids for one that is unknown, so a bundle that
 * shows a tool downloads the table of imports and that record, however many tools the data holds.
 */
export const bundledSource: DataSource = {
  has: (id) => hasOwn(loaders, id),
  load: (id) => loaders[id]!(),
  catalog: loadCatalog,
};
