// The CDN build, cdn/ (issue #4): `rollup -c`, after tsc (package.json, "build").
//
//   ai-training-verdict.js   the entry: Lit and both elements (src/ai-training-verdict.cdn.ts)
//   ai-training-table.js     the table's entry before one script registered both: imports the entry
//   <name>-<hash>.js         chunks loaded only when needed, importing Lit from the entry
//   tools/<id>.js            one record each, the data package's dist/tools/<id>.js and the
//                            digest of its pre-rendered card (src/prerender-digest.ts)
//   integrity.json           each entry's SHA-384, for the snippet's `integrity` attribute
//
// The SDK and the data package come in as any consumer gets them: their built ES modules, one file
// per source module, through their package.json exports, so each function lands in the chunk that
// uses it. test/budget.test.mjs holds the sizes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const dir = dirname(fileURLToPath(import.meta.url));
const src = join(dir, 'src');
const data = createRequire(import.meta.url).resolve('@ai-training-verdict/data/package.json');
/** The data package's record modules: copied to cdn/tools/, and imported from there by URL. */
export const toolsDir = join(dirname(data), 'dist', 'tools');
const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** The `integrity` attribute value of a file's bytes (Subresource Integrity, SHA-384). */
export const sriHash = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** @type {import('rollup').RollupOptions} */
export default {
  input: { 'ai-training-verdict': join(src, 'ai-training-verdict.cdn.ts') },
  // The records stay the data package's files: each loads by its URL beside the chunks.
  external: (id) => id.startsWith(toolsDir),
  plugins: [
    // Lit's production build (its development build warns and is twice the size); `cdn`: the
    // widget's own CDN modules (package.json, "imports").
    nodeResolve({ browser: true, exportConditions: ['production', 'cdn'] }),
    // The widget's TypeScript, and the define that drops the data schema's descriptions (for
    // editors, not for a browser validating a `src` release) from the data package's schema.js.
    esbuild({ target: 'es2022', define: { SCHEMA_DESCRIPTIONS: 'false' } }),
    minifyHTMLLiterals({
      include: [`${src}/**/*.ts`],
      failOnError: true,
      // `<path />` keeps its slash (in SVG, `<circle>` without one swallows what follows), and
      // whitespace between tags shrinks to one space, so copied text keeps its words apart.
      options: { minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } },
    }),
    {
      // Ships the CSS palette.ts computes (its tsc output's), not the code: fewer bytes per reader.
      name: 'palette-css',
      async load(id) {
        if (id !== join(src, 'internal', 'palette.ts')) return null;
        const built = pathToFileURL(join(dir, 'dist', 'internal', 'palette.js')).href;
        const { paletteStyles } = await import(built);
        return `import{unsafeCSS}from'lit';export const paletteStyles=unsafeCSS(${JSON.stringify(paletteStyles.cssText)});`;
      },
    },
    {
      // The entry's import()s go through importChunk (src/internal/csp.cdn.ts: strict CSPs);
      // no bundler option routes dynamic imports through a function.
      name: 'import-chunk',
      renderDynamicImport: ({ chunk, targetModuleId }) =>
        chunk.isEntry && targetModuleId ? { left: 'importChunk(', right: ')' } : null,
      async generateBundle(options, bundle) {
        // The files beside the chunks: the table's old entry, the records, each entry's integrity.
        const alias = 'import"./ai-training-verdict.js";\n';
        this.emitFile({ type: 'prebuilt-chunk', fileName: 'ai-training-table.js', code: alias });
        // Each record with the digest of its pre-rendered card (src/prerender-digest.ts).
        const { drawnLine } = await import(
          pathToFileURL(join(dir, 'dist', 'prerender-digest.js')).href
        );
        for (const name of readdirSync(toolsDir).filter((file) => file.endsWith('.js'))) {
          const file = join(toolsDir, name);
          const text = readFileSync(file, 'utf8');
          const { default: record } = await import(pathToFileURL(file).href);
          const source = `${text}${await drawnLine(text, record)}`;
          this.emitFile({ type: 'asset', fileName: `tools/${name}`, source });
        }
        const integrity = {
          'ai-training-verdict.js': sriHash(bundle['ai-training-verdict.js'].code),
          'ai-training-table.js': sriHash(alias),
        };
        this.emitFile({
          type: 'asset',
          fileName: 'integrity.json',
          source: `${JSON.stringify({ package: '@ai-training-verdict/widget', version, integrity }, null, 2)}\n`,
        });
      },
    },
  ],
  onwarn(warning) {
    // zod's circular imports and comments are zod's to fix; anything about our code fails.
    const ids = [warning.id, ...(warning.ids ?? [])].filter(Boolean);
    if (ids.length > 0 && ids.every((id) => id.includes('/node_modules/'))) return;
    throw new Error(`CDN build: ${warning.message}`);
  },
  output: {
    dir: join(dir, 'cdn'),
    format: 'es',
    entryFileNames: '[name].js',
    // Chunks are named after what they hold: `sections-<hash>.js`, `client-<hash>.js`, and the
    // catalog's (`catalog-`) apart from the list of tools it loads (`tool-list-`).
    chunkFileNames: ({ name }) =>
      `${name === 'catalog-entries' ? 'tool-list' : name.replace(/\.cdn$/, '')}-[hash].js`,
    paths: (id) => (id.startsWith(toolsDir) ? `./tools/${basename(id)}` : id),
    plugins: [
      terser({ module: true, ecma: 2022, compress: { passes: 3 }, format: { comments: false } }),
    ],
  },
};
