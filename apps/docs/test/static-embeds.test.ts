/**
 * The no-JS embeds (badge, static card, embed page) that packages/widget/scripts/build-static.mjs
 * writes with src/static/*.ts: record strings end up as text, links are https only, and the built files say what the
 * real records say. The generator's functions are called on a stub record whose every string is
 * markup, and each output is then parsed by Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedUrl } from '@ai-training-verdict/data/vocabulary';
import { getTool, headline, listTools } from '@ai-training-verdict/sdk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringsFor } from '../../../packages/widget/dist/internal/i18n.js';
import { renderBadge } from '../../../packages/widget/dist/static/badge.js';
import { renderCard, renderEmbedPage } from '../../../packages/widget/dist/static/card.js';
import { distDir, launchBrowser } from './browser.js';

const ATTACK = '<img src=x onerror=alert(1)>';

/** A record whose every string field holds markup, and whose links try other schemes. */
const stub = {
  kind: 'tool' as const,
  id: 'stub',
  name: ATTACK,
  vendor: ATTACK,
  category: ATTACK,
  officialSite: 'javascript:alert(1)',
  headline: { verdict: 'depends-on-plan' as const, shortAnswer: ATTACK, summary: ATTACK },
  tiers: [
    {
      id: 'free',
      label: ATTACK,
      kind: 'plan' as const,
      verdict: 'trains' as const,
      detail: ATTACK,
    },
    {
      id: 'team',
      label: `${ATTACK} team`,
      kind: 'plan' as const,
      verdict: 'no-training' as const,
      detail: ATTACK,
      since: '2025-01-01',
    },
  ],
  sources: [
    { id: 'a', url: 'javascript:alert(1)', document: ATTACK, quote: ATTACK, supports: ATTACK },
    { id: 'b', url: 'http://example.com/terms', document: ATTACK },
    { id: 'c', url: 'https://example.com/terms?a="x"&b=<y>', document: ATTACK },
  ],
  lastVerified: '2026-01-10',
  confidence: 'medium' as const,
  caveat: ATTACK,
};

let browser: Browser;
/** The element's English words, as the build uses them. */
let look: Parameters<typeof renderCard>[1];
beforeAll(async () => {
  browser = await launchBrowser();
  look = { strings: await stringsFor('en') };
});
afterAll(async () => {
  await browser?.close();
});

/** Parses `markup` as a document of `type` in Chromium and reports what a reader would get. */
async function parse(markup: string, type: 'text/html' | 'image/svg+xml') {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.route('http://stub.test/**', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': `${type}; charset=utf-8` },
      body: markup,
    }),
  );
  await page.goto('http://stub.test/embed');
  const result = await page.evaluate(() => ({
    text: document.documentElement.textContent ?? '',
    elements: [...document.querySelectorAll('*')].map((el) => el.localName),
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
    ),
    links: [...document.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      rel: a.getAttribute('rel') ?? '',
    })),
  }));
  await page.close();
  return { ...result, dialogs };
}

describe('the no-JS embeds', () => {
  describe('when a record string holds markup', () => {
    for (const [name, render, type] of [
      ['badge', renderBadge, 'image/svg+xml'],
      ['static card', renderCard, 'text/html'],
      ['embed page', renderEmbedPage, 'text/html'],
    ] as const) {
      it(`should show it as text in the ${name}`, async () => {
        const markup = render(stub, look);
        expect(markup).not.toContain('<img');
        const parsed = await parse(markup, type);
        expect(parsed.text).toContain(ATTACK);
        expect(parsed.elements).not.toContain('img');
        expect(parsed.elements).not.toContain('script');
        expect(parsed.handlers).toEqual([]);
        expect(parsed.dialogs).toEqual([]);
      });
    }

    it('should link only https URLs, with rel="noopener noreferrer"', async () => {
      const parsed = await parse(renderCard(stub, look), 'text/html');
      expect(parsed.links).toEqual([
        { href: 'https://example.com/terms?a="x"&b=<y>', rel: 'noopener noreferrer' },
        // The footer's link to the tool's feed of policy changes.
        { href: feedUrl(stub.id), rel: 'noopener noreferrer' },
      ]);
      // The sources without an https URL are still listed, as text.
      expect(parsed.text.split(ATTACK).length - 1).toBeGreaterThanOrEqual(12);
    });

    it('should give its links the colour of the text around them, underlined, on a dark page', async () => {
      // A dark blog theme that sets no `color-scheme`: the browser's own link colour (#0000ee)
      // would be 1.99:1 on this background.
      const page = await browser.newPage();
      await page.setContent(
        `<body style="background:#121212;color:#e8e8e8">${renderCard(stub, look)}</body>`,
      );
      const links = await page.$$eval('a', (anchors) =>
        anchors.map((a) => ({
          color: getComputedStyle(a).color,
          around: getComputedStyle(a.parentElement!).color,
          underline: getComputedStyle(a).textDecorationLine,
        })),
      );
      await page.close();
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.color).toBe(link.around);
        expect(link.color).not.toBe('rgb(0, 0, 238)');
        expect(link.underline).toContain('underline');
      }
    });
  });

  describe('for the real records', () => {
    const tools = listTools();

    it('should have been built for every tool', () => {
      expect(tools.length).toBeGreaterThan(0);
      for (const { id } of tools) {
        for (const file of [`badges/${id}.svg`, `cards/${id}.html`, `embed/${id}.html`]) {
          expect(() => readFileSync(join(distDir, 'static', file))).not.toThrow();
        }
      }
    });

    for (const { id } of listTools()) {
      it(`should say in ${id}'s card and badge what the record says`, async () => {
        const record = await getTool(id);
        const head = headline(record);
        const card = await parse(
          readFileSync(join(distDir, 'static', 'cards', `${id}.html`), 'utf8'),
          'text/html',
        );
        expect(card.text).toContain(record.name);
        expect(card.text).toContain(head.label);
        expect(card.text).toContain(record.headline.shortAnswer);
        for (const tier of record.tiers) {
          expect(card.text).toContain(tier.label);
          expect(card.text).toContain(tier.detail);
        }
        // Every https source and archived copy, the official site when the record names one, and
        // the tool's feed.
        const https = record.sources.filter((s) => s.url?.startsWith('https://'));
        const archived = record.sources.filter((s) => s.archived?.permalink);
        const site = record.officialSite?.startsWith('https://') ? 1 : 0;
        expect(card.links.filter((l) => l.rel === 'noopener noreferrer').length).toBe(
          https.length + archived.length + site + 1,
        );
        expect(card.links.at(-1)?.href).toBe(feedUrl(id));
        expect(card.text).toContain(record.lastVerified ? 'Last verified' : 'Not verified yet');
        expect(card.text).toContain('not legal advice');

        const badge = await parse(
          readFileSync(join(distDir, 'static', 'badges', `${id}.svg`), 'utf8'),
          'image/svg+xml',
        );
        const title = `${record.name}: ${head.label.charAt(0).toLowerCase()}${head.label.slice(1)}`;
        expect(badge.text).toContain(title);
        expect(badge.elements).toContain('title');
        // Nothing to fetch: no links, no external fonts, no images.
        expect(badge.links).toEqual([]);
        expect(badge.elements).not.toContain('image');
        expect(badge.elements).not.toContain('style');
      });
    }
  });
});
