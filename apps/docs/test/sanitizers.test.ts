/**
 * Every snippet the embed generator writes, pasted where a blog sanitizes it: as it is, through
 * WordPress's own kses (`wp_kses_post`), DOMPurify and sanitize-html, each with its defaults. Each
 * result is then a blog post in Chromium (scripts run where they survived, from the routed CDN),
 * and the test asserts what a reader sees there: the card, or a clean fallback (the static card,
 * the badge, the link); never CSS printed as text, the card twice, an empty box or nothing.
 *
 * What each gives is the table in the embed guide (src/sanitizer-results.js): the test fails when
 * the guide says something else than what a reader gets.
 */
import type { Server } from 'node:http';
import { getTool, type ToolRecord } from '@ai-training-verdict/sdk';
import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTool } from '../src/examples.js';
import { PLATFORMS, VARIANTS, variantOf } from '../src/platforms.js';
import {
  FILTER_LABELS,
  FILTERS,
  SANITIZER_RESULTS,
  type Filter,
  type Outcome,
} from '../src/sanitizer-results.js';
import { embedFiles, linkTarget, pageLink } from '../src/snippets.js';
import {
  launchBrowser,
  routeCdn,
  screenshot,
  serveBlogPost,
  serveDocs,
  site,
  waitForCard,
} from './browser.js';
import { dompurifyPage, ensureKses, sanitize } from './sanitizers/index.js';

let browser: Browser;
let docs: { server: Server; origin: string };
let purifier: Page;
let record: ToolRecord;
/** The generator's snippet of each variant, for the example tool, as its textarea shows it. */
const snippets = new Map<string, string>();
const tool = exampleTool(site);

beforeAll(async () => {
  ensureKses();
  docs = await serveDocs();
  browser = await launchBrowser();
  purifier = await dompurifyPage(browser);
  record = await getTool(tool.id);
  const page = await browser.newPage();
  await page.goto(`${docs.origin}/iframe.html?viewMode=docs&id=embed-generator--docs`);
  const generator = page.locator('docs-embed-generator');
  await generator.locator('select#variant').waitFor();
  for (const variant of VARIANTS) {
    const platform = PLATFORMS.find((p) => (p.variants as readonly string[]).includes(variant.id));
    await generator.locator('select#platform').selectOption(platform!.id);
    await generator.locator('select#variant').selectOption(variant.id);
    if (variant.id !== 'table') await generator.locator('select#tool').selectOption(tool.id);
    // The static card is a file the generator fetches; the card carries the card it draws.
    const marker = { 'static-card': '<div', card: '<template shadowrootmode="open">' }[
      variant.id as string
    ];
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
    snippets.set(variant.id, await generator.locator('textarea').inputValue());
  }
  await page.close();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  if (docs) await new Promise((resolve) => docs.server.close(resolve));
});

/** A Markdown snippet as a Markdown platform shows it; a text one as a platform that links URLs. */
function asHtml(format: string, snippet: string): string {
  if (format === 'markdown') return new MarkdownIt().render(snippet);
  if (format === 'text') return new MarkdownIt({ linkify: true }).render(snippet);
  return snippet;
}

/** What a reader of the post sees, measured in the page (boxes and rendered text). */
interface Seen {
  /** document.body.innerText, the blog's own heading left out. */
  text: string;
  /** The text a reader sees, shadow roots included (what innerText leaves out). */
  flat: string;
  /** Elements showing a card from their shadow root, live or pre-rendered. */
  cards: number;
  /** Shown images: their alt text. */
  images: string[];
  /** Shown links with words: their href. */
  links: string[];
  /** Elements with a box but nothing in it to see. */
  emptyBoxes: string[];
  /** The text of each shown iframe's page. */
  frames: string[];
}

async function whatReaderSees(post: Page): Promise<Seen> {
  const seen = await post.evaluate(() => {
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true });
    };
    // An element with `display: contents` has no box of its own, but its content is seen.
    const hidden = (el: Element) =>
      getComputedStyle(el).display !== 'contents' &&
      !el.checkVisibility({ visibilityProperty: true });
    /** Rendered text of the flat tree: shadow roots in place of their host's children. */
    const flat = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
      if (node instanceof Element) {
        if (['script', 'style', 'template', 'noscript', 'h1'].includes(node.localName)) return '';
        if (hidden(node)) return '';
        if (node instanceof HTMLSlotElement) {
          const assigned = node.assignedNodes({ flatten: true });
          return (assigned.length ? assigned : [...node.childNodes]).map(flat).join(' ');
        }
        return [...(node.shadowRoot ?? node).childNodes].map(flat).join(' ');
      }
      if (node instanceof DocumentFragment) return [...node.childNodes].map(flat).join(' ');
      return '';
    };
    const body = document.body;
    const all = [...body.querySelectorAll('*')].filter((el) => el.localName !== 'h1');
    return {
      text: body.innerText.replace(/^A blog post\s*/, ''),
      flat: flat(body).replace(/\s+/g, ' ').trim(),
      cards: all.filter(
        (el) =>
          el.shadowRoot?.querySelector('[part~="answer"], [part~="table"], [part~="link"]') &&
          el.getBoundingClientRect().height > 10,
      ).length,
      images: all
        .filter((el): el is HTMLImageElement => el instanceof HTMLImageElement)
        .filter((img) => shown(img) && img.naturalWidth > 0)
        .map((img) => img.alt),
      links: all
        .filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement)
        .filter((a) => shown(a) && a.innerText.trim() !== '')
        .map((a) => a.href),
      emptyBoxes: all
        .filter(
          (el) =>
            !['br', 'hr', 'img', 'iframe', 'svg', 'path'].includes(el.localName) &&
            el.getBoundingClientRect().height >= 24 &&
            el.getBoundingClientRect().width >= 24 &&
            flat(el).trim() === '' &&
            !el.querySelector('img, iframe, svg'),
        )
        .map((el) => el.outerHTML.slice(0, 120)),
    };
  });
  const frames: string[] = [];
  for (const handle of await post.$$('iframe')) {
    const box = await handle.boundingBox();
    const frame = await handle.contentFrame();
    if (!box || box.height < 50 || !frame) continue;
    frames.push(await frame.evaluate(() => document.body?.innerText ?? '').catch(() => ''));
  }
  return { ...seen, frames };
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * Sorts what was seen into what the reader got, or what went wrong. `imagesRemoved`: the sanitizer
 * took out every image of a snippet that is an image (sanitize-html allows none by default); only
 * then may a reader see nothing, and the guide's table says so.
 */
