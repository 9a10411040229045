// The size budget of the CDN build (issue #4), in bytes, never in time: what a blog reader
// downloads for one card. Printed on every run.
//
//   an entry (the card's, the table's), Lit included, with every chunk it imports statically,
//   i.e. all a reader downloads before the record                     <= 10.7 kB (10,700 bytes) gzip -9
//                                                                       (the design's 9 kB: see below)
//   one record chunk, cdn/tools/<id>.js (the largest of them)         <= 8 kB (8,000 bytes) gzip -9
//
// And what keeps a card's cost flat: no zod, no record text and no list of tools up front, and the
// same entry however many tools the dataset has (its own, or 3,000). The records are the real,
// bundled ones: every check here loops over the dataset and names none of them.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildCdn, dataPackageDir } from '../scripts/lib/cdn.mjs';
import {
  cdnDir,
  cdnModules,
  dataset,
  dynamicImports,
  ENTRIES,
  gzipSize,
  readCdn,
  requireBuild,
  stringsIn,
  upFrontFiles,
} from './lib/cdn-files.mjs';

/**
 * The design's target for an entry (issue #4). The card does not reach it: the README's "Size
 * budget" says what its 10.7 kB is made of and why the rest is not worth moving out. Every run
 * prints the gap.
 */
const ENTRY_TARGET = 9000;
/**
 * What the check enforces: just above today's size (card 10.86 kB, table 9.09 kB), so any growth
 * fails. Lower it as the code shrinks; never raise it to make a run pass. Raised once, from 10,700
 * to 10,900, for two things an issue requires the card to show (issue 11), each measured: the
 * footer's link to the tool's feed (+82 bytes gzipped) and "Needs re-verification" beside a
 * verdict whose quote is gone from its source (+81). The widget rework (issue 13) replaces it.
 */
const ENTRY_BUDGET = 10900;
/**
 * One record: the card's data, loaded only for the tool on the page. It was 3 kB while records
 * cited secondary pages without quotes. Since issue 10 every claim carries the vendor's sentence it
 * rests on, and that is the product: the largest record (24 quoted sources) is 6.3 kB gzipped. The
 * budget keeps room for that and still fails on a record that grows into an essay.
 */
const RECORD_BUDGET = 8000;

/** Markers every zod build carries (its internals and error class), never our own code. */
const ZOD = /\b_zod\b|\$Zod|ZodError/;

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

