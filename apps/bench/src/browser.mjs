// Our card and baseline-status side by side in headless Chromium on localhost: the same page
// template, loads alternating in fresh browser contexts (cold caches), each element's data
// answered locally with the same added latency. Per load: the times from navigation to the card's
// words on screen and to the live card, the cumulative layout shift, and the requests (count,
// origins, bytes transferred).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { summary } from './stats.mjs';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const widgetDir = join(require.resolve('@ai-training-verdict/widget/package.json'), '..');
const widgetCdn = join(widgetDir, 'cdn');
const baselineBundle = require.resolve('baseline-status/baseline-status.min.js');

/** The feature baseline-status shows: its API's answer, as its own tests stub it. */
export const BASELINE_FEATURE = {
  feature_id: 'accent-color',
  name: 'Accent color (benchmark stub)',
  description: 'The accent-color CSS property sets a color for checkboxes and radio buttons.',
  baseline: { status: 'newly', low_date: '2022-03-14' },
  browser_implementations: Object.fromEntries(
    ['chrome', 'chrome_android', 'edge', 'firefox', 'firefox_android', 'safari', 'safari_ios'].map(
      (b) => [b, { status: 'available', date: '2022-03-14', version: '93' }],
    ),
  ),
};

/** The same blog-post template for both elements: a heading, text, the element, more text. */
export function page({ head, body }) {
  const text =
    '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco.</p>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A blog post</title><link rel="icon" href="data:,">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}</style>
${head}
</head>
<body>
<h1>Which AI tools train on your data?</h1>
${text}
${body}
${text}
${text}
</body>
</html>
`;
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/**
 * Two local origins: the page origin (pages, our CDN build, baseline-status's bundle) and the API
 * origin (baseline-status's data, which it fetches from a second origin in real use too). Text is
 * served gzipped when the browser asks, as a CDN would. `latencyMs` is added to each element's
 * data: our record chunk (cdn/tools/<id>.js) and baseline-status's API answer alike.
 */
export async function startServers({ tool, latencyMs = 0 }) {
  const listen = (server) =>
    new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
  const send = (req, res, status, type, body, extra = {}) => {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'timing-allow-origin': '*',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...extra,
    });
    res.end(gzip ? gzipSync(bytes, { level: 9 }) : bytes);
  };
  const later = (fn) => (latencyMs > 0 ? setTimeout(fn, latencyMs) : fn());

  const api = createServer((req, res) => {
    if (req.url === `/v1/features/${BASELINE_FEATURE.feature_id}`)
      later(() =>
        send(req, res, 200, 'application/json', JSON.stringify(BASELINE_FEATURE), {
          'access-control-allow-origin': '*',
        }),
      );
    else send(req, res, 404, 'text/plain', 'not found', { 'access-control-allow-origin': '*' });
  });
  const apiPort = await listen(api);
  const apiOrigin = `http://127.0.0.1:${apiPort}`;
  // baseline-status 1.2.0 as published, pointed at the local API instead of api.webstatus.dev.
  const baseline = readFileSync(baselineBundle, 'utf8').replace(
    'https://api.webstatus.dev/v1/features/',
    `${apiOrigin}/v1/features/`,
  );
  // The embed generator's card snippet (apps/docs, snippets.js): the script, a preload of the
  // tool's record chunk, and the element holding the card pre-rendered (static/prerendered/) in
  // front of its fallback link, with a preload of the chunk that compares it with the live card.
  const preload = (file) => `<link rel="modulepreload" href="/cdn/${file}">`;
  const script = `<script type="module" src="/cdn/ai-training-verdict.js"></script>\n${preload(`tools/${tool}.js`)}`;
  // That chunk is named with a hash: the one the entry imports (as apps/docs/scripts/prepare.mjs
  // finds it), never a stale file of an earlier build.
  const hydration = [
    ...readFileSync(join(widgetCdn, 'ai-training-verdict.js'), 'utf8').matchAll(
      /"\.\/(prerendered-[\w-]+\.js)"/g,
    ),
  ].map((match) => match[1]);
  if (hydration.length !== 1)
    throw new Error(`expected ${widgetCdn}/ai-training-verdict.js to import one prerendered chunk`);
  const link = `<a href="https://example.com/">The vendor's terms</a>`;
  const prerendered = readFileSync(
    join(widgetDir, 'static', 'prerendered', `${tool}.html`),
    'utf8',
  );
  const pages = {
    '/ours.html': page({
      head: `${script}\n${preload(hydration[0])}`,
      body: `<ai-training-verdict tool="${tool}">${prerendered.trim()}${link}</ai-training-verdict>`,
    }),
    // The generator's snippet with a tier or chosen sections, which no file pre-renders: a link.
    '/ours-link.html': page({
      head: script,
      body: `<ai-training-verdict tool="${tool}">${link}</ai-training-verdict>`,
    }),
    '/theirs.html': page({
      head: '<script type="module" src="/bs/baseline-status.min.js"></script>',
      body: `<baseline-status featureId="${BASELINE_FEATURE.feature_id}"></baseline-status>`,
    }),
  };
  const site = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[path]) return send(req, res, 200, 'text/html', pages[path]);
    if (path === '/bs/baseline-status.min.js')
      return send(req, res, 200, 'text/javascript', baseline);
    if (path.startsWith('/cdn/')) {
      const file = normalize(join(widgetCdn, path.slice('/cdn/'.length)));
      if (!file.startsWith(widgetCdn)) return send(req, res, 403, 'text/plain', 'no');
      let body;
      try {
        body = readFileSync(file);
      } catch {
        return send(req, res, 404, 'text/plain', 'not found');
      }
      const reply = () => send(req, res, 200, TYPES[extname(file)] ?? 'text/plain', body);
      return path.startsWith('/cdn/tools/') ? later(reply) : reply();
    }
    send(req, res, 404, 'text/plain', 'not found');
  });
  const sitePort = await listen(site);
  return {
    origin: `http://127.0.0.1:${sitePort}`,
    apiOrigin,
    close: () => Promise.all([site, api].map((s) => new Promise((r) => s.close(r)))),
  };
}

