/**
 * What the browser tests share: the system Chromium (never a downloaded one), the docs server on
 * 127.0.0.1, a local "blog" server for pasted snippets, and the widget's CDN URLs answered from the
 * built site, because the tests run offline.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import type { SiteInfo } from '../src/snippets.js';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

export const docsDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(docsDir, 'dist');
export const screenshotsDir = join(docsDir, 'reports', 'screenshots');

/** The facts the built site was generated from (scripts/prepare.mjs), as the site serves them. */
export const site: SiteInfo = JSON.parse(readFileSync(join(distDir, 'site.json'), 'utf8'));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Serves the built site (dist/) with the docs' own server, on any free port. */
export async function serveDocs(): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('apps/docs/dist is not built: run `pnpm build` (turbo does before `test`)');
  }
  const server = await startServer({ port: 0 });
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A fresh page on another origin that holds exactly `body`, as a blog post would. */
export async function serveBlogPost(body: string): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,"></head>\n<body>\n<h1>A blog post</h1>\n${body}\n</body>\n</html>\n`;
  const server = createServer((req, res) => {
    if (req.url === '/post.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/post.html` };
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.html': 'text/plain; charset=utf-8', // as jsDelivr serves .html
  '.json': 'application/json',
};

/**
 * Answers requests for the widget's jsDelivr URLs from the built site's copy of the same files,
 * with the CORS header jsDelivr sends, so the integrity check and the module's relative imports run
 * as they would against the CDN. Returns the URLs that were asked for.
 */
export async function routeCdn(context: BrowserContext): Promise<string[]> {
  await recordLoads(context);
  const asked: string[] = [];
  const base = site.cdnUrl.replace(/cdn\/[^/]+$/, '');
  await context.route(`${base}**`, async (route) => {
    const url = route.request().url();
    asked.push(url);
    const file = join(distDir, decodeURIComponent(url.slice(base.length)).split('?')[0]!);
    if (!file.startsWith(distDir) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'Not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      },
      body: readFileSync(file),
    });
  });
  return asked;
}

/**
 * Screenshots are for people to look at, so a full page is cut at the first
 * MAX_SHOT_HEIGHT pixels: the overview and the plain blog page run to 80,000–120,000 px, and
 * capturing all of them took over Playwright's 30 s on a loaded CI machine (a red run of an
 * otherwise green suite).
 */
const MAX_SHOT_HEIGHT = 6_000;

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  if (!fullPage) return void (await page.screenshot({ path }));
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SHOT_HEIGHT) },
  });
}

/** Whitespace-normalised text of an element's shadow root (or of the element without one). */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) =>
    ((el.shadowRoot ?? el).textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/**
 * Records, on every page of `context`, each element that said its live card is on screen (the
 * `ai-training-verdict-load` event), so that `waitForCard` can tell a live card from the pre-rendered
 * one it stands in for: when the two are the same card, the element keeps the pre-rendered nodes.
 */
export async function recordLoads(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const loaded = new WeakSet<EventTarget>();
    Object.assign(window, { atvLoaded: loaded });
    addEventListener('ai-training-verdict-load', (event) => loaded.add(event.target!), true);
  });
}

/**
 * Waits until the element matching `selector` shows a rendered card (its tier table or badge). A
 * card pre-rendered in the page's HTML (a declarative shadow root, with its own `<style>`) counts
 * only once the element has loaded its live card: on a page that records loads (`recordLoads`,
 * which `routeCdn` sets up), once the element said so; elsewhere, once it has replaced the
 * pre-rendered card.
 */
export async function waitForCard(page: Page, selector = 'ai-training-verdict'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const elements = [...document.querySelectorAll(sel)];
      const { atvLoaded: loaded } = window as { atvLoaded?: WeakSet<EventTarget> };
      return (
        elements.length > 0 &&
        elements.every(
          (el) =>
            customElements.get(el.localName) &&
            el.shadowRoot?.querySelector('[part~="answer"], [part~="table"], [part~="link"]') &&
            (loaded
              ? loaded.has(el)
              : ![...el.shadowRoot.children].some((child) => child.localName === 'style')),
        )
      );
    },
    selector,
    { timeout: 60_000 },
  );
}

/** The Storybook index of the built site. */
export function storyIndex(): {
  entries: Record<string, { id: string; title: string; name: string; type: string }>;
} {
  return JSON.parse(readFileSync(join(distDir, 'index.json'), 'utf8'));
}

/** The id of the story of a tool: the one in ai-training-verdict/Tools named after it. */
export function toolStoryId(name: string): string | undefined {
  return Object.values(storyIndex().entries).find(
    (entry) =>
      entry.type === 'story' && entry.title === 'ai-training-verdict/Tools' && entry.name === name,
  )?.id;
}