function judge(seen: Seen, imagesRemoved: boolean): { outcome: Outcome; faults: string[] } {
  const answer = words(record.headline.shortAnswer);
  const title = embedFiles(site, tool.id)!.title;
  const fallback = linkTarget(tool.fallback?.url);
  const page = pageLink(site, tool.id);
  const faults: string[] = [];
  // A CSS rule or at-rule printed in the post.
  if (/[\w\])*-]\s*\{[^}]*:[^}]*\}|:host\b|@media|@layer/.test(seen.text))
    faults.push('CSS printed as text');
  if (count(seen.flat, answer) > 1) faults.push('the card twice');
  if (seen.emptyBoxes.length) faults.push(`an empty box: ${seen.emptyBoxes.join(' | ')}`);
  const outcome: Outcome =
    seen.cards > 0 || seen.frames.some((text) => words(text).includes(answer))
      ? 'card'
      : seen.flat.includes(answer)
        ? 'static card'
        : seen.images.includes(title)
          ? 'badge'
          : seen.links.some((href) => fallback && decodeURI(href) === decodeURI(fallback))
            ? 'link'
            : seen.links.some((href) => page && href === page)
              ? 'page link'
              : 'nothing';
  if (outcome === 'nothing' && !imagesRemoved)
    faults.push(`nothing to see but: "${words(seen.text)}"`);
  return { outcome, faults };
}

/** The snippet after `filter`, as a fresh blog post, and what its reader sees. */
async function paste(variant: (typeof VARIANTS)[number], filter: Filter) {
  const html = asHtml(variant.format, snippets.get(variant.id) ?? '');
  const body = filter === 'none' ? html : await sanitize(filter, html, purifier);
  const blog = await serveBlogPost(body);
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  await routeCdn(context);
  const post = await context.newPage();
  try {
    await post.goto(blog.url, { waitUntil: 'load' });
    // A script that survived draws its element: wait for it, as a reader would.
    const element = /<(ai-training-verdict|ai-training-table)\b/.exec(body)?.[1];
    if (element && /<script\b/.test(body)) {
      if (element === 'ai-training-table') {
        await post.waitForFunction(
          () => document.querySelector('ai-training-table')?.shadowRoot?.querySelector('tbody tr'),
          undefined,
          { timeout: 60_000 },
        );
      } else await waitForCard(post);
    }
    const seen = await whatReaderSees(post);
    await screenshot(post, `pasted-${variant.id}-${filter}`);
    const imagesRemoved = /<img\b/.test(html) && !/<img\b/.test(body);
    return { body, seen, ...judge(seen, imagesRemoved) };
  } finally {
    await context.close();
    blog.server.close();
  }
}

describe('a pasted snippet, as a reader sees it', () => {
  for (const variant of VARIANTS) {
    for (const filter of FILTERS) {
      it(`${variant.label}: ${filter === 'none' ? 'as pasted' : `after ${filter}`}`, async () => {
        const { outcome, faults, body } = await paste(variant, filter);
        expect(faults, `what ${filter} left:\n${body.slice(0, 2000)}`).toEqual([]);
        // What the embed guide's table says the reader gets.
        expect(outcome).toBe(SANITIZER_RESULTS[variant.id][filter]);
      });
    }
  }
});

describe('the platforms the generator offers', () => {
  for (const platform of PLATFORMS) {
    it(`${platform.label}: the first snippet it offers shows the verdict there`, () => {
      const outcome = SANITIZER_RESULTS[platform.variants[0]!][platform.filter];
      // A platform that takes only a link gets a link; every other one shows the verdict.
      expect(
        platform.variants.every((v) => variantOf(v)?.format === 'text')
          ? ['link', 'page link']
          : ['card', 'static card', 'badge'],
      ).toContain(outcome);
    });
  }
});

describe('the embed guide', () => {
  it('shows, for every snippet and sanitizer, what the tests above found a reader sees', async () => {
    const page = await browser.newPage();
    await page.goto(`${docs.origin}/iframe.html?viewMode=docs&id=guides-embed-on-your-blog--docs`);
    const rows = (selector: string) =>
      page.$$eval(`${selector} tr`, (trs) =>
        trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')),
      );
    await page.locator('#sanitizer-results').waitFor();
    expect(await rows('#sanitizer-results')).toEqual([
      ['Snippet', ...FILTERS.map((filter) => FILTER_LABELS[filter])],
      ...VARIANTS.map((v) => [v.label, ...FILTERS.map((f) => SANITIZER_RESULTS[v.id][f])]),
    ]);
    // And where each platform's snippets go, as the generator offers them.
    expect((await rows('#platforms')).slice(1).map((cells) => cells[0])).toEqual(
      PLATFORMS.map((p) => p.label),
    );
    await page.close();
  });
});
