/**
 * What the site's tests share: a site built from the fixture release into a temporary folder and
 * served on 127.0.0.1 (its absolute addresses are the server's, so link previews and oEmbed can be
 * followed), and readers of the HTML and PNG it holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
import ogs from 'open-graph-scraper';
import type { Page } from 'playwright-core';
import { unfurl } from 'unfurl.js';
import { startServer } from '../../docs/scripts/serve.mjs';
import { buildSite } from '../src/build.mjs';

/** The valid fixture release the widget's and SDK's tests read too (3 tools, 1 redirect). */
export const fixtureFile = fileURLToPath(
  new URL('../../../packages/widget/test/fixtures/releases/valid.json', import.meta.url),
);

export type Release = {
  version: string;
  tools: Record<string, Record<string, unknown> & { id: string; name: string }>;
  redirects: Record<string, { id: string; redirectTo: string }>;
};

/** The fixture release, a fresh copy each call. */
export const fixtureRelease = (): Release => JSON.parse(readFileSync(fixtureFile, 'utf8'));

/** `release` written to a temporary file, for `buildSite`. */
export function releaseFile(release: Release): string {
  const file = join(mkdtempSync(join(tmpdir(), 'atv-site-release-')), 'data.json');
  writeFileSync(file, JSON.stringify(release));
  return file;
}

export interface BuiltSite {
  outDir: string;
  origin: string;
  siteUrl: string;
  server: Server;
  files: string[];
  /** A built file's text, by its path in the site. */
  text(path: string): string;
  /** A built page, parsed. */
  page(path: string): CheerioAPI;
  /** The path in the site of an absolute address of the site (`…/tools/x/` → `tools/x/index.html`). */
  pathOf(url: string): string;
}

