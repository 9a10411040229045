// The size check of issue #3: a browser bundle that calls getTool(id) must load neither zod nor any
// record but the one asked for, and stay within a byte budget (see README, "Bundle size") for every
// tool of the bundled dataset. It reads esbuild's metafile, not timings, so it is deterministic.
import { build, type Metafile } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { redirects } from '@ai-training-verdict/data/catalog';
import { labels, listTools, verdictLabelsEn } from '../src/index.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

/** Budget for what a page downloads to show one tool: entry chunk + its static imports + the record chunk. */
// Two budgets, min+gzip, because the two parts grow for different reasons (see the README):
// the entry getTool needs (SDK code, the catalog, the per-record import table) grows with the
// number of tools; one record grows with its evidence (a verbatim vendor quote per claim since
// issue 10), and has the widget's record budget.
const ENTRY_BUDGET_GZIP_BYTES = 6 * 1024;
const RECORD_BUDGET_GZIP_BYTES = 8000;

const isZod = (input: string) =>
  /(^|\/)node_modules\/(\.pnpm\/zod@[^/]+\/node_modules\/)?zod\//.test(input);
const recordOf = (input: string) => /data\/dist\/tools\/([a-z0-9-]+)\.js$/.exec(input)?.[1];

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: pkgDir, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    write: false,
    outdir: 'out',
    absWorkingDir: pkgDir,
    logLevel: 'silent',
  });
  const metafile: Metafile = result.metafile;
  const files = new Map(
    result.outputFiles.map((f) => [f.path.slice(`${pkgDir}`.length), f.contents]),
  );
  // The page's own entry (esbuild also marks each dynamically imported record as an entry point).
  const entry = Object.keys(metafile.outputs).find(
    (k) => metafile.outputs[k]!.entryPoint === 'entry.js',
  )!;
  // The chunks a page loads before any dynamic import runs.
  const initial = new Set<string>();
  const visit = (output: string) => {
    if (initial.has(output)) return;
    initial.add(output);
    for (const imp of metafile.outputs[output]!.imports) {
      if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
    }
  };
  visit(entry);
  const inputsOf = (outputs: Iterable<string>) =>
    [...outputs].flatMap((o) => Object.keys(metafile.outputs[o]!.inputs));
  const gzip = (outputs: Iterable<string>) =>
    [...outputs].reduce((sum, o) => sum + gzipSync(files.get(o)!, { level: 9 }).length, 0);
  const raw = (outputs: Iterable<string>) =>
    [...outputs].reduce((sum, o) => sum + metafile.outputs[o]!.bytes, 0);
  const dynamicOf = (output: string) =>
    metafile.outputs[output]!.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
  return { metafile, entry, initial, inputsOf, gzip, raw, dynamicOf };
}

/**
 * A dist file and the dist files it imports (`./…` specifiers matched by `pattern`), transitively,
 * as a tool that does not tree-shake loads them: the files, the other packages' specifiers they
 * import (sorted, each once) and their text.
 */
function readGraph(file: string, pattern: RegExp) {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  let text = '';
  const read = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(`${pkgDir}${path}`, 'utf8');
    text += code;
    for (const m of code.matchAll(pattern)) {
      const specifier = m[1]!;
      if (specifier.startsWith('./')) read(`dist/${specifier.slice(2)}`);
      else specifiers.add(specifier);
    }
  };
  read(file);
  return { seen, specifiers: [...specifiers].sort(), text };
}

