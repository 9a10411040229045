// A blog, as far as the embed can tell: a local node:http server whose every response carries a
// strict Content-Security-Policy, and a Chromium page that records every request, console message,
// page error, CSP violation and event. Used by test/cdn.test.mjs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

/** The policy of a careful blog: scripts, styles and data from its own origin only. */
export const CSP = "default-src 'self'";

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Serves `pages` (path -> HTML) and the directories in `mounts` (URL prefix -> directory). Every
 * request is recorded in `requests` (path only), so a test sees what reached the origin.
 * @param {{ mounts: Record<string, string>, files?: Record<string, string> }} options
 */
export async function startBlog({ mounts, files = {} }) {
  const pages = new Map();
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const send = (status, body, type, csp = CSP) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-store',
      });
      response.end(body);
    };
    if (pages.has(path)) {
      const { html, csp } = pages.get(path);
      return send(200, html, TYPES['.html'], csp);
    }
    // The browser asks for it on its own; an empty answer keeps a 404 out of the console.
    if (path === '/favicon.ico') return send(204, '', 'image/x-icon');
    if (Object.hasOwn(files, path)) return send(200, files[path], TYPES[extname(path)]);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      try {
        return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
      } catch {
        break;
      }
    }
    send(404, 'Not found', 'text/plain');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  let next = 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    /** Adds a page, sent with the policy `csp` (default `CSP`), and returns its path. */
    page(html, { csp = CSP } = {}) {
      const path = `/post-${(next += 1)}.html`;
      pages.set(path, { html, csp });
      return path;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A blog post's HTML around `body`; `head` for the page's own links. */
export function post(body, { lang = 'en', head = '' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>A post about AI tools</title>
${head}
</head>
<body>
<main>
<h1>Which AI tools train on your data?</h1>
<p>Before you paste a client's draft into a writing tool, check what it does with it.</p>
${body}
</main>
</body>
</html>
`;
}

/** Chromium from CHROME_PATH or the system's; never a downloaded one. */
export function launchBrowser() {
  return chromium.launch(chromiumLaunchOptions);
}

/**
 * Opens `path` of the blog in a fresh context (no cookies or storage from other tests) and records
 * what happens. Events of the elements and CSP violations are collected by a script the browser
 * injects itself, which the page's CSP does not govern.
 */
export async function visit(browser, blog, path, { width = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const seen = { requests: [], console: [], errors: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) =>
    seen.console.push({ type: message.type(), text: message.text() }),
  );
  page.on('pageerror', (error) => seen.errors.push(String(error?.stack ?? error)));
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__violations = [];
    w.__events = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
    for (const type of ['ai-training-verdict-load', 'ai-training-verdict-error']) {
      document.addEventListener(type, (event) => {
        const detail = /** @type {CustomEvent} */ (event).detail ?? {};
        w.__events.push({
          type,
          tool: detail.tool,
          recordId: detail.record?.id,
          renamedFrom: detail.renamedFrom,
          reason: detail.reason,
          suggestions: detail.suggestions ? [...detail.suggestions] : undefined,
        });
      });
    }
  });
  const response = await page.goto(`${blog.origin}${path}`);
  return {
    page,
    context,
    seen,
    response,
    /** Waits until `count` element events have fired, and returns them all. */
    async events(count) {
      // Polled through the DevTools protocol rather than page.waitForFunction, whose in-page
      // evaluation could itself trip the page's CSP and pollute the violations under test.
      for (let i = 0; i < 600; i += 1) {
        const events = await page.evaluate(() => window.__events);
        if (events.length >= count) return events;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`fewer than ${count} events after 30 s`);
    },
    violations: () => page.evaluate(() => window.__violations),
    /** The text a reader sees in each element's shadow root, whitespace collapsed. */
    shadowTexts: (selector) =>
      page.$$eval(selector, (elements) =>
        elements.map((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    close: () => context.close(),
  };
}
