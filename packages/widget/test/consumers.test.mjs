// A React user's experience of `@ai-training-verdict/widget/react`, end to end: two apps
// (test/consumers/), a Next.js app-router site and a Vite React app, installed in a temporary
// folder from the committed package.json and lockfile (`npm install`, the npm registry only) with
// the widget, SDK and data packages as `pnpm pack` packs them for npm, built for production,
// served, and opened in Chromium. What the reader sees: the card's words; what the app's author
// relies on: `onLoad` and `onError` fire (after hydration, on the Next.js page), the server's HTML
// is the element with its fallback link, and nothing in the console or the server's logs says the
// element was registered twice.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { packageDir, requireBuild } from './lib/cdn-files.mjs';
import { pnpm } from './lib/pnpm.mjs';

const PACKAGES = ['data', 'sdk', 'widget'].map((name) => join(packageDir, '..', name));
const UNKNOWN = 'no-such-tool-anywhere'; // the id the apps' second card asks for
const TWICE = /already registered/;

/** Runs `cmd` in `cwd` to the end; fails with its output if it does not succeed. */
function run(cmd, args, cwd, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} in ${cwd}:\n${output}`);
  return output;
}

/** A free local port. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * Starts a server (`next start`, `vite preview`) on a free port and resolves once it answers;
 * `logs()` is everything it has printed so far.
 */
async function serve(cmd, args, cwd) {
  const port = await freePort();
  const child = spawn(cmd, [...args, String(port)], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stdout.on('data', (chunk) => (logs += chunk));
  child.stderr.on('data', (chunk) => (logs += chunk));
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited:\n${logs}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 300) throw new Error(`${cmd} did not answer on ${url} in 30 s:\n${logs}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, logs: () => logs, stop: () => child.kill() };
}

/**
 * Opens `url` in a fresh page and waits for both callbacks to have written into it; returns what
 * the console said and what the page shows.
 */
async function visit(browser, url) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  try {
    await page.goto(url);
    await page.locator('#loaded:not(:empty)').waitFor({ timeout: 30_000 });
    await page.locator('#failed:not(:empty)').waitFor({ timeout: 30_000 });
    const cards = page.locator('ai-training-verdict');
    const read = async (/** @type {import('playwright-core').Locator} */ card) => ({
      title: await card.locator('[part="title"]').textContent(),
      answer: await card.locator('[part="answer"]').textContent(),
    });
    return {
      messages,
      loaded: await page.locator('#loaded').textContent(),
      failed: await page.locator('#failed').textContent(),
      cards: await cards.count(),
      first: await read(cards.first()),
      // The unknown tool's card: its message and its fallback link, which stays on screen.
      unknown: {
        message: await cards.last().locator('[part="message"]').textContent(),
        fallback: await cards.last().locator('a[href="https://example.org/other"]').isVisible(),
      },
      page,
    };
  } catch (error) {
    await page.close();
    throw new Error(`${url}: ${error}\nconsole:\n${messages.join('\n')}`);
  }
}

describe('React apps using @ai-training-verdict/widget/react, installed from packed tarballs', () => {
  let dir;
  let app;
  let browser;
  /** The tool the apps show (the packed data's first) and its record, for the card's words. */
  let tool;
  let record;

  before(async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), 'atv-react-consumers-'));
    const tarballs = join(dir, 'tarballs');
    mkdirSync(tarballs);
    for (const pkg of PACKAGES) pnpm(['pack', '--pack-destination', tarballs], { cwd: pkg });
    app = join(dir, 'app');
    cpSync(join(packageDir, 'test', 'consumers'), app, {
      recursive: true,
      filter: (path) => !/[\\/](node_modules|\.next|dist)$/.test(path),
    });
    // The lockfile pins the apps' own dependencies; the tarballs come on top, as a user's
    // `npm install ./x.tgz` would bring a version not yet published.
    run(
      'npm',
      [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        ...readdirSync(tarballs).map((name) => join(tarballs, name)),
      ],
      app,
    );
    const data = JSON.parse(
      readFileSync(join(app, 'node_modules/@ai-training-verdict/data/dist/data.json'), 'utf8'),
    );
    [tool, record] = Object.entries(data.tools)[0];
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** What both apps show once hydrated (Next.js) or rendered (Vite). */
  function assertSeen(seen, cards) {
    assert.equal(seen.cards, cards);
    assert.deepEqual(seen.first, { title: record.name, answer: record.headline.shortAnswer });
    assert.equal(seen.loaded, record.name, 'onLoad fired with the record');
    assert.equal(seen.failed, `${UNKNOWN}: unknown-tool`, 'onError fired with the reason');
    assert.match(seen.unknown.message, new RegExp(UNKNOWN));
    assert.equal(seen.unknown.fallback, true, "the unknown tool's fallback link is on screen");
    // No error (a hydration mismatch, an exception) and no "registered twice" warning.
    const bad = seen.messages.filter((m) => /^(error|pageerror):/.test(m) || TWICE.test(m));
    assert.deepEqual(bad, []);
  }

  it('a Next.js app-router build: server HTML with the fallback, callbacks after hydration', async () => {
    const cwd = join(app, 'next');
    const next = join(app, 'node_modules', '.bin', 'next');
    const build = run(next, ['build'], cwd, { NEXT_PUBLIC_ATV_TOOL: tool });
    assert.doesNotMatch(build, TWICE);
    const server = await serve(next, ['start', '-H', '127.0.0.1', '-p'], cwd);
    try {
      // The server's HTML: each element with its children, the fallback link, until the script
      // runs; the server component's card too.
      const html = await (await fetch(server.url)).text();
      assert.match(
        html,
        /<section id="from-server"><ai-training-verdict><a href="https:\/\/example\.org\/terms">The tool&#x27;s terms<\/a><\/ai-training-verdict><\/section>/,
      );
      assert.match(
        html,
        /<ai-training-verdict><a href="https:\/\/example\.org\/other">Another tool&#x27;s terms<\/a><\/ai-training-verdict>/,
      );
      const seen = await visit(browser, server.url);
      try {
        assertSeen(seen, 3);
        // The server component's card, rendered through the wrapper without callbacks.
        const fromServer = seen.page.locator('#from-server ai-training-verdict');
        assert.equal(await fromServer.locator('[part="title"]').textContent(), record.name);
        const title = fromServer.getByRole('heading', { level: 2, name: record.name });
        assert.equal(await title.count(), 1, 'headingLevel={2}: the title is a level-2 heading');
      } finally {
        await seen.page.close();
      }
      assert.doesNotMatch(server.logs(), TWICE);
    } finally {
      server.stop();
    }
  });

  it('a Vite React app: the card and both callbacks', async () => {
    const cwd = join(app, 'vite-react');
    const vite = join(app, 'node_modules', '.bin', 'vite');
    assert.doesNotMatch(run(vite, ['build'], cwd, { VITE_ATV_TOOL: tool }), TWICE);
    const server = await serve(
      vite,
      ['preview', '--host', '127.0.0.1', '--strictPort', '--port'],
      cwd,
    );
    try {
      const seen = await visit(browser, server.url);
      try {
        assertSeen(seen, 2);
      } finally {
        await seen.page.close();
      }
    } finally {
      server.stop();
    }
  });
});
