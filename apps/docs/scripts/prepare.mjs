// Writes generated/, what the docs site needs from the built packages before Storybook builds:
//
//   generated/public/site.json        versions, the pinned CDN URLs with their integrity hashes, the
//                                     tools and their no-JS embeds (the site serves it: /site.json)
//   generated/public/plain/index.html a plain page loading cdn/ai-training-verdict.js as a blog would
//   generated/public/releases/…       the data release, and the examples release, for `src`
//   generated/stories/tools.stories.ts one story per tool of the dataset (ai-training-verdict/Tools)
//
// The integrity hash is computed here from the built file, so the snippet the docs show can never
// disagree with the bytes it pins.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  coverage,
  coverageWords,
  dataVersion,
  getTool,
  headline,
  listTools,
  READER_LOCALES,
} from '@ai-training-verdict/sdk';
import { feedUrl } from '@ai-training-verdict/data/vocabulary';
import { EXAMPLE_OLD_ID, EXAMPLE_UNVERIFIED_ID, exampleTool } from '../src/examples.js';
import { jsDelivrUrl } from '../src/snippets.js';
import { renderPlainPage } from '../src/plain-page.js';
// The site's addresses (apps/site): its tool pages are what a platform that takes only a link
// unfurls into a preview (the generator's "Link to the tool's page").
import { siteUrlFrom, toolPath } from '../../site/src/address.mjs';

const require = createRequire(import.meta.url);
const docsDir = dirname(dirname(fileURLToPath(import.meta.url)));
const generated = join(docsDir, 'generated');
const widgetDir = dirname(require.resolve('@ai-training-verdict/widget/package.json'));
const widgetPkg = JSON.parse(readFileSync(join(widgetDir, 'package.json'), 'utf8'));

/**
 * Stops the build with what to do, rather than building a site with a broken embed.
 *
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  process.stderr.write(`docs: ${message}\n`);
  process.exit(1);
}

// One CDN entry per element; each gets its own pinned script tag and hash.
const ENTRIES = ['ai-training-verdict', 'ai-training-table'];
/** @type {Record<string, { url: string, integrity: string }>} */
const scripts = {};
for (const entry of ENTRIES) {
  const file = join(widgetDir, 'cdn', `${entry}.js`);
  if (!existsSync(file)) fail(`${file} is missing: build the widget first (pnpm build)`);
  scripts[entry] = {
    url: jsDelivrUrl(widgetPkg.name, widgetPkg.version, `cdn/${entry}.js`),
    integrity: `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`,
  };
}
const main = /** @type {{ url: string, integrity: string }} */ (scripts['ai-training-verdict']);

/**
 * The chunk that tells a pre-rendered card from the live one (the widget's
 * `src/internal/prerendered.ts`, named by the CDN build with a hash), with its integrity hash: a
 * snippet whose element holds a pre-rendered card preloads it beside the record. Found among the
 * entry's own imports, so a stale file of an earlier build is never the one pinned.
 */
const hydrationFiles = [
  ...readFileSync(join(widgetDir, 'cdn', 'ai-training-verdict.js'), 'utf8').matchAll(
    /"\.\/(prerendered-[\w-]+\.js)"/g,
  ),
].map((match) => /** @type {string} */ (match[1]));
if (hydrationFiles.length !== 1)
  fail(
    `expected cdn/ai-training-verdict.js to import one ./prerendered-<hash>.js, found ${hydrationFiles.length}: rebuild the widget (pnpm build)`,
  );
const hydrationFile = join(widgetDir, 'cdn', `${hydrationFiles[0]}`);
if (!existsSync(hydrationFile))
  fail(`${hydrationFile} is missing: build the widget first (pnpm build)`);
