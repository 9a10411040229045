/**
 * What the site's tests share: a site built from the fixture release into a temporary folder and
 * served on 127.0.0.1 (its absolute addresses are the server's, so link previews and oEmbed can be
 * followed), and readers of the HTML and PNG it holds.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
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
