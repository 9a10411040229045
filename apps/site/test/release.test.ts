/**
 * Invariants over the site built from the real release (`pnpm build` writes dist/; turbo builds it
 * before `test`): every tool of the catalog and every redirect id has its page. No tool is named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { listTools, READER_LOCALES } from '@ai-training-verdict/sdk';
import { htmlPages, pngSize, previewProblems, vnuErrors } from './helpers.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const release = JSON.parse(
  readFileSync(fileURLToPath(import.meta.resolve('@ai-training-verdict/data/data.json')), 'utf8'),
) as { redirects: Record<string, { redirectTo: string }> };

describe('the site built from the real release', () => {
  it('should be built (turbo builds it before its tests)', () => {
    expect(existsSync(join(dist, 'index.html')), 'run `pnpm build` in apps/site').toBe(true);
  });

  it('should have a page for every tool of the catalog in every reader language, with its verdict image', () => {
    const missing: string[] = [];
    for (const { id } of listTools()) {
      for (const lang of READER_LOCALES) {
        const page = `${lang === 'en' ? '' : `${lang}/`}tools/${id}/index.html`;
        if (!existsSync(join(dist, page))) missing.push(page);
      }
      const image = join(dist, 'tools', id, 'og.png');
      if (!existsSync(image) || pngSize(readFileSync(image))?.width !== 1200)
        missing.push(`tools/${id}/og.png`);
    }
    expect(missing).toEqual([]);
  });

  it('should send every redirect id on to its tool', () => {
    for (const [id, { redirectTo }] of Object.entries(release.redirects)) {
      const $ = load(readFileSync(join(dist, 'tools', id, 'index.html'), 'utf8'));
      expect($('link[rel="canonical"]').attr('href'), id).toMatch(
        new RegExp(`/tools/${redirectTo}/$`),
      );
    }
  });

  it('should list every tool of the catalog on the index', () => {
    const $ = load(readFileSync(join(dist, 'index.html'), 'utf8'));
    const linked = $('#tools a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(linked.sort()).toEqual(
      listTools()
        .map(({ id }) => `tools/${id}/`)
        .sort(),
    );
  });

  it('should give every page its link preview: title, description, canonical, og:, twitter: and image', () => {
    const siteUrl = load(readFileSync(join(dist, 'index.html'), 'utf8'))(
      'link[rel="canonical"]',
    ).attr('href')!;
    const pages = htmlPages(dist).filter((page) => !page.includes('/embed/'));
    expect(pages.flatMap((page) => previewProblems(dist, siteUrl, page))).toEqual([]);
  });

  it('should be valid HTML on every page (vnu finds no error)', () => {
    expect(vnuErrors(dist, htmlPages(dist))).toEqual([]);
  });
});