const hydrationChunk = {
  url: jsDelivrUrl(widgetPkg.name, widgetPkg.version, `cdn/${hydrationFiles[0]}`),
  integrity: `sha384-${createHash('sha384').update(readFileSync(hydrationFile)).digest('base64')}`,
};
const staticIndex = join(widgetDir, 'static', 'index.json');
if (!existsSync(staticIndex))
  fail(`${staticIndex} is missing: run the widget's build (it ends with scripts/build-static.mjs)`);
const embeds = JSON.parse(readFileSync(staticIndex, 'utf8'));

/**
 * The first source with an https URL: where the element's no-JS fallback link points.
 *
 * @param {import('@ai-training-verdict/sdk').ToolRecord} record
 */
function fallbackOf(record) {
  const source = record.sources.find((s) => s.url?.startsWith('https://'));
  if (!source?.url) return undefined;
  const title = source.document ?? source.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
  return { url: source.url, title };
}

/**
 * Each tool's record chunk on the CDN, with its integrity hash: a snippet for one tool lets it
 * download beside the entry (`<link rel="modulepreload">`) instead of after it.
 *
 * @type {Record<string, { url: string, integrity: string }>}
 */
const recordChunks = {};
/** Where the per-tool site is served (SITE_URL, as its build reads it). */
const siteUrl = siteUrlFrom(process.env['SITE_URL']);
const tools = [];
/** @type {import('@ai-training-verdict/sdk').ToolRecord[]} */
const records = [];
for (const entry of listTools()) {
  const record = await getTool(entry.id);
  records.push(record);
  const chunk = join(widgetDir, 'cdn', 'tools', `${record.id}.js`);
  if (!existsSync(chunk)) fail(`${chunk} is missing: build the widget first (pnpm build)`);
  recordChunks[record.id] = {
    url: jsDelivrUrl(widgetPkg.name, widgetPkg.version, `cdn/tools/${record.id}.js`),
    integrity: `sha384-${createHash('sha384').update(readFileSync(chunk)).digest('base64')}`,
  };
  const head = headline(record);
  tools.push({
    id: record.id,
    name: record.name,
    vendor: record.vendor,
    verdict: head.verdict,
    verdictLabel: head.label,
    pages: Object.fromEntries(
      READER_LOCALES.map((lang) => [lang, `${siteUrl}${toolPath(lang, record.id)}`]),
    ),
    tiers: record.tiers.map((t) => ({ id: t.id, label: t.label })),
    fallback: fallbackOf(record),
  });
}

const site = {
  widgetVersion: widgetPkg.version,
  dataVersion,
  cdnUrl: main.url,
  integrity: main.integrity,
  scripts,
  recordChunks,
  hydrationChunk,
  staticUrl: jsDelivrUrl(widgetPkg.name, widgetPkg.version, 'static/'),
  tools,
  // The no-JS embeds of each tool and language, as the widget's build wrote them.
  embeds: embeds.tools,
  // What every tier rests on, the same report as `npm run coverage` (the Coverage page).
  coverage: coverage(records),
  // Its headings, in the SDK's words.
  coverageLabels: coverageWords,
  // The Atom feeds of policy changes the data package publishes (the "Follow changes" guide).
  feeds: {
    all: feedUrl(),
    tools: tools.map((tool) => ({ id: tool.id, name: tool.name, url: feedUrl(tool.id) })),
  },
};

rmSync(generated, { recursive: true, force: true });
mkdirSync(join(generated, 'public', 'plain'), { recursive: true });
writeFileSync(join(generated, 'public', 'site.json'), `${JSON.stringify(site, null, 2)}\n`);

// The manifest feeds the autodocs tables (.storybook/preview.ts imports it from the package).
const manifestPath = widgetPkg.customElements ? resolve(widgetDir, widgetPkg.customElements) : '';
if (!manifestPath || !existsSync(manifestPath))
  fail(
    `the widget's custom-elements.json (${manifestPath || 'no "customElements" field'}) is missing: build the widget first`,
  );

writeFileSync(join(generated, 'public', 'plain', 'index.html'), renderPlainPage(site));