describe('bundle size', () => {
  describe('when a page imports getTool and calls getTool(id)', () => {
    it('should load neither zod nor any record but the one asked for, within the budget for every tool', async () => {
      const ids = listTools().map((t) => t.id);
      const b = await bundle(
        `import { getTool } from '@ai-training-verdict/sdk'; getTool(${JSON.stringify(ids[0])}).then(console.log);`,
      );
      const initialInputs = b.inputsOf(b.initial);
      expect(initialInputs.filter(isZod)).toEqual([]);
      expect(initialInputs.map(recordOf).filter(Boolean)).toEqual([]);
      expect(initialInputs).toContain('dist/index.js');

      // The catalog is imported only to suggest ids for an unknown one: never up front.
      // (the data package's modules of the list: its loaders' and its `./catalog` export's)
      const catalogFile = /data\/dist\/(catalog(-entries|-entry)?|generated\/catalog)\.js$/;
      const isCatalog = (chunk: string) =>
        Object.keys(b.metafile.outputs[chunk]!.inputs).some((i) => catalogFile.test(i));
      expect(initialInputs.filter((i) => catalogFile.test(i))).toEqual([]);
      expect(b.dynamicOf(b.entry).filter(isCatalog)).toHaveLength(1);

      // Each record is its own lazily imported chunk holding exactly one record.
      const recordChunks = new Map<string, string>();
      for (const chunk of b.dynamicOf(b.entry).filter((c) => !isCatalog(c))) {
        const records = Object.keys(b.metafile.outputs[chunk]!.inputs).map(recordOf);
        expect(records).toHaveLength(1);
        expect(
          b.metafile.outputs[chunk]!.imports.filter((i) => i.kind === 'import-statement'),
        ).toEqual([]);
        recordChunks.set(records[0]!, chunk);
      }
      // A redirect is a record file too (an old or other id), so it gets its chunk.
      expect([...recordChunks.keys()].sort()).toEqual([...ids, ...Object.keys(redirects)].sort());

      // What a page showing one tool downloads: the entry, its static imports and that record.
      const loads = ids.map((id) => {
        const loaded = [...b.initial, recordChunks.get(id)!];
        return {
          id,
          raw: b.raw(loaded),
          gzip: b.gzip(loaded),
          record: b.gzip([recordChunks.get(id)!]),
        };
      });
      const largest = loads.reduce((a, c) => (c.gzip > a.gzip ? c : a));
      process.stdout.write(
        `size: getTool(id) loads at most ${largest.raw} B minified, ${largest.gzip} B min+gzip ` +
          `(entry ${b.gzip(b.initial)} B + largest record ${largest.record} B); ` +
          `budgets: entry ${ENTRY_BUDGET_GZIP_BYTES} B, one record ${RECORD_BUDGET_GZIP_BYTES} B\n`,
      );
      expect(b.gzip(b.initial), 'entry').toBeLessThanOrEqual(ENTRY_BUDGET_GZIP_BYTES);
      for (const load of loads) {
        expect(load.record, load.id).toBeLessThanOrEqual(RECORD_BUDGET_GZIP_BYTES);
      }
    });
  });

  describe('when a page uses every function of the main entry', () => {
    it('should still statically load neither zod nor any record', async () => {
      const b = await bundle("import * as sdk from '@ai-training-verdict/sdk'; console.log(sdk);");
      const inputs = b.inputsOf(b.initial);
      expect(inputs.filter(isZod)).toEqual([]);
      expect(inputs.map(recordOf).filter(Boolean)).toEqual([]);
      process.stdout.write(
        `size: the whole main entry is ${b.gzip(b.initial)} B min+gzip before records\n`,
      );
    });
  });

  describe('when a page imports createClient', () => {
    it('should include zod, which is why the client is a separate entry', async () => {
      const b = await bundle(
        "import { createClient } from '@ai-training-verdict/sdk/client'; console.log(createClient);",
      );
      expect(b.inputsOf(b.initial).some(isZod)).toBe(true);
    });
  });

  describe('when a page imports `@ai-training-verdict/sdk/record`', () => {
    it('should load no record, no table of record imports, no catalog, and then `getTool` on demand', async () => {
      const b = await bundle(
        `import { findTier, isStale, localeModules, verdictLabelsEn } from '@ai-training-verdict/sdk/record';
console.log(findTier, isStale, localeModules, verdictLabelsEn);
import('@ai-training-verdict/sdk').then(({ getTool }) => getTool(${JSON.stringify(listTools()[0]!.id)}));`,
      );
      const initialInputs = b.inputsOf(b.initial);
      // Nothing of the data package (records, the per-record imports, the catalog) nor zod up front.
      expect(initialInputs.filter((i) => i.includes('/data/') || isZod(i))).toEqual([]);
      // The helpers themselves (record-entry.js only re-exports, so no code of it is in a chunk).
      expect(initialInputs).toEqual(
        expect.arrayContaining(['dist/find-tier.js', 'dist/freshness.js']),
      );
      // The main entry, loaded on demand, brings the table of per-record imports with it.
      const onDemand = Object.keys(b.metafile.outputs).filter((o) => !b.initial.has(o));
      expect(b.inputsOf(onDemand)).toContain('../data/dist/loaders.js');
      process.stdout.write(
        `size: @ai-training-verdict/sdk/record is ${b.gzip(b.initial)} B min+gzip up front\n`,
      );
    });
  });

  describe('when a tool does not tree-shake at all', () => {
    it.each(['dist/record-entry.js', 'dist/record.cjs'])(
      'should find nothing of the data package, and no words but the verdict words, in %s or its chunks',
      (file) => {
        // Static imports only (`import … from`, `import '…'`, `require(…)`): what loads up front.
        const { seen, specifiers, text } = readGraph(
          file,
          /(?:from\s*|require\(|import\s*)['"]([^'"]+)['"]/g,
        );
        expect(seen.size).toBeGreaterThan(1);
        expect(specifiers).toEqual([]);
        // A bundler puts a module in one chunk, whole: the English message tables (`labels`), which
        // `@ai-training-verdict/sdk` holds, must not come with the verdict words.
        expect(text).toContain(JSON.stringify(verdictLabelsEn.tierVerdict.trains));
        for (const question of Object.values(labels.en.faq)) {
          expect(text).not.toContain(JSON.stringify(question));
        }
      },
    );

    it.each(['dist/index.js', 'dist/index.cjs'])(
      'should find no import of zod or of the data root in %s or its chunks',
      (file) => {
        const { seen, specifiers } = readGraph(
          file,
          /(?:from\s*|require\(|import\()\s*['"]([^'"]+)['"]/g,
        );
        expect(seen.size).toBeGreaterThan(1);
        expect(specifiers).toEqual([
          '@ai-training-verdict/data/catalog',
          '@ai-training-verdict/data/loaders',
          '@ai-training-verdict/data/vocabulary',
        ]);
      },
    );
  });
});