/**
 * Runs in the page before any of its scripts, and keeps two times since navigation.
 *
 * "Live card" (`rendered`): the first time the card is rendered from its data: for ours, when the
 * element announces it (its `ai-training-verdict-load` event, fired as the render that put the
 * loaded record on screen commits; a pre-rendered card in the page's HTML does not count); for
 * baseline-status, which has no such event, when a shadow root it attaches first holds the
 * feature's name (`text`), seen by a MutationObserver.
 *
 * "Card visible" (`visible`): the first paint that shows the card's words, whoever drew them (the
 * page's HTML or the script): the card's words are in the element's shadow root (`visible.part`
 * holds text, or the root's text holds `visible.text`) at a frame's animation callbacks, and the
 * time is taken in a task queued from there, which runs once that frame's rendering (style,
 * layout, paint) is done. Checked every frame from the first one, so a card in the page's HTML
 * counts from the first paint.
 *
 * Layout shifts are summed as the Cumulative Layout Shift definition sums them.
 *
 * Once it has both times it says so in the console (`DONE`), which the harness waits for: polling
 * the page from Playwright (`waitForFunction`) would first compile Playwright's injected script on
 * the page's main thread, in the middle of whichever page is still rendering when `load` fires.
 */
function probe({ event, text, visible, done: DONE }) {
  window.__bench = { rendered: undefined, visible: undefined, cls: 0 };
  const check = () => {
    if (window.__bench.rendered !== undefined && window.__bench.visible !== undefined)
      console.debug(DONE);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput) window.__bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const shown = () => {
    const root = document.querySelector(visible.host)?.shadowRoot;
    if (!root) return false;
    return visible.part
      ? Boolean(root.querySelector(visible.part)?.textContent?.trim())
      : Boolean(root.textContent?.includes(visible.text));
  };
  const afterPaint = new MessageChannel();
  afterPaint.port1.onmessage = () => {
    window.__bench.visible = performance.now();
    performance.mark('bench:visible');
    check();
  };
  const frame = () => {
    if (shown()) afterPaint.port2.postMessage(undefined);
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const done = () => {
    if (window.__bench.rendered !== undefined) return;
    window.__bench.rendered = performance.now();
    performance.mark('bench:rendered');
    check();
  };
  if (event) {
    document.addEventListener(event, done, { once: true });
    return;
  }
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      if (root.textContent?.includes(text)) done();
    }).observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
}

