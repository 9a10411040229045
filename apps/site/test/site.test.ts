import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_LOCALES } from '@ai-training-verdict/sdk';
import { buildSite } from '../src/build.mjs';
import {
  buildAndServe,
  fixtureRelease,
  htmlPages,
  pngSize,
  previewProblems,
  releaseFile,
  vnuErrors,
  type BuiltSite,
  type Release,
} from './helpers.js';

/** Record text that would be markup if it were not escaped (names refuse it; text allows it). */
const HOSTILE = 'Yes <img src=x onerror="alert(1)"> & </script><!-- trains "by default".';

let site: BuiltSite;
let release: Release;

beforeAll(async () => {
  release = fixtureRelease();
  const headline = release.tools['quill-chat']!['headline'] as { shortAnswer: string };
  headline.shortAnswer = HOSTILE;
  site = await buildAndServe(release);
});

afterAll(() => site?.server.close());

const toolIds = () => Object.keys(release.tools);
const langPath = (lang: string, id: string) =>
  `${lang === 'en' ? '' : `${lang}/`}tools/${id}/index.html`;
const shortAnswer = (id: string) =>
  (release.tools[id]!['headline'] as { shortAnswer: string }).shortAnswer;

describe('the site built from a release', () => {
  it('should write a page for every tool in every reader language, and one per redirect id', () => {
    for (const id of toolIds())
      for (const lang of READER_LOCALES) expect(site.files).toContain(langPath(lang, id));
    for (const id of Object.keys(release.redirects))
      expect(site.files).toContain(`tools/${id}/index.html`);
    expect(site.files).toContain('index.html');
  });

  it('should give every page a title, a description, a canonical URL, og: and twitter: tags and a 1200 x 630 PNG', () => {
    const pages = htmlPages(site.outDir).filter((page) => !page.includes('/embed/'));
    expect(pages.length).toBe(
      toolIds().length * READER_LOCALES.length + 1 + Object.keys(release.redirects).length,
    );
    expect(pages.flatMap((page) => previewProblems(site.outDir, site.siteUrl, page))).toEqual([]);
  });

  it('should title a tool page "Does X train on your data?" and describe it with the short answer', () => {
    const $ = site.page('tools/scribble-pad/index.html');
    expect($('title').text()).toBe('Does Scribble Pad train on your data?');
    expect($('h1').text()).toBe('Does Scribble Pad train on your data?');
    expect($('meta[name="description"]').attr('content')).toBe(shortAnswer('scribble-pad'));
    expect($('link[rel="canonical"]').attr('href')).toBe(`${site.siteUrl}tools/scribble-pad/`);
  });

  it('should mark up the FAQ as FAQPage JSON-LD, in the page language', () => {
    for (const lang of READER_LOCALES) {
      const $ = site.page(langPath(lang, 'scribble-pad'));
      const scripts = $('script[type="application/ld+json"]');
      expect(scripts.length).toBe(1);
      const data = JSON.parse(scripts.text());
      expect(data['@type']).toBe('FAQPage');
      expect(data.inLanguage).toBe(lang);
      expect(data.mainEntity).toHaveLength(4);
      expect(data.mainEntity[0].acceptedAnswer.text).toContain(shortAnswer('scribble-pad'));
    }
  });

  it('should link every language of a tool page with hreflang, and English as x-default', () => {
    const $ = site.page('de/tools/scribble-pad/index.html');
    const hreflang = Object.fromEntries(
      $('link[rel="alternate"][hreflang]')
        .toArray()
        .map((el) => [$(el).attr('hreflang'), $(el).attr('href')]),
    );
    for (const lang of READER_LOCALES)
      expect(site.pathOf(hreflang[lang]!)).toBe(langPath(lang, 'scribble-pad'));
    expect(hreflang['x-default']).toBe(hreflang['en']);
    expect($('html').attr('lang')).toBe('de');
    expect($('link[rel="canonical"]').attr('href')).toBe(hreflang['de']);
  });

  it('should send a redirect id on to its tool: meta refresh, a link and a canonical to it', () => {
    const [id, redirect] = Object.entries(release.redirects)[0]!;
    const $ = site.page(`tools/${id}/index.html`);
    const refresh = $('meta[http-equiv="refresh"]').attr('content') ?? '';
    const target = new URL(refresh.replace(/^0;\s*url=/, ''), `${site.siteUrl}tools/${id}/`).href;
    expect(target).toBe(`${site.siteUrl}tools/${redirect.redirectTo}/`);
    expect($('link[rel="canonical"]').attr('href')).toBe(target);
    expect(new URL($('main a').attr('href')!, `${site.siteUrl}tools/${id}/`).href).toBe(target);
    expect($('main a').text()).toContain(release.tools[redirect.redirectTo]!.name);
  });

  it('should read without JavaScript: the answer and the tier table are in the declarative shadow root', () => {
    const $ = site.page('tools/scribble-pad/index.html');
    const template = $('ai-training-verdict > template[shadowrootmode="open"]');
    expect(template.length).toBe(1);
    const card = load(template.html() ?? '');
    expect(card('[part~="answer"], p').text()).toContain(shortAnswer('scribble-pad'));
    const tiers = release.tools['scribble-pad']!['tiers'] as { label: string }[];
    const rows = card('table tbody tr').text();
    for (const tier of tiers) expect(rows).toContain(tier.label);
    // The card's other sections: the FAQ, the history, the sources with their quotes.
    const sources = release.tools['scribble-pad']!['sources'] as { quote?: string }[];
    for (const quote of sources.flatMap((s) => (s.quote ? [s.quote] : [])))
      expect(card.text()).toContain(quote);
  });

  it('should keep record text as text', () => {
    for (const path of [langPath('en', 'quill-chat'), langPath('de', 'quill-chat'), 'index.html']) {
      const $ = site.page(path);
      expect($('img').length, path).toBe(0);
      const template = $('ai-training-verdict > template').html();
      if (template) {
        const card = load(template);
        expect(card('img').length, path).toBe(0);
        expect(card.text(), path).toContain(HOSTILE);
      }
    }
    const $ = site.page('tools/quill-chat/index.html');
    expect($('meta[name="description"]').attr('content')).toBe(HOSTILE);
    expect($('meta[property="og:image:alt"]').attr('content')).toContain(HOSTILE);
    const faq = JSON.parse($('script[type="application/ld+json"]').text());
    expect(faq.mainEntity[0].acceptedAnswer.text).toContain(HOSTILE);
  });

  it('should advertise oEmbed: a static rich answer whose iframe is the card page, sized', () => {
    const $ = site.page('de/tools/scribble-pad/index.html');
    const href = $('link[rel="alternate"][type="application/json+oembed"]').attr('href')!;
    const answer = JSON.parse(site.text(site.pathOf(href)));
    expect(answer).toMatchObject({ version: '1.0', type: 'rich' });
    expect(answer.width).toBeGreaterThan(0);
    expect(answer.height).toBeGreaterThan(0);
    const iframe = load(answer.html)('iframe');
    expect(iframe.attr('src')).toBe(`${site.siteUrl}tools/scribble-pad/embed/`);
    expect(Number(iframe.attr('width'))).toBe(answer.width);
    expect(Number(iframe.attr('height'))).toBe(answer.height);
    expect(iframe.attr('sandbox')).toContain('allow-scripts');
    const embed = site.page(site.pathOf(iframe.attr('src')!));
    const card = load(embed('ai-training-verdict > template[shadowrootmode="open"]').html() ?? '');
    expect(card.text()).toContain(shortAnswer('scribble-pad'));
    expect(pngSize(readFileSync(join(site.outDir, site.pathOf(answer.thumbnail_url))))).toEqual({
      width: 1200,
      height: 630,
    });
  });

  it("should link each tool's Atom feed, built from the same release", () => {
    const $ = site.page('tools/scribble-pad/index.html');
    const href = $('link[rel="alternate"][type="application/atom+xml"]').attr('href')!;
    const feed = site.text(new URL(href, 'http://x/tools/scribble-pad/').pathname.slice(1));
    expect(feed).toContain('<feed');
    expect(feed).toContain('Scribble Pad');
  });

  it('should list every tool on the index and compare them in a table, both without JavaScript', () => {
    const $ = site.page('index.html');
    const linked = $('#tools a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(linked.sort()).toEqual(
      toolIds()
        .map((id) => `tools/${id}/`)
        .sort(),
    );
    // The table is <ai-training-table>'s own, drawn into its declarative shadow root.
    const template = $('ai-training-table > template[shadowrootmode="open"]');
    expect(template.length).toBe(1);
    const table = load(template.html() ?? '');
    const names = table('tbody th .name')
      .toArray()
      .map((th) => table(th).text());
    expect(names).toEqual(
      toolIds()
        .map((id) => release.tools[id]!.name)
        .sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(table('caption').text().trim()).toBe('Which AI tools train on your data?');
    expect($('ai-training-table').attr('tools')!.split(' ').sort()).toEqual(toolIds().sort());
    // The index loads no widget: the table is whole as drawn, with no request per record.
    expect($('script[src*="cdn/"]').length).toBe(0);
    // The search box only shows when its script runs.
    expect($('#search-hint').attr('hidden')).toBeDefined();
  });

  it('should point the cards at the release it was built from when the widget bundles another', () => {
    const $ = site.page('tools/scribble-pad/index.html');
    const src = $('ai-training-verdict').attr('src')!;
    const url = new URL(src, `${site.siteUrl}tools/scribble-pad/`).href;
    expect(JSON.parse(site.text(site.pathOf(url))).version).toBe(release.version);
  });

  it('should be valid HTML on every page (the Nu Html Checker, vnu, finds no error)', () => {
    const pages = htmlPages(site.outDir);
    expect(pages.length).toBeGreaterThan(toolIds().length * READER_LOCALES.length);
    expect(vnuErrors(site.outDir, pages)).toEqual([]);
  });

  it('should link only to files the site has, from under any base path', () => {
    // Served under a path, as GitHub Pages serves a project: a link climbing out of the site
    // would leave it (a browser clamps extra "../" at a domain's root, which hides the mistake).
    const base = 'https://example.test/some/path/';
    const broken: string[] = [];
    for (const page of htmlPages(site.outDir)) {
      const $ = site.page(page);
      const pageUrl = new URL(page.replace(/index\.html$/, ''), base);
      for (const el of $('a[href], link[href], script[src], iframe[src]').toArray()) {
        const ref = $(el).attr('href') ?? $(el).attr('src')!;
        if (/^(https?:|data:|mailto:)/.test(ref)) continue;
        const url = new URL(ref, pageUrl);
        const path = url.pathname.slice(new URL(base).pathname.length);
        const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
        if (!url.href.startsWith(base) || !existsSync(join(site.outDir, decodeURI(file))))
          broken.push(`${page}: ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('should stop on an invalid release, naming the field', async () => {
    const bad = fixtureRelease();
    bad.tools['quill-chat']!.name = 'Quill <b>Chat</b>';
    await expect(
      buildSite({ release: releaseFile(bad), outDir: join(site.outDir, 'never') }),
    ).rejects.toThrow(/tools\.quill-chat\.name: must not look like markup/);
    expect(existsSync(join(site.outDir, 'never'))).toBe(false);
  });
});
