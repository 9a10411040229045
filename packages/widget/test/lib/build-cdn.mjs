// The CDN build (rollup.config.mjs) in memory, for the budget test and the bench's scale run: with
// `catalogModule`, the list of tools an unknown id is matched against is that module (a synthetic
// catalog of thousands of tools) instead of the data package's, to show what grows with it.
import { rollup } from 'rollup';
import config from '../../rollup.config.mjs';

/** The data package's module of the list of tools (its loaders' `loadCatalog`). */
export const CATALOG = '/dist/catalog-entries.js';

/**
 * Builds cdn/ without writing it; returns its chunks (entries first) with their modules' sizes.
 * @param {{ catalogModule?: string }} [options]
 * @returns {Promise<Array<{ fileName: string, contents: Uint8Array, modules: Record<string, number> }>>}
 */
export async function buildCdn({ catalogModule } = {}) {
  const standIn = {
    name: 'stand-in-catalog',
    // The module the data package's loaders import for the catalog (`loadCatalog`), same id.
    load: (id) => (id.endsWith(CATALOG) ? catalogModule : null),
  };
  const plugins = catalogModule === undefined ? config.plugins : [standIn, ...config.plugins];
  const bundle = await rollup({ ...config, plugins });
  try {
    const { output } = await bundle.generate(config.output);
    return output
      .filter((file) => file.type === 'chunk' || file.type === 'prebuilt-chunk')
      .sort((a, b) => Number(b.isEntry ?? true) - Number(a.isEntry ?? true))
      .map((file) => ({
        fileName: file.fileName,
        contents: new TextEncoder().encode(file.code),
        modules: Object.fromEntries(
          Object.entries(file.modules ?? {}).map(([id, module]) => [id, module.renderedLength]),
        ),
      }));
  } finally {
    await bundle.close();
  }
}