describe('CDN budget (bytes, gzip -9)', () => {
  let upFront; // what any entry loads before its record
  const cost = (entry) =>
    upFrontFiles(entry, readCdn).reduce(
      (sum, name) => sum + gzipSize(readFileSync(join(cdnDir, name))),
      0,
    );
  before(() => {
    requireBuild();
    upFront = [...new Set(ENTRIES.flatMap((entry) => upFrontFiles(entry, readCdn)))];
    const rows = [
      ...upFront.map((name) => [
        `cdn/${name} (up front)`,
        gzipSize(readFileSync(join(cdnDir, name))),
      ]),
      ...cdnModules()
        .filter((name) => !upFront.includes(name))
        .map((name) => [`cdn/${name} (on demand)`, gzipSize(readFileSync(join(cdnDir, name)))]),
      ...readdirSync(join(cdnDir, 'tools')).map((name) => [
        `cdn/tools/${name}`,
        gzipSize(readFileSync(join(cdnDir, 'tools', name))),
      ]),
    ];
    const width = Math.max(...rows.map(([name]) => name.length));
    console.log(
      `CDN sizes, gzip -9 (budget: entry ${kB(ENTRY_BUDGET)}, one record ${kB(RECORD_BUDGET)}):\n` +
        rows
          .map(([name, size]) => `  ${name.padEnd(width)}  ${String(size).padStart(6)}`)
          .join('\n'),
    );
  });

  for (const entry of ENTRIES) {
    it(`loads at most ${kB(ENTRY_BUDGET)} for cdn/${entry} before the record (Lit and static chunks included)`, () => {
      const files = upFrontFiles(entry, readCdn);
      const total = cost(entry);
      console.log(`  up front for ${entry}: ${files.join(' + ')} = ${total} bytes (${kB(total)})`);
      if (total > ENTRY_TARGET) {
        console.log(
          `  cdn/${entry} is ${total - ENTRY_TARGET} bytes over the design's ${kB(ENTRY_TARGET)} target (budget: ${kB(ENTRY_BUDGET)})`,
        );
      }
      assert.ok(
        total <= ENTRY_BUDGET,
        `cdn/${entry} costs ${total} bytes gzipped up front, over the budget of ${ENTRY_BUDGET} ` +
          '(`node scripts/build-cdn.mjs --analyze` shows what each file is made of)',
      );
    });
  }

  it(`keeps every record chunk within ${kB(RECORD_BUDGET)}`, () => {
    const { tools, redirects } = dataset();
    const ids = [...Object.keys(tools), ...Object.keys(redirects)];
    assert.ok(Object.keys(tools).length > 0, 'the dataset has records');
    const sizes = ids.map((id) => {
      const file = join(cdnDir, 'tools', `${id}.js`);
      assert.ok(existsSync(file), `${id} has its record chunk, cdn/tools/${id}.js`);
      return { name: `${id}.js`, size: gzipSize(readFileSync(file)) };
    });
    const largest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    console.log(`  largest record: cdn/tools/${largest.name} = ${largest.size} bytes`);
    assert.ok(
      largest.size <= RECORD_BUDGET,
      `the largest record chunk, cdn/tools/${largest.name}, is ${largest.size} bytes gzipped`,
    );
  });

  it('ships the records as the data package builds them, one module per id', () => {
    const { tools, redirects } = dataset();
    const ids = [...Object.keys(tools), ...Object.keys(redirects)].sort();
    assert.deepEqual(readdirSync(join(cdnDir, 'tools')).sort(), ids.map((id) => `${id}.js`).sort());
    for (const id of ids) {
      assert.ok(
        readFileSync(join(cdnDir, 'tools', `${id}.js`)).equals(
          readFileSync(join(dataPackageDir(), 'dist', 'tools', `${id}.js`)),
        ),
        `cdn/tools/${id}.js is the data package's dist/tools/${id}.js`,
      );
    }
  });

  it('loads no chunk up front that is meant to load on demand (locales, catalog, client)', () => {
    const onDemand = new Set(cdnModules().flatMap((name) => dynamicImports(readCdn(name))));
    assert.ok(onDemand.size > 0, 'the entry has chunks it loads on demand');
    for (const specifier of onDemand) {
      assert.ok(!upFront.includes(specifier.replace(/^\.\//, '')), `${specifier} loads up front`);
    }
  });

  it('keeps Lit out of every lazy chunk (the renderers get it from the entry)', () => {
    const lazy = cdnModules().filter((name) => !upFront.includes(name));
    assert.ok(
      lazy.some((name) => name.startsWith('sections-')),
      'the sections chunk is lazy',
    );
    for (const name of upFront) assert.match(readCdn(name), /litHtmlVersions/, `${name} has Lit`);
    for (const name of lazy) {
      assert.doesNotMatch(readCdn(name), /litHtmlVersions/, `${name} carries a copy of Lit`);
    }
  });

  it('holds no zod up front (the SDK client is a chunk of its own, only for `src`)', () => {
    const withZod = cdnModules().filter((name) => ZOD.test(readCdn(name)));
    assert.equal(withZod.length, 1, 'exactly one chunk, the client, holds zod');
    assert.match(withZod[0], /^client-/);
    for (const name of upFront) assert.doesNotMatch(readCdn(name), ZOD, name);
  });

  it('holds no record text up front', () => {
    const { tools, redirects } = dataset();
    // Prose and URLs: ids and vocabulary tokens ("trains-by-default") are the interface's too.
    const texts = [...new Set(stringsIn({ tools, redirects }))].filter(
      (text) => (text.length >= 20 && text.includes(' ')) || /^https:\/\//.test(text),
    );
    // Each record's own chunk holds its text (so the search below looks for the right thing).
    for (const [id, record] of Object.entries(tools)) {
      const chunk = readFileSync(join(cdnDir, 'tools', `${id}.js`), 'utf8');
      const own = texts.filter((text) => stringsIn(record).includes(text));
      assert.ok(own.length > 0, `${id} has record text to look for`);
      for (const text of own) {
        assert.ok(chunk.includes(JSON.stringify(text).slice(1, -1)), `${id}.js holds "${text}"`);
      }
    }
    for (const name of upFront) {
      const code = readCdn(name);
      for (const text of texts) {
        assert.ok(!code.includes(JSON.stringify(text).slice(1, -1)), `${name} holds "${text}"`);
      }
    }
  });

  it('holds no list of tool ids up front (the catalog loads only for an unknown id)', () => {
    const { tools, redirects } = dataset();
    const ids = [...Object.keys(tools), ...Object.keys(redirects)];
    const quoted = (id) => new RegExp(`["'\`]${id}["'\`]`);
    const catalog = cdnModules().filter((name) => name.startsWith('catalog-'));
    assert.equal(catalog.length, 1, 'one catalog chunk');
    for (const id of ids) assert.match(readCdn(catalog[0]), quoted(id), `the catalog lists ${id}`);
    for (const name of upFront) {
      for (const id of ids) assert.doesNotMatch(readCdn(name), quoted(id), `${name} names ${id}`);
    }
  });

  it('costs the same up front whether the dataset has its own tools or 3,000 more', async () => {
    const { tools } = dataset();
    const catalog = [
      ...Object.values(tools).map(({ id, name, vendor }) => ({
        id,
        name,
        vendor,
        verdict: 'unclear',
      })),
      ...Array.from({ length: 3000 }, (_, i) => ({
        id: `tool-${i}`,
        name: `Tool number ${i}`,
        vendor: `Vendor ${i}`,
        verdict: 'unclear',
      })),
    ];
    const catalogModule = `export const dataVersion = '0.0.0-test';
export const catalog = ${JSON.stringify(catalog)};
export const toolIds = catalog.map((entry) => entry.id);
export const redirects = {};
`;
    const outdir = join(tmpdir(), 'atv-cdn-budget');
    const build = async (options) => {
      const files = new Map(
        (await buildCdn({ outdir, write: false, ...options })).map(({ path, contents }) => [
          basename(path),
          Buffer.from(contents).toString('utf8'),
        ]),
      );
      const read = (name) => files.get(name) ?? assert.fail(`${name} was not built`);
      // Chunk names carry a content hash, which differs when the catalog does.
      const normalise = (text) => text.replace(/-[A-Z0-9]{8}\.js/g, '-HASH.js');
      const upFront = ENTRIES.flatMap((entry) => upFrontFiles(entry, read)).map((name) =>
        normalise(read(name)),
      );
      const catalogChunk = [...files.keys()].find((name) => name.startsWith('catalog-'));
      return { upFront, catalog: read(catalogChunk) };
    };
    const small = await build({});
    const large = await build({ catalogModule });
    for (const name of ['Tool number 0', 'Tool number 2999']) {
      assert.ok(large.catalog.includes(name), `the 3,000 extra tools are in the catalog chunk`);
      assert.ok(!small.catalog.includes(name));
    }
    assert.deepEqual(large.upFront, small.upFront);
  });
});
