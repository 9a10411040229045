/**
 * The docs site as a newcomer and a blogger meet it, in the system Chromium: the built static site
 * (turbo builds it before `test`) served by the docs' own server. It visits the overview, a story
 * for every tool, the states, themes and locales, the embed generator and the plain page; it copies
 * snippets from the generator into a fresh page on another origin and checks they render there;
 * and it saves screenshots to reports/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import {
  coverage,
  coverageWords,
  getTool,
  headline,
  isStale,
  listTools,
  READER_LOCALES,
  UnknownToolError,
  type ToolRecord,
} from '@ai-training-verdict/sdk';
import { feedUrl } from '@ai-training-verdict/data/vocabulary';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_OLD_ID,
  EXAMPLE_UNVERIFIED_ID,
  exampleTool,
  misspell,
  otherTool,
} from '../src/examples.js';
import { englishName } from '../src/languages.js';
import {
  distDir,
  launchBrowser,
  routeCdn,
  screenshot,
  serveBlogPost,
  serveDocs,
  shadowText,
  site,
  toolStoryId,
  waitForCard,
} from './browser.js';
import { PLATFORMS } from '../src/platforms.js';
import type { SiteInfo } from '../src/snippets.js';
import { siteUrlFrom, toolPath } from '../../site/src/address.mjs';

let browser: Browser;
let docs: { server: Server; origin: string };
const records = new Map<string, ToolRecord>();
// The tools the site's examples show (src/examples.js): picked from the dataset, never by name.
const example = exampleTool(site).id;
const other = otherTool(site).id;

beforeAll(async () => {
  docs = await serveDocs();
  browser = await launchBrowser();
  for (const { id } of listTools()) records.set(id, await getTool(id));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => docs?.server.close(resolve));
});

/** A page that records failed requests and uncaught errors, so a test can insist on none. */
async function openPage(context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? browser).newPage({ viewport: { width: 1100, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, errors };
}

/** Asserts that the card for `id` in `scope` shows what the real record says. */
async function expectCardFor(scope: Page | Frame, selector: string, id: string): Promise<void> {
  const record = records.get(id)!;
  const text = await scope.$eval(selector, (el) =>
    (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
  );
  expect(text).toContain(record.name);
  expect(text).toContain(headline(record).label);
  expect(text).toContain(record.headline.shortAnswer.replace(/\s+/g, ' '));
  for (const tier of record.tiers) expect(text).toContain(tier.label);
  const links = await scope.$eval(selector, (el) =>
    [...(el.shadowRoot?.querySelectorAll('[part~="sources"] a') ?? [])].map((a) => ({
      href: a.getAttribute('href'),
      rel: a.getAttribute('rel'),
    })),
  );
  // Each https source, then the archived copy of the version quoted, when it has one.
  const https = record.sources.flatMap((s) => [
    ...(s.url?.startsWith('https://') ? [s.url] : []),
    ...(s.archived?.permalink ? [s.archived.permalink] : []),
  ]);
  expect(links.map((l) => l.href)).toEqual(https);
  for (const link of links) expect(link.rel).toBe('noopener noreferrer');
}

const story = (id: string) => `${docs.origin}/iframe.html?viewMode=story&id=${id}`;
const docsPage = (id: string) => `${docs.origin}/iframe.html?viewMode=docs&id=${id}`;

describe('the docs site', () => {
  it('opens on the overview, with a card for every tool of the dataset', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${docs.origin}/`);
    // Storybook's manager opens the first entry, the overview, in its preview frame.
    const frame = page.frameLocator('#storybook-preview-iframe');
    await frame.locator('h1', { hasText: 'Does this AI tool train on your data?' }).waitFor();
    const preview = page.frame({ url: /iframe\.html/ })!;
    await waitForCard(preview as unknown as Page);
    const ids = await preview.$$eval('ai-training-verdict', (els) =>
      els.map((el) => (el as HTMLElement & { tool?: string }).tool),
    );
    expect(ids).toEqual([...records.keys()]);
    for (const id of records.keys()) await expectCardFor(preview, `ai-training-verdict#${id}`, id);
    // The badges above the cards are the generated SVGs.
    const badges = await preview.$$eval('img[src*="static/badges/"]', (imgs) =>
      imgs.map((img) => (img as HTMLImageElement).naturalWidth),
    );
    expect(badges).toHaveLength(records.size);
    for (const width of badges) expect(width).toBeGreaterThan(50);
    await screenshot(page, 'overview');
    const { page: docsOnly } = await openPage();
    await docsOnly.goto(docsPage('overview--docs'));
    await waitForCard(docsOnly);
    await screenshot(docsOnly, 'overview-docs');
    await docsOnly.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links the guides, the generator and the plain page from the sidebar and the overview', async () => {
    const index = await (await fetch(`${docs.origin}/index.json`)).json();
    const titles = new Set(
      Object.values(index.entries as Record<string, { title: string }>).map((e) => e.title),
    );
    for (const title of [
      'Overview',
      'Coverage',
      'Embed generator',
      'Guides/Embed on your blog',
      'Guides/No-JS badges and cards',
      'Guides/Use the SDK',
      'Guides/Add or re-verify a tool',
      'Guides/The data model and our versioning policy',
      'ai-training-verdict/Tools',
      'ai-training-verdict/States',
      'ai-training-verdict/Themes',
      'ai-training-verdict/Locales',
      'ai-training-verdict/Variants',
      'ai-training-table/Examples',
    ]) {
      expect(titles).toContain(title);
    }
    const { page } = await openPage();
    await page.goto(docsPage('overview--docs'));
    const plain = page.locator('a', { hasText: 'a plain HTML page' });
    expect(await plain.getAttribute('href')).toBe('./plain/');
    await page.close();
  });

  describe('the stories', () => {
    for (const { id, name } of listTools()) {
      it(`shows ${id}'s real record`, async () => {
        const { page, errors } = await openPage();
        const storyId = toolStoryId(name);
        expect(storyId, `no story named "${name}" in ai-training-verdict/Tools`).toBeDefined();
        await page.goto(story(storyId!));
        await waitForCard(page);
        await expectCardFor(page, 'ai-training-verdict', id);
        // The fallback link inside is hidden once the card is there (it is not slotted).
        const fallbackShown = await page.$eval('ai-training-verdict', (el) =>
          Boolean(el.shadowRoot?.querySelector('slot:not([name])')),
        );
        expect(fallbackShown).toBe(false);
        await screenshot(page, `tool-${id}`);
        expect(errors).toEqual([]);
        await page.close();
      });
    }

    it('shows the loading state with space reserved', async () => {
      const { page } = await openPage();
      await page.goto(story('ai-training-verdict-states--loading'));
      const busy = page.locator('docs-pending-verdict [aria-busy="true"]');
      await busy.waitFor();
      expect((await busy.boundingBox())!.height).toBeGreaterThan(100);
      await page.close();
    });

    it('suggests the right id for a misspelt one', async () => {
      const typo = misspell(example);
      // The SDK agrees: the typo is no tool's id, and the example tool is its suggestion.
      const error = await getTool(typo).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownToolError);
      expect((error as UnknownToolError).suggestions).toContain(example);
      const { page } = await openPage();
      await page.goto(story('ai-training-verdict-states--unknown-tool'));
      await page.locator('ai-training-verdict [part~="message"]').waitFor();
      const text = await shadowText(page, 'ai-training-verdict');
      expect(text).toContain(typo);
      expect(text).toContain(example);
      expect(await page.locator('ai-training-verdict [part~="table"]').count()).toBe(0);
      await page.close();
    });

    it('follows a renamed id to the new record and says so', async () => {
      const { page } = await openPage();
      await page.goto(story('ai-training-verdict-states--renamed'));
      await waitForCard(page);
      await expectCardFor(page, 'ai-training-verdict', example);
      expect(await shadowText(page, 'ai-training-verdict')).toContain(EXAMPLE_OLD_ID);
      await page.close();
    });

    // Each page's day is set with page.clock, never the machine's: what is stale depends on it.
    describe('marks a never-verified record as possibly out of date, and a recent one not', () => {
      /** Midday UTC, `days` days after an ISO date. */
      const daysAfter = (iso: string, days: number) =>
        new Date(Date.parse(`${iso}T12:00:00Z`) + days * 24 * 60 * 60 * 1000);
      const staleMarks = (page: Page) =>
        page.locator('ai-training-verdict [part~="stale"]').count();

      it('the made-up never-verified record of the stale story, whatever the day', async () => {
        // The story's record is the made-up one of the docs' examples release.
        const release = JSON.parse(
          readFileSync(join(distDir, 'releases', 'examples', 'data.json'), 'utf8'),
        ) as { tools: Record<string, ToolRecord> };
        const unverified = release.tools[EXAMPLE_UNVERIFIED_ID]!;
        expect(unverified.lastVerified).toBeUndefined();
        for (const day of ['2026-01-01', '2031-06-15']) {
          const { page } = await openPage();
          await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
          await page.goto(story('ai-training-verdict-states--stale'));
          await waitForCard(page);
          expect(await shadowText(page, 'ai-training-verdict')).toContain(unverified.name);
          expect(await staleMarks(page)).toBe(1);
          await page.close();
        }
      });

      for (const { id, name } of listTools()) {
        it(`${id}'s story, by when its evidence was last seen current and the day set`, async () => {
          const record = records.get(id)!;
          // Shown on the last day its evidence (else its verification) counts as recent and on
          // the first it does not; a record nothing dates on any day.
          const basis = record.evidenceSeen ?? record.lastVerified;
          const days = basis
            ? [daysAfter(basis, 180), daysAfter(basis, 181)]
            : [new Date('2026-01-01T12:00:00Z')];
          const expected = days.map((day) => isStale(record, day));
          if (basis) expect(expected).toEqual([false, true]);
          for (const [i, day] of days.entries()) {
            const { page } = await openPage();
            await page.clock.setFixedTime(day);
            await page.goto(story(toolStoryId(name)!));
            await waitForCard(page);
            expect(await staleMarks(page), `on ${day.toISOString()}`).toBe(expected[i] ? 1 : 0);
            await page.close();
          }
        });
      }
    });

    it('says when the data failed to load, and keeps the fallback link', async () => {
      const { page } = await openPage();
      await page.goto(story('ai-training-verdict-states--load-failed-with-fallback'));
      await page.locator('ai-training-verdict [part~="message"]').waitFor();
      expect(await page.locator('ai-training-verdict [part~="table"]').count()).toBe(0);
      const link = page.locator('ai-training-verdict > a');
      expect(await link.isVisible()).toBe(true);
      await screenshot(page, 'state-load-failed');
      await page.close();
    });

    it('gives the dark theme its own dark background, and auto the dark page’s colours', async () => {
      const { page } = await openPage();
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      await page.goto(story('ai-training-verdict-themes--dark'));
      await waitForCard(page);
      const dark = await page
        .locator('ai-training-verdict [part~="base"]')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(luminance(dark)).toBeLessThan(0.3);
      await screenshot(page, 'theme-dark');
      await page.goto(story('ai-training-verdict-themes--auto-on-dark-page'));
      await waitForCard(page);
      const text = await page
        .locator('ai-training-verdict [part~="answer"]')
        .evaluate((el) => getComputedStyle(el).color);
      expect(luminance(text)).toBeGreaterThan(0.7);
      await screenshot(page, 'theme-auto-on-dark-page');
      await page.close();
    });

    // Every language but English, by its story (exported under its English name).
    for (const lang of READER_LOCALES.filter((l) => l !== 'en').map(englishName)) {
      it(`speaks ${lang} around the English record text`, async () => {
        const { page } = await openPage();
        await page.goto(story('ai-training-verdict-locales--english'));
        await waitForCard(page);
        const english = await page.locator('ai-training-verdict caption').innerText();
        await page.goto(story(`ai-training-verdict-locales--${lang.toLowerCase()}`));
        await waitForCard(page);
        const caption = await page.locator('ai-training-verdict caption').innerText();
        expect(caption).not.toBe(english);
        const answer = page.locator('ai-training-verdict [part~="answer"]');
        expect(await answer.innerText()).toBe(records.get(example)!.headline.shortAnswer);
        expect(await answer.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(
          'en',
        );
        await screenshot(page, `locale-${lang.toLowerCase()}`);
        await page.close();
      });
    }

    it('shows the comparison table with every tool', async () => {
      const { page } = await openPage();
      await page.goto(story('ai-training-table-examples--all-tools'));
      await page.waitForFunction(() =>
        document.querySelector('ai-training-table')?.shadowRoot?.querySelector('tbody tr'),
      );
      const text = await shadowText(page, 'ai-training-table');
      for (const record of records.values()) {
        expect(text).toContain(record.name);
        expect(text).toContain(headline(record).label);
      }
      await screenshot(page, 'table');
      await page.close();
    });
  });

  it('shows the coverage page: the comparison table over every tool, and every tier with what it rests on', async () => {
    const { page, errors } = await openPage();
    await page.goto(docsPage('coverage--docs'));
    await page.waitForFunction(
      (n) =>
        document.querySelector('#coverage-table')?.shadowRoot?.querySelectorAll('tbody tr')
          .length === n,
      records.size,
    );
    const names = await page.$$eval('#coverage-table', (els) =>
      [...els[0]!.shadowRoot!.querySelectorAll('tbody th .name')].map((n) => n.textContent),
    );
    expect(names).toEqual([...records.values()].map((r) => r.name));
    const report = coverage([...records.values()]);
    const rows = await page.$$eval('#coverage-tiers tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())),
    );
    // Each tier: its label, verdict and basis (a tool's first row also has quotes and verification).
    expect(rows.map((cells) => cells.slice(0, 3))).toEqual(
      report.tools.flatMap((tool) =>
        tool.tiers.map((t) => [t.label, t.verdictLabel, t.basisLabel]),
      ),
    );
    expect(await page.locator('#coverage-totals').innerText()).toBe(report.totals.summary);
    const words = coverageWords;
    expect(
      await page.$$eval('#coverage-tiers thead th', (ths) => ths.map((th) => th.textContent)),
    ).toEqual([words.tool, words.tier, words.verdict, words.restsOn, words.quotes, words.verified]);
    await screenshot(page, 'coverage');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links the feed of every tool, and of each tool, from the "Follow changes" guide', async () => {
    const { page, errors } = await openPage();
    await page.goto(docsPage('guides-follow-changes--docs'));
    await page.locator('#feed-tools-list').waitFor();
    expect(await page.locator('#feed-all-link').getAttribute('href')).toBe(feedUrl());
    const links = await page.$$eval('#feed-tools-list a', (as) =>
      as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]),
    );
    expect(links).toEqual([...records.values()].map((r) => [r.name, feedUrl(r.id)]));
    expect(errors).toEqual([]);
    await page.close();
  });

  describe('the embed generator', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: docs.origin,
      });
      page = await context.newPage();
      await page.goto(docsPage('embed-generator--docs'));
      await page.locator('docs-embed-generator select#variant').waitFor();
    });

    afterAll(async () => {
      await context?.close();
    });

    /** Chooses the first platform that offers `variant`, then the variant. */
    async function choose(on: Page, variant: string): Promise<void> {
      const platform = PLATFORMS.find((p) => (p.variants as readonly string[]).includes(variant));
      await on.locator('docs-embed-generator select#platform').selectOption(platform!.id);
      await on.locator('docs-embed-generator select#variant').selectOption(variant);
    }

    /**
     * Chooses a variant, tool and (for a card) tier, presses "Copy snippet" and returns what
     * reached the clipboard.
     */
    async function copySnippet(variant: string, tool = example, tier = ''): Promise<string> {
      await choose(page, variant);
      if (variant !== 'table')
        await page.locator('docs-embed-generator select#tool').selectOption(tool);
      if (variant === 'card')
        await page.locator('docs-embed-generator select#tier').selectOption(tier);
      // The static card is a built file the generator fetches; a card's snippet carries the card
      // the element draws for the choices made (a highlighted tier is `aria-current`).
      const marker = {
        'static-card': '<div',
        card: tier ? 'aria-current="true"' : '<template shadowrootmode="open">',
      }[variant];
      if (marker) {
        await page.waitForFunction(
          (text) =>
            document
              .querySelector('docs-embed-generator')
              ?.shadowRoot?.querySelector('textarea')
              ?.value.includes(text),
          marker,
        );
      }
      await page.locator('docs-embed-generator button', { hasText: 'Copy snippet' }).click();
      await page.locator('docs-embed-generator [role="status"]', { hasText: 'Copied' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // What reached the clipboard is exactly what the page shows.
      expect(copied).toBe(await page.locator('docs-embed-generator textarea').inputValue());
      return copied;
    }

    it('previews the live card and copies the pinned snippet', async () => {
      // Where a reader looks at it: Chromium may not lay out a cross-origin frame (the preview's
      // sandbox is an origin of its own) while it is out of view, and then nothing in it is visible.
      await page.locator('docs-embed-generator iframe.preview').scrollIntoViewIfNeeded();
      const preview = page.frameLocator('docs-embed-generator iframe.preview');
      await preview.locator('ai-training-verdict [part~="answer"]').waitFor({ timeout: 60_000 });
      await screenshot(page, 'generator');
      const snippet = await copySnippet('card');
      expect(snippet).toContain(
        `<script type="module" src="${site.cdnUrl}" integrity="${site.integrity}" crossorigin="anonymous"></script>`,
      );
      expect(snippet).toContain(`<ai-training-verdict tool="${example}">`);
    });

    it('gives a snippet that renders the card on a fresh page, from the CDN', async () => {
      const snippet = await copySnippet('card', other);
      const blog = await serveBlogPost(snippet);
      const fresh = await browser.newContext();
      const cdnRequests = await routeCdn(fresh);
      const { page: post, errors } = await openPage(fresh);
      const requests: string[] = [];
      post.on('request', (request) => requests.push(request.url()));
      await post.goto(blog.url);
      await waitForCard(post);
      await expectCardFor(post, 'ai-training-verdict', other);
      // The module and, preloaded beside it with their own integrity hashes, the record's chunk
      // and the one that compares the pre-rendered card with the live one, each fetched once (the
      // element's import() reuses the preload), all from the pinned version: nothing the element
      // imports waits for the module to ask for it.
      const chunk = site.recordChunks[other]!;
      for (const { url, integrity } of [chunk, site.hydrationChunk])
        expect(snippet).toContain(
          `<link rel="modulepreload" href="${url}" integrity="${integrity}" crossorigin="anonymous">`,
        );
      expect(cdnRequests[0]).toBe(site.cdnUrl);
      expect([...cdnRequests.slice(1)].sort()).toEqual([chunk.url, site.hydrationChunk.url].sort());
      for (const url of requests.slice(1))
        expect(url.startsWith(site.cdnUrl.replace(/[^/]+$/, ''))).toBe(true);
      expect(errors).toEqual([]);
      await screenshot(post, 'snippet-on-fresh-page');
      await fresh.close();
      blog.server.close();
    });

    it('gives a comparison-table snippet that renders on a fresh page, from the one CDN entry', async () => {
      const snippet = await copySnippet('table');
      // The same script as a card's: it registers both elements.
      const entry = site.scripts['ai-training-verdict']!;
      expect(snippet).toContain(
        `<script type="module" src="${entry.url}" integrity="${entry.integrity}" crossorigin="anonymous"></script>`,
      );
      expect(snippet).toContain(`<ai-training-table tools="${[...records.keys()].join(' ')}">`);
      const blog = await serveBlogPost(snippet);
      const fresh = await browser.newContext();
      await routeCdn(fresh);
      const { page: post, errors } = await openPage(fresh);
      await post.goto(blog.url);
      await post.waitForFunction(
        () => document.querySelector('ai-training-table')?.shadowRoot?.querySelector('tbody tr'),
        undefined,
        { timeout: 60_000 },
      );
      const text = await shadowText(post, 'ai-training-table');
      for (const record of records.values()) expect(text).toContain(record.name);
      expect(errors).toEqual([]);
      await fresh.close();
      blog.server.close();
    });

    it('refuses the script if its bytes do not match the integrity hash', async () => {
      const snippet = (await copySnippet('card')).replace(
        site.integrity,
        `sha384-${'A'.repeat(64)}`,
      );
      const blog = await serveBlogPost(snippet);
      const fresh = await browser.newContext();
      await routeCdn(fresh);
      const { page: post } = await openPage(fresh);
      const blocked = post.waitForEvent('console', (message) =>
        message.text().includes("Failed to find a valid digest in the 'integrity' attribute"),
      );
      await post.goto(blog.url);
      await blocked;
      expect(await post.evaluate(() => customElements.get('ai-training-verdict'))).toBeUndefined();
      // The pre-rendered card is what the reader gets (its fallback link stays behind it).
      const record = records.get(example)!;
      await expect
        .poll(() => post.locator('ai-training-verdict [part~="answer"]').innerText())
        .toBe(record.headline.shortAnswer);
      expect(await post.locator('ai-training-verdict > a').isVisible()).toBe(false);
      await fresh.close();
      blog.server.close();
    });

    it('gives a card snippet whose card shows with JavaScript off', async () => {
      const snippet = await copySnippet('card', other);
      const blog = await serveBlogPost(snippet);
      const fresh = await browser.newContext({ javaScriptEnabled: false });
      const { page: post } = await openPage(fresh);
      await post.goto(blog.url);
      await expectCardFor(post, 'ai-training-verdict', other);
      expect(await post.locator('ai-training-verdict > a').isVisible()).toBe(false);
      await fresh.close();
      blog.server.close();
    });

    // Layout shift is a score (the share of the viewport that moved, times how far), not a time.
    for (const [width, withTier] of [
      [360, false],
      [1280, false],
      [360, true],
    ] as const) {
      it(`gives a card snippet that does not move the page below it as the card loads (${width} px${withTier ? ', a tier highlighted' : ''})`, async () => {
        const tier = withTier ? records.get(other)!.tiers.at(-1)!.id : '';
        const snippet = await copySnippet('card', other, tier);
        if (tier) expect(snippet).toContain(`tier="${tier}"`);
        const blog = await serveBlogPost(
          `${snippet}\n<p>The paragraph after the card, which must stay where it is.</p>`,
        );
        const fresh = await browser.newContext({ viewport: { width, height: 800 } });
        await routeCdn(fresh);
        await fresh.addInitScript(() => {
          const shifts: number[] = [];
          Object.assign(window, { shifts });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const post = await fresh.newPage();
        await post.goto(blog.url);
        await waitForCard(post);
        // Two frames after the live card, for the observer to see its layout.
        await post.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const shifts = await post.evaluate(
          () => (window as unknown as { shifts: number[] }).shifts,
        );
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(0.01);
        await fresh.close();
        blog.server.close();
      });
    }

    it('gives a static card that renders with JavaScript off', async () => {
      const snippet = await copySnippet('static-card', example);
      expect(snippet).not.toContain('<script');
      expect(snippet).not.toContain('<style');
      const blog = await serveBlogPost(snippet);
      const fresh = await browser.newContext({ javaScriptEnabled: false });
      const { page: post } = await openPage(fresh);
      await post.goto(blog.url);
      const text = await post.locator('body').innerText();
      const record = records.get(example)!;
      expect(text).toContain(record.headline.shortAnswer);
      for (const tier of record.tiers) expect(text).toContain(tier.label);
      await screenshot(post, 'static-card');
      await fresh.close();
      blog.server.close();
    });

    it("previews a Markdown snippet as text, and HTML ones in a sandbox without this site's origin", async () => {
      // A tool whose name and source carry markup, inline on a copy of the site the generator
      // reads (no record is touched): the Markdown badge writes both.
      const name = 'x](https://evil.example)<img src=x onerror=alert(1)>';
      const url = 'https://example.com/terms)<img src=x onerror=alert(2)>';
      const own = await context.newPage();
      const dialogs: string[] = [];
      own.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await own.goto(docsPage('embed-generator--docs'));
      await own.locator('docs-embed-generator select#variant').waitFor();
      await own.evaluate(
        ({ name, url }) => {
          const generator = document.querySelector('docs-embed-generator') as unknown as {
            site: SiteInfo;
            tool: string;
          };
          const { site } = generator;
          const first = site.tools[0]!;
          const files = site.embeds[first.id]!.languages['en']!;
          generator.site = {
            ...site,
            tools: [{ ...first, id: 'stub', name, fallback: { url, title: name } }],
            embeds: { stub: { name, languages: { en: { ...files, title: `${name}: trains` } } } },
          };
          generator.tool = 'stub';
        },
        { name, url },
      );
      await choose(own, 'badge-markdown');
      const snippet = await own.locator('docs-embed-generator textarea').inputValue();
      expect(snippet).toContain('onerror');
      // The Markdown is shown as the text it is, in no frame.
      await expect
        .poll(() => own.locator('docs-embed-generator pre.preview').textContent())
        .toBe(snippet);
      expect(await own.locator('docs-embed-generator iframe').count()).toBe(0);
      // An HTML snippet runs in a frame whose origin is its own, not the docs site's.
      for (const variant of ['badge-html', 'card']) {
        await choose(own, variant);
        const frame = own.locator('docs-embed-generator iframe.preview');
        const sandbox = (await frame.getAttribute('sandbox'))?.split(/\s+/) ?? [];
        expect(sandbox).toContain('allow-scripts');
        expect(sandbox).not.toContain('allow-same-origin');
        await expect
          .poll(async () =>
            (await (await frame.elementHandle())!.contentFrame())!.evaluate(() => origin),
          )
          .toBe('null');
      }
      // Nothing the record carried ran, anywhere.
      expect(dialogs).toEqual([]);
      await own.close();
    });

    it("gives a platform that takes only a link the address of the tool's page on the site", async () => {
      const snippet = await copySnippet('page-link', example);
      // One line, the address alone: the platform turns it into its preview of the page.
      expect(snippet).toBe(`${siteUrlFrom(process.env['SITE_URL'])}${toolPath('en', example)}`);
      expect(new URL(snippet).pathname.endsWith(`/tools/${example}/`)).toBe(true);
    });

    it('gives a badge that loads from the CDN as an image', async () => {
      const snippet = await copySnippet('badge-html', example);
      const blog = await serveBlogPost(snippet);
      const fresh = await browser.newContext({ javaScriptEnabled: false });
      await routeCdn(fresh);
      const { page: post } = await openPage(fresh);
      await post.goto(blog.url);
      const img = post.locator('img');
      await expect
        .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(50);
      // "<name>: <headline verdict>", the verdict lowercased as running text.
      const record = records.get(example)!;
      const label = headline(record).label;
      expect(await img.getAttribute('alt')).toBe(
        `${record.name}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
      );
      await screenshot(post, 'badge', false);
      await fresh.close();
      blog.server.close();
    });
  });

  it('serves a plain page that loads the CDN build with one script tag', async () => {
    const { page, errors } = await openPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${docs.origin}/plain/`);
    const html = await (await fetch(`${docs.origin}/plain/`)).text();
    // One script for the cards, the badge and the table.
    const { integrity } = site.scripts['ai-training-verdict']!;
    const tag = `<script type="module" src="../cdn/ai-training-verdict.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
    expect(html.split(tag).length - 1).toBe(1);
    expect(html).not.toContain('cdn/ai-training-table.js');
    await waitForCard(page, 'ai-training-verdict:not([compact])');
    for (const id of records.keys()) {
      await expectCardFor(page, `ai-training-verdict[tool="${id}"]:not([compact])`, id);
    }
    await waitForCard(page, 'ai-training-verdict[compact]');
    await page.waitForFunction(() =>
      document.querySelector('ai-training-table')?.shadowRoot?.querySelector('tbody tr'),
    );
    // No framework, no bundler: the page, the CDN module and its chunks, nothing from Storybook.
    const other = requests.filter((p) => !/^\/(plain|cdn)\/|^\/favicon\.svg$/.test(p));
    expect(other).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'plain-page');
    await page.close();
  });

  it('serves the badges and embed pages it links', async () => {
    const { page } = await openPage();
    for (const id of records.keys()) {
      const svg = await fetch(`${docs.origin}/static/badges/${id}.svg`);
      expect(svg.headers.get('content-type')).toBe('image/svg+xml');
      await page.goto(`${docs.origin}/static/embed/${id}.html`);
      expect(await page.locator('body').innerText()).toContain(
        records.get(id)!.headline.shortAnswer,
      );
    }
    await page.setViewportSize({ width: 700, height: 900 });
    await page.goto(`${docs.origin}/static/embed/${example}.html`);
    await screenshot(page, 'embed-page');
    // The no-JS guide lists every tool of the dataset, each with its badge.
    await page.goto(docsPage('guides-no-js-badges-and-cards--docs'));
    for (const record of records.values()) {
      // By its whole name: a tool called "X" is not "Perplexity".
      await page.getByRole('heading', { level: 2, name: record.name, exact: true }).waitFor();
      await page.locator(`img[src="./static/badges/${record.id}.svg"]`).waitFor();
    }
    expect(await page.locator('img[src^="./static/badges/"]').count()).toBe(records.size);
    await screenshot(page, 'no-js-guide', false);
    await page.close();
  });
});