/** What the probe logs once it has both times. */
const DONE = 'bench:done';

/** Our card's words: its answer, in the pre-rendered card and the live one alike. */
const OUR_CARD = { host: 'ai-training-verdict', part: '[part~="answer"]' };

export const TARGETS = {
  ours: { path: '/ours.html', probe: { event: 'ai-training-verdict-load', visible: OUR_CARD } },
  oursLink: {
    path: '/ours-link.html',
    probe: { event: 'ai-training-verdict-load', visible: OUR_CARD },
  },
  theirs: {
    path: '/theirs.html',
    probe: {
      text: BASELINE_FEATURE.name,
      visible: { host: 'baseline-status', text: BASELINE_FEATURE.name },
    },
  },
};

/** Network conditions for Chromium's emulation (the DevTools protocol's own throttling). */
export const PROFILES = {
  localhost: undefined,
  slow: {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8,
  },
};

export function launch() {
  return chromium.launch(chromiumLaunchOptions);
}

/** One load of one element's page in a fresh context: its timings, layout shift and requests. */
export async function loadOnce(
  browser,
  origin,
  target,
  network,
  viewport = { width: 1280, height: 800 },
) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(probe, { ...target.probe, done: DONE });
  const requests = [];
  page.on('requestfinished', (request) => requests.push(request));
  const measured = page.waitForEvent('console', {
    predicate: (message) => message.text() === DONE,
    timeout: 30_000,
  });
  await page.goto(origin + target.path, { waitUntil: 'load' });
  await measured;
  // Let anything the render set off settle before reading layout shift and requests.
  await page.waitForTimeout(network ? 1000 : 300);
  const { rendered, visible, cls } = await page.evaluate(() => window.__bench);
  const sized = await Promise.all(
    requests.map(async (r) => {
      const s = await r.sizes().catch(() => undefined);
      return {
        url: r.url(),
        origin: new URL(r.url()).origin,
        bytes: s ? s.responseBodySize + s.responseHeadersSize : 0,
      };
    }),
  );
  await context.close();
  return { rendered, visible, cls, requests: sized };
}

/**
 * `loads` loads of each element, alternating A B B A, after one discarded warm-up of
 * each; returns the per-load figures of both and their summaries.
 */
export async function sideBySide({ tool, loads = 20, profile = 'localhost', latencyMs = 0 }) {
  const servers = await startServers({ tool, latencyMs });
  const browser = await launch();
  const network = PROFILES[profile];
  const names = Object.keys(TARGETS);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  try {
    for (const name of names) await loadOnce(browser, servers.origin, TARGETS[name], network);
    // A B C C B A …: each page goes first and last equally often, so none gains from order.
    for (let i = 0; i < loads; i++)
      for (const name of i % 2 === 0 ? names : [...names].reverse())
        runs[name].push(await loadOnce(browser, servers.origin, TARGETS[name], network));
  } finally {
    await browser.close();
    await servers.close();
  }
  const describe = (list) => ({
    rendered: summary(list.map((r) => r.rendered)),
    visible: summary(list.map((r) => r.visible)),
    cls: summary(list.map((r) => r.cls)),
    requests: summary(list.map((r) => r.requests.length)),
    origins: [...new Set(list.flatMap((r) => r.requests.map((q) => q.origin)))],
    bytes: summary(list.map((r) => r.requests.reduce((sum, q) => sum + q.bytes, 0))),
    files: [...new Set(list.flatMap((r) => r.requests.map((q) => q.url)))],
    serverOrigin: servers.origin,
    apiOrigin: servers.apiOrigin,
  });
  return {
    profile,
    loads,
    latencyMs,
    ...Object.fromEntries(names.map((name) => [name, describe(runs[name])])),
  };
}