/** Builds `release` into a temporary folder served on a free port of 127.0.0.1. */
export async function buildAndServe(release: Release): Promise<BuiltSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'atv-site-'));
  const server = await startServer({ root: outDir, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const siteUrl = `${origin}/`;
  const files = await buildSite({ release: releaseFile(release), outDir, siteUrl });
  const text = (path: string) => readFileSync(join(outDir, path), 'utf8');
  return {
    outDir,
    origin,
    siteUrl,
    server,
    files,
    text,
    page: (path) => load(text(path)),
    pathOf: (url) => {
      if (!url.startsWith(siteUrl)) throw new Error(`${url} is not an address of the site`);
      const path = url.slice(siteUrl.length);
      return path === '' || path.endsWith('/') ? `${path}index.html` : path;
    },
  };
}

/** Every HTML page under `dir`, relative to it. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !file.startsWith('cdn/'))
    .map((file) => relative(dir, join(dir, file)));
}

/** The width and height a PNG's header gives (its IHDR chunk), or undefined for other bytes. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => bytes[i] === byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The errors the Nu Html Checker (vnu) finds in `pages` (paths under `root`), as "page:line
 * message". vnu-jar ships the checker's jar; it runs on the machine's Java (JAVA, else `java`).
 */
export function vnuErrors(root: string, pages: string[]): string[] {
  const jar = join(
    dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
    'build/dist/vnu.jar',
  );
  let report: string;
  try {
    report = execFileSync(
      process.env['JAVA'] ?? 'java',
      ['-jar', jar, '--errors-only', '--format', 'json', ...pages.map((p) => join(root, p))],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    // vnu exits 1 when it finds errors, and writes its JSON to stderr.
    const { stderr, message } = error as { stderr?: string; message: string };
    if (!stderr?.trim().startsWith('{')) throw new Error(`vnu did not run: ${message}`);
    report = stderr;
  }
  const { messages } = JSON.parse(report || '{"messages":[]}') as {
    messages: { url: string; lastLine: number; message: string }[];
  };
  return messages.map(
    (m) => `${relative(root, new URL(m.url).pathname)}:${m.lastLine} ${m.message}`,
  );
}

/**
 * What a page lacks of a link preview: a title, a description, a canonical URL under `siteUrl`,
 * `og:` and `twitter:` tags that agree with them, and an image in the site that decodes at
 * 1200 x 630. Empty when it has it all.
 */
export function previewProblems(root: string, siteUrl: string, path: string): string[] {
  const $ = load(readFileSync(join(root, path), 'utf8'));
  const meta = (key: string) =>
    $(`meta[property="${key}"], meta[name="${key}"]`).attr('content') ?? '';
  const title = $('title').text();
  const canonical = $('link[rel="canonical"]').attr('href') ?? '';
  const problems = [
    title ? '' : 'no title',
    meta('description') ? '' : 'no description',
    canonical.startsWith(siteUrl) ? '' : `canonical ${canonical}`,
    meta('og:title') === title ? '' : 'og:title',
    meta('og:description') === meta('description') ? '' : 'og:description',
    meta('og:url') === canonical ? '' : 'og:url',
    meta('twitter:card') === 'summary_large_image' ? '' : 'twitter:card',
    meta('twitter:title') === title ? '' : 'twitter:title',
    meta('twitter:image') === meta('og:image') ? '' : 'twitter:image',
  ].filter(Boolean);
  const image = meta('og:image');
  if (!image.startsWith(siteUrl)) problems.push(`og:image ${image}`);
  else {
    const file = join(root, image.slice(siteUrl.length));
    let size;
    try {
      size = pngSize(readFileSync(file));
    } catch {
      size = undefined;
    }
    if (size?.width !== 1200 || size.height !== 630)
      problems.push(`og:image ${image} is not a 1200 x 630 PNG`);
  }
  return problems.map((problem) => `${path}: ${problem}`);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * The axe violations on the page at `path` of the site served at `siteUrl`, read in `page` (whose
 * context sets the colour scheme), as "path: rule: targets". A redirect page is read where it is:
 * the page it sends readers to answers 204 No Content, which leaves the browser on it.
 */
export async function axeViolations(
  page: Page,
  root: string,
  siteUrl: string,
  path: string,
): Promise<string[]> {
  const url = `${siteUrl}${path.replace(/index\.html$/, '')}`;
  const refresh = load(readFileSync(join(root, path), 'utf8'))('meta[http-equiv="refresh"]').attr(
    'content',
  );
  const target = refresh && new URL(refresh.replace(/^\d+;\s*url=/i, ''), url).href;
  if (target) await page.route(target, (route) => route.fulfill({ status: 204 }));
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.addScriptTag({ content: axeSource });
  const violations: string[] = await page.evaluate(async () => {
    // @ts-expect-error axe is the script just added
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v: { id: string; nodes: { target: unknown }[] }) =>
        `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
  if (target) await page.unroute(target);
  return violations.map((v) => `${path}: ${v}`);
}

/**
 * What open-graph-scraper does not find on the page at `path` under `root`: a title, a description,
 * a large-image Twitter card, and an image that is a 1200 x 630 PNG of the site (read from `root`:
 * the site's addresses are absolute, and the real release's point at where it is deployed).
 */
export async function scraperProblems(
  root: string,
  siteUrl: string,
  path: string,
): Promise<string[]> {
  const { error, result } = await ogs({ html: readFileSync(join(root, path), 'utf8') });
  if (error) return [`${path}: open-graph-scraper failed`];
  const image = result.ogImage?.[0]?.url ?? '';
  let size;
  try {
    size = image.startsWith(siteUrl)
      ? pngSize(readFileSync(join(root, image.slice(siteUrl.length))))
      : undefined;
  } catch {
    size = undefined;
  }
  return [
    result.ogTitle ? '' : 'no og:title',
    result.ogDescription ? '' : 'no og:description',
    result.twitterCard === 'summary_large_image' ? '' : `twitter:card ${result.twitterCard}`,
    size?.width === 1200 && size.height === 630 ? '' : `og:image ${image} is not a 1200 x 630 PNG`,
  ]
    .filter(Boolean)
    .map((problem) => `${path}: ${problem}`);
}

/**
 * The oEmbed answer an extractor (unfurl.js) discovers from the tool page at `path`, fetching the
 * site's absolute addresses (`siteUrl`) from where it is served (`servedAt`).
 */
export async function discoveredEmbed(
  siteUrl: string,
  servedAt: string,
  path: string,
): Promise<{ type?: string; html?: string; width?: number; height?: number } | undefined> {
  const local = (url: string) =>
    url.startsWith(siteUrl) ? servedAt + url.slice(siteUrl.length) : url;
  const metadata = await unfurl(`${siteUrl}${path}`, {
    oembed: true,
    fetch: (url: string) => fetch(local(url)),
  });
  return metadata.oEmbed as never;
}
