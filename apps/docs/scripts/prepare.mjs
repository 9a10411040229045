// Writes generated/, what the docs site needs from the built packages before Storybook builds:
//
//   generated/public/site.json        versions, the pinned CDN URLs with their integrity hashes, the
//                                     tools and their no-JS embeds (the site serves it: /site.json)
//   generated/public/plain/index.html a plain page loading cdn/ai-training-verdict.js as a blog would
//   generated/public/releases/…       the data release, and one with an example redirect, for `src`
//
// The integrity hash is computed here from the built file, so the snippet the docs show can never
// disagree with the bytes it pins.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataVersion, getTool, headline, listTools } from '@ai-training-verdict/sdk';
import { jsDelivrUrl } from '../src/snippets.js';
import { renderPlainPage } from '../src/plain-page.js';

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

const tools = [];
for (const entry of listTools()) {
  const record = await getTool(entry.id);
  const head = headline(record);
  tools.push({
    id: record.id,
    name: record.name,
    vendor: record.vendor,
    verdict: head.verdict,
    verdictLabel: head.label,
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
  staticUrl: jsDelivrUrl(widgetPkg.name, widgetPkg.version, 'static/'),
  tools,
  // The no-JS embeds of each tool and language, as the widget's build wrote them.
  embeds: embeds.tools,
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

// A data release for the "renamed tool" story: the real release plus one redirect, so the element
// can be shown following an old id. The redirect says it is an example; no real tool was renamed.
const release = JSON.parse(
  readFileSync(require.resolve('@ai-training-verdict/data/data.json'), 'utf8'),
);
release.redirects = {
  ...release.redirects,
  'example-old-id': {
    kind: 'moved',
    id: 'example-old-id',
    redirectTo: 'jasper',
    date: '2026-01-05',
    reason: 'An example redirect for the docs: no real tool was renamed.',
  },
};
mkdirSync(join(generated, 'public', 'releases', 'renamed'), { recursive: true });
mkdirSync(join(generated, 'public', 'releases', dataVersion), { recursive: true });
copyFileSync(
  require.resolve('@ai-training-verdict/data/data.json'),
  join(generated, 'public', 'releases', dataVersion, 'data.json'),
);
writeFileSync(
  join(generated, 'public', 'releases', 'renamed', 'data.json'),
  JSON.stringify(release),
);

process.stdout.write(
  `docs: prepared generated/ (widget ${site.widgetVersion}, data ${site.dataVersion}, ${tools.length} tools, ${main.integrity})\n`,
);
