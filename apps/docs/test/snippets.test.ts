/**
 * The generator's snippets (src/snippets.js) carry record text: a tool's name, its source's title
 * and URL. Here that text is hostile, inline, on a stub site (no real record is touched), and each
 * snippet is read by what reads it on a blog: the Markdown one by a real Markdown parser that lets
 * HTML through (as many blogs' Markdown does), the HTML ones by Chromium.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeHtml,
  badgeMarkdown,
  elementTag,
  embedSnippet,
  iframeSnippet,
  pageLink,
  type SiteInfo,
} from '../src/snippets.js';
import { launchBrowser } from './browser.js';

/** A name that closes the link text, opens a link of its own and adds an element. */
const HOSTILE_NAME = 'x](https://evil.example)<img src=x onerror=alert(1)>';
/** A source URL that ends a Markdown link early and then adds an element and an attribute. */
const HOSTILE_URL = `https://example.com/terms_(2024))<img src=x onerror=alert(1)> "t'`;
const STATIC = 'https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget@0.1.0/static/';

/** A site of one tool whose every string is `name` and whose source is at `url`. */
function stubSite(name: string, url: string): SiteInfo {
  const files = {
    title: `${name}: trains by default`,
    badge: 'badges/stub.svg',
    card: 'cards/stub.html',
    embed: 'embed/stub.html',
    prerendered: 'prerendered/stub.html',
  };
  return {
    widgetVersion: '0.1.0',
    dataVersion: '0.1.0',
    cdnUrl: 'https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget@0.1.0/cdn/a.js',
    integrity: 'sha384-x',
    scripts: {},
    recordChunks: {},
    hydrationChunk: {
      url: 'https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget@0.1.0/cdn/prerendered-x.js',
      integrity: 'sha384-y',
    },
    staticUrl: STATIC,
    tools: [
      {
        id: 'stub',
        name,
        vendor: name,
        verdict: 'trains',
        verdictLabel: 'Trains by default',
        tiers: [],
        fallback: { url, title: name },
      },
    ],
    embeds: { stub: { name, languages: { en: files } } },
  };
}

describe('the Markdown badge', () => {
  // html: true is a blog whose Markdown lets HTML through: the worst case for a pasted snippet.
  const md = new MarkdownIt({ html: true });

  /** Every inline token of the parsed snippet, nested ones (the image's alt) included. */
  function tokens(markdown: string) {
    const all = (list: Token[]): Token[] => list.flatMap((t) => [t, ...all(t.children ?? [])]);
    return all(md.parse(markdown, {}));
  }

  for (const [what, name, url] of [
    ['a name holding a link and an element', HOSTILE_NAME, 'https://example.com/terms'],
    ['a source URL holding ")", an element, spaces and quotes', 'Stub', HOSTILE_URL],
    ['both', HOSTILE_NAME, HOSTILE_URL],
  ] as const) {
    it(`links only to the source and adds no HTML, for ${what}`, () => {
      const snippet = badgeMarkdown(stubSite(name, url), 'stub');
      const parsed = tokens(snippet);
      expect(parsed.filter((t) => t.type.startsWith('html_'))).toEqual([]);
      const links = parsed.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
      expect(links).toHaveLength(1);
      // The same address, written so that no Markdown reader ends it early.
      expect(decodeURI(String(links[0]))).toBe(decodeURI(new URL(url).href));
      const images = parsed.filter((t) => t.type === 'image');
      expect(images.map((t) => t.attrGet('src'))).toEqual([`${STATIC}badges/stub.svg`]);
      // The name is the image's text, whole, and nothing else.
      expect(images[0]!.children!.map((t) => t.content).join('')).toBe(
        `${name}: trains by default`,
      );
      // And the rendered HTML holds the one link, the one image, nothing else.
      const html = md.render(snippet);
      expect(html.match(/<[a-z]+/g)).toEqual(['<p', '<a', '<img']);
    });
  }

  it('leaves the link out when the source is not https', () => {
    // A Markdown reader that checks no scheme (markdown-it's own check would hide the fault).
    const lax = new MarkdownIt({ html: true });
    lax.validateLink = () => true;
    const snippet = badgeMarkdown(stubSite('Stub', 'javascript:alert(1)'), 'stub');
    const parsed = lax.parseInline(snippet, {}).flatMap((t) => t.children ?? []);
    expect(parsed.filter((t) => t.type === 'link_open')).toEqual([]);
    expect(parsed.filter((t) => t.type === 'image')).toHaveLength(1);
  });
});

