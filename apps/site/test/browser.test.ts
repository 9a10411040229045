/**
 * The built pages in a real Chromium (the system's, as every browser test of the repository) and
 * through a link-preview scraper, on a site built from the fixture release and served locally.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import {
  axeViolations,
  buildAndServe,
  discoveredEmbed,
  fixtureRelease,
  htmlPages,
  pngSize,
  scraperProblems,
  type BuiltSite,
  type Release,
} from './helpers.js';

const screenshots = fileURLToPath(new URL('../reports/screenshots/', import.meta.url));

let site: BuiltSite;
let release: Release;
let browser: Browser;

beforeAll(async () => {
  release = fixtureRelease();
  site = await buildAndServe(release);
  browser = await chromium.launch(chromiumLaunchOptions);
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

const shortAnswer = (id: string) =>
  (release.tools[id]!['headline'] as { shortAnswer: string }).shortAnswer;

describe('the site in Chromium', () => {
  it('should show the answer and the tier table with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.siteUrl}tools/scribble-pad/`);
    // Playwright's locators reach into open shadow roots, as a reader's eyes do.
    await expect
      .poll(() => page.getByText(shortAnswer('scribble-pad'), { exact: true }).isVisible())
      .toBe(true);
    const tiers = release.tools['scribble-pad']!['tiers'] as { label: string }[];
    for (const tier of tiers)
      expect(await page.getByRole('rowheader', { name: tier.label }).count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'tool-no-js.png'), fullPage: true });
    await context.close();
  });

  it('should enhance the page with the widget from the same origin, asking nothing of any other', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:'))
        elsewhere.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.siteUrl}tools/scribble-pad/`);
    await page.waitForFunction(() => customElements.get('ai-training-verdict') !== undefined);
    await expect
      .poll(() => page.locator('ai-training-verdict').getAttribute('aria-busy'))
      .not.toBe('true');
    expect(await page.getByText(shortAnswer('scribble-pad'), { exact: true }).isVisible()).toBe(
      true,
    );
    // The live card read the page's own release (src): no "could not be loaded", no "no verdict".
    expect(
      await page.getByText(/could not be loaded|There is no AI training verdict/).count(),
    ).toBe(0);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("should show the oEmbed answer's card in its sandboxed iframe on another page, enhanced", async () => {
    const answer = JSON.parse(site.text('tools/scribble-pad/oembed.json'));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The embed as a platform pastes it, in a page of its own origin (about:blank).
    await page.setContent(`<!doctype html><title>A post</title>${answer.html}`);
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.getByText(shortAnswer('scribble-pad'), { exact: true }).isVisible())
      .toBe(true);
    const inner = page.frames().find((f) => f.url().endsWith('/tools/scribble-pad/embed/'))!;
    await inner.waitForFunction(() => customElements.get('ai-training-verdict') !== undefined);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should filter the index as you type, and list every tool before', async () => {
    const page = await browser.newPage();
    await page.goto(site.siteUrl);
    const items = page.locator('#tools li:visible');
    expect(await items.count()).toBe(Object.keys(release.tools).length);
    await page.getByLabel(/name/).fill('scribble');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.innerText()).toContain('Scribble Pad');
    await page.getByLabel(/name/).fill('zzzz');
    await expect.poll(() => page.locator('#no-match').isVisible()).toBe(true);
    await page.close();
  });

  it('should have no axe violations on any page, light and dark', async () => {
    const pages = htmlPages(site.outDir);
    // Every kind of page: the index, a tool page per language, a card page, a redirect page.
    expect(pages.length).toBe(
      1 + Object.keys(release.tools).length * 5 + Object.keys(release.redirects).length,
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of pages)
        violations.push(...(await axeViolations(page, site.outDir, site.siteUrl, path)));
      expect(violations, colorScheme).toEqual([]);
      await context.close();
    }
  });

  it('should take the screenshots of the index and a tool page, light and dark, 360 and 1280 px wide', async () => {
    for (const colorScheme of ['light', 'dark'] as const)
      for (const width of [360, 1280]) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const [name, path] of [
          ['index', ''],
          ['tool', 'tools/scribble-pad/'],
        ]) {
          await page.goto(`${site.siteUrl}${path}`);
          await page.waitForLoadState('networkidle');
          const file = join(screenshots, `${name}-${colorScheme}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect(pngSize(readFileSync(file))?.width).toBe(width);
        }
        await context.close();
      }
  });
});

/**
 * Page weight and requests, as budgets: what a reader downloads for each kind of page, with the
 * widget taking over (its CDN build and the release it reads). Set at about 1.25 times what the
 * fixture site measured when they were set; raising one needs a reason in the commit.
 */
const BUDGETS = {
  // Measured: 11 requests, 129,669 bytes.
  'a tool page': { path: 'tools/scribble-pad/', requests: 14, bytes: 165_000 },
  // Measured: 3 requests (the page, site.css, site.js), 12,973 bytes: the table is pre-rendered
  // and the page loads no widget.
  'the index': { path: '', requests: 4, bytes: 16_500 },
  // Measured: 10 requests, 115,333 bytes.
  'a card page (oEmbed)': { path: 'tools/scribble-pad/embed/', requests: 13, bytes: 145_000 },
};

describe('page weight', () => {
  for (const [kind, budget] of Object.entries(BUDGETS)) {
    it(`should keep ${kind} within its budget of requests and bytes`, async () => {
      const page = await browser.newPage();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) =>
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
      );
      await page.goto(`${site.siteUrl}${budget.path}`);
      await page.waitForLoadState('networkidle');
      const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      expect(sizes.length, `${kind}: requests`).toBeLessThanOrEqual(budget.requests);
      expect(bytes, `${kind}: bytes`).toBeLessThanOrEqual(budget.bytes);
      await page.close();
    });
  }
});

describe('link previews', () => {
  it('should give open-graph-scraper a title, a description and an image of 1200 x 630 on every page', async () => {
    const pages = htmlPages(site.outDir).filter((page) => !page.includes('/embed/'));
    const problems = await Promise.all(
      pages.map((path) => scraperProblems(site.outDir, site.siteUrl, path)),
    );
    expect(problems.flat()).toEqual([]);
  });

  it("should let an oEmbed extractor (unfurl.js) discover every tool page's rich embed", async () => {
    for (const path of htmlPages(site.outDir).filter((p) =>
      /^(\w\w\/)?tools\/[^/]+\/index\.html$/.test(p),
    )) {
      const id = path.split('/').at(-2)!;
      const embed = await discoveredEmbed(
        site.siteUrl,
        site.siteUrl,
        path.replace(/index\.html$/, ''),
      );
      if (!release.tools[id]) {
        // A redirect page is no tool page: it advertises nothing.
        expect(embed, path).toBeUndefined();
        continue;
      }
      expect(embed?.type, path).toBe('rich');
      expect(embed!.html, path).toContain(`src="${site.siteUrl}tools/${id}/embed/"`);
      expect(embed!.width, path).toBeGreaterThan(0);
      expect(embed!.height, path).toBeGreaterThan(0);
    }
  });
});