// The examples release, for the states no real record may show today: the real release plus an
// example redirect, `example-old-id` → the example tool (no real tool was renamed), and a made-up
// record that was never verified (whether a real one is stale depends on the day and on the data).
const release = JSON.parse(
  readFileSync(require.resolve('@ai-training-verdict/data/data.json'), 'utf8'),
);
release.redirects = {
  ...release.redirects,
  [EXAMPLE_OLD_ID]: {
    kind: 'moved',
    id: EXAMPLE_OLD_ID,
    redirectTo: exampleTool(site).id,
    date: '2026-01-05',
    reason: 'An example redirect for the docs: no real tool was renamed.',
  },
};
release.tools = {
  ...release.tools,
  [EXAMPLE_UNVERIFIED_ID]: {
    kind: 'tool',
    id: EXAMPLE_UNVERIFIED_ID,
    name: 'Example Writer',
    vendor: 'Example Inc.',
    headline: {
      verdict: 'unknown',
      shortAnswer: 'An example record: it describes no real tool, and nobody has verified it.',
      summary:
        'A made-up record in the docs’ examples release, to show how a card marks a record that ' +
        'was never verified.',
    },
    tiers: [
      {
        id: 'free',
        label: 'Free',
        kind: 'plan',
        verdict: 'unknown',
        detail: 'A made-up plan of a made-up tool.',
      },
    ],
    sources: [{ id: 'terms', url: 'https://example.com/terms', document: 'Example terms' }],
    confidence: 'low',
  },
};
mkdirSync(join(generated, 'public', 'releases', 'examples'), { recursive: true });
mkdirSync(join(generated, 'public', 'releases', dataVersion), { recursive: true });
copyFileSync(
  require.resolve('@ai-training-verdict/data/data.json'),
  join(generated, 'public', 'releases', dataVersion, 'data.json'),
);
writeFileSync(
  join(generated, 'public', 'releases', 'examples', 'data.json'),
  JSON.stringify(release),
);

// The stories of ai-training-verdict/Tools, one per tool, named after it. Storybook reads a story's
// name from its file's text, so they are written out rather than built in a loop at run time.
/**
 * A story's export name (an identifier, unique in the file) for a tool id.
 *
 * @param {string} id
 * @param {Set<string>} taken
 */
function exportName(id, taken) {
  const base = id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
    .replace(/^(?=\d|$)/, 'Tool');
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base}${n}`;
  taken.add(name);
  return name;
}
/** @type {Set<string>} */
const taken = new Set();
const stories = records.map(
  (record) =>
    `export const ${exportName(record.id, taken)}: Story = {\n` +
    `  ...toolStory(${JSON.stringify(record.id)}, ${JSON.stringify(record.headline.shortAnswer)}),\n` +
    `  name: ${JSON.stringify(record.name)},\n};\n`,
);
mkdirSync(join(generated, 'stories'), { recursive: true });
writeFileSync(
  join(generated, 'stories', 'tools.stories.ts'),
  `// Written by scripts/prepare.mjs from listTools(), on every build: do not edit. What the stories
// share is in stories/ai-training-verdict/tools.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { VerdictArgs } from '../../stories/helpers.js';
import { toolStory, toolsMeta } from '../../stories/ai-training-verdict/tools.js';

// One story per tool in the dataset. (A doc comment here would replace the component's description.)
const meta = {
  ...toolsMeta,
  title: 'ai-training-verdict/Tools',
  component: 'ai-training-verdict',
  tags: ['autodocs'],
} satisfies Meta<VerdictArgs>;
export default meta;

type Story = StoryObj<VerdictArgs>;

${stories.join('\n')}`,
);

process.stdout.write(
  `docs: prepared generated/ (widget ${site.widgetVersion}, data ${site.dataVersion}, ${tools.length} tools, ${main.integrity})\n`,
);