describe("the link to the tool's page", () => {
  const site = (pages?: Record<string, string>): SiteInfo => {
    const stub = stubSite('Stub', 'https://example.com/terms');
    return { ...stub, tools: stub.tools.map((tool) => ({ ...tool, pages })) };
  };
  const pages = {
    en: 'https://site.example/tools/stub/',
    de: 'https://site.example/de/tools/stub/',
  };

  it("is the page in the snippet's language, else the English one", () => {
    expect(pageLink(site(pages), 'stub', 'de')).toBe(pages.de);
    expect(pageLink(site(pages), 'stub', 'fr')).toBe(pages.en);
    expect(pageLink(site(pages), 'stub')).toBe(pages.en);
  });

  it('is empty for a tool without a page, or an id the site does not have', () => {
    expect(pageLink(site(undefined), 'stub')).toBe('');
    expect(pageLink(site(pages), 'other')).toBe('');
  });
});

describe('the HTML snippets', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** What Chromium makes of `markup` as a page's body: its elements, links and any alert. */
  async function parse(markup: string) {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    // Nothing leaves the machine: an image is answered empty.
    await page.route('**/*', (route) => route.fulfill({ status: 404, body: '' }));
    await page.setContent(`<!doctype html><body>${markup}</body>`);
    const result = await page.evaluate(() => ({
      tags: [...document.body.querySelectorAll('*')].map((el) => el.localName),
      links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      images: [...document.querySelectorAll('img')].map((img) => ({
        src: img.getAttribute('src'),
        alt: img.getAttribute('alt'),
      })),
      text: document.body.innerText,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((n) => n.startsWith('on')),
      ),
    }));
    await page.close();
    return { ...result, dialogs };
  }

  const site = stubSite(HOSTILE_NAME, HOSTILE_URL);

  it('keeps record text as text in the badge image and its link', async () => {
    const got = await parse(badgeHtml(site, 'stub'));
    expect(got.tags).toEqual(['a', 'img']);
    expect(got.links.map((href) => decodeURI(href!))).toEqual([
      decodeURI(new URL(HOSTILE_URL).href),
    ]);
    expect(got.images).toEqual([
      { src: `${STATIC}badges/stub.svg`, alt: `${HOSTILE_NAME}: trains by default` },
    ]);
    expect(got.handlers).toEqual([]);
    expect(got.dialogs).toEqual([]);
  });

  it('keeps record text as text in the element and its fallback link', async () => {
    const got = await parse(elementTag(site, { tool: 'stub' }));
    expect(got.tags).toEqual(['ai-training-verdict', 'a']);
    expect(got.links.map((href) => decodeURI(href!))).toEqual([
      decodeURI(new URL(HOSTILE_URL).href),
    ]);
    expect(got.text.trim()).toBe(`${HOSTILE_NAME}: ${HOSTILE_NAME}`);
    expect(got.handlers).toEqual([]);
    expect(got.dialogs).toEqual([]);
  });

  it('keeps record text as text in the iframe snippet', async () => {
    const got = await parse(iframeSnippet(site, 'stub', 'https://docs.example/embed/stub.html'));
    expect(got.tags).toEqual(['iframe', 'p', 'a']);
    expect(got.links.map((href) => decodeURI(href!))).toEqual([
      decodeURI(new URL(HOSTILE_URL).href),
    ]);
    expect(got.handlers).toEqual([]);
    expect(got.dialogs).toEqual([]);
  });
});

describe("a card snippet's preloads", () => {
  const site = (): SiteInfo => ({
    ...stubSite('Stub', 'https://example.com/terms'),
    scripts: {
      'ai-training-verdict': {
        url: 'https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget@0.1.0/cdn/ai-training-verdict.js',
        integrity: 'sha384-x',
      },
    },
    recordChunks: {
      stub: {
        url: 'https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget@0.1.0/cdn/tools/stub.js',
        integrity: 'sha384-z',
      },
    },
  });
  /** The `href` of every `modulepreload` in `snippet`, in order. */
  const preloads = (snippet: string): string[] =>
    [...snippet.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
  const PRERENDERED = '<template shadowrootmode="open"><p>The card</p></template>';

  it('preloads the record and what compares a pre-rendered card with the live one', () => {
    const snippet = embedSnippet(site(), { tool: 'stub', prerendered: PRERENDERED });
    expect(preloads(snippet)).toEqual([
      site().recordChunks['stub']!.url,
      site().hydrationChunk.url,
    ]);
    expect(snippet).toContain(
      `<link rel="modulepreload" href="${site().hydrationChunk.url}" integrity="sha384-y" crossorigin="anonymous">`,
    );
  });

  it('preloads only the record for a card, or a badge, with nothing pre-rendered', () => {
    for (const options of [
      { tool: 'stub' },
      { tool: 'stub', variant: 'compact' as const, prerendered: PRERENDERED },
    ])
      expect(preloads(embedSnippet(site(), options))).toEqual([site().recordChunks['stub']!.url]);
  });

  it('preloads nothing for a table, or a script from elsewhere', () => {
    expect(preloads(embedSnippet(site(), { variant: 'table' }))).toEqual([]);
    const elsewhere = embedSnippet(
      site(),
      { tool: 'stub', prerendered: PRERENDERED },
      { src: '/cdn/ai-training-verdict.js' },
    );
    expect(preloads(elsewhere)).toEqual([]);
  });
});
