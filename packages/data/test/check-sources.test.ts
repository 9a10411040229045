/**
 * The source check against a local fixture server: pages that keep, reword and drop a quote, that
 * time out, redirect, and answer 404, 500 and a 20 MB body. It must never hang, and never call a
 * quote changed when the page could not be read. The record URLs are public https addresses, routed
 * to the fixture server by the fetch the check is given (it refuses loopback addresses itself).
 * Then hostile pages, served by a fake fetch: unclosed tags, redirects away from the site, bodies
 * over the byte cap. And `--write` marks a gone quote in its record file.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import {
  checkSources,
  comparableText,
  markQuotesGone,
  reportMarkdown,
} from '../src/node/check-sources.js';
import { validateRecordSources } from '../src/node/validate.js';
import { fixturesDir } from './helpers.js';
import type { ToolRecord } from '../src/schema.js';
import { rendered } from './markdown.js';

const QUOTE = 'We don’t use your “Inputs” to train our models.';
const MB = Buffer.alloc(1024 * 1024, 'a');
const HUGE = Buffer.concat([...Array.from({ length: 20 }, () => MB), Buffer.from(QUOTE)]);

const PAGES: Record<string, (res: import('node:http').ServerResponse) => void> = {
  // The quote as a browser shows it: other white space, straight quote marks, markup, entities.
  '/keep': (res) =>
    res.end(
      `<html><body><p>We don't use your\n  <b>"Inputs"</b> to&nbsp;train our models.</p></body></html>`,
    ),
  '/reword': (res) => res.end('<p>We may use your “Inputs” to train our models.</p>'),
  '/drop': (res) => res.end('<p>This page was reorganised.</p>'),
  '/moved': (res) => {
    res.statusCode = 301;
    res.setHeader('location', '/keep');
    res.end();
  },
  '/missing': (res) => {
    res.statusCode = 404;
    res.end(`<p>Not found. ${QUOTE}</p>`);
  },
  '/broken': (res) => {
    res.statusCode = 500;
    res.end('oops');
  },
  // Never answers: the check gives up at its timeout.
  '/hang': () => {},
  // 20 MB with the quote at the very end, declared up front, and the same streamed without a
  // length: too large to read either way, so not known either way.
  '/huge': (res) => {
    res.setHeader('content-length', String(HUGE.length));
    res.end(HUGE);
  },
  '/huge-stream': (res) => {
    let sent = 0;
    const push = () => {
      while (sent < 20) {
        sent++;
        if (!res.write(MB)) return void res.once('drain', push);
      }
      res.end(QUOTE);
    };
    push();
  },
};

let server: Server;
let origin: string;
let requests: string[];
let closedPort: number;

beforeAll(async () => {
  requests = [];
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    (PAGES[req.url ?? ''] ?? PAGES['/missing']!)(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Where the records say the pages are; the fixture server answers for both hosts. */
const SITE = 'https://www.vendor.example';
const CLOSED = 'https://closed.vendor.example';

/** The global fetch, sent to the fixture server (plain http on 127.0.0.1) instead of the public hosts. */
const viaFixtureServer: typeof fetch = (input, init) =>
  fetch(
    String(input).replace(SITE, origin).replace(CLOSED, `http://127.0.0.1:${closedPort}`),
    init,
  );

/** A fictional record whose one tier cites each page, plus a source with no quote. */
function record(paths: string[]): ToolRecord {
  return {
    kind: 'tool',
    id: 'probe-writer',
    name: 'Probe Writer',
    vendor: 'Probe Labs',
    headline: { verdict: 'no-training', shortAnswer: 'No.', summary: 'No.' },
    tiers: paths.map((path, i) => ({
      id: `tier-${i}`,
      label: path,
      kind: 'plan',
      verdict: 'no-training',
      detail: 'Not used.',
      sources: [`page-${i}`],
    })),
    sources: [
      ...paths.map((path, i) => ({ id: `page-${i}`, url: `${SITE}${path}`, quote: QUOTE })),
      // A second quote from one page, cited by no claim; and a source with no quote to look for.
      { id: 'reword-again', url: `${SITE}/reword`, quote: 'We may use your “Inputs”' },
      { id: 'unquoted', url: `${SITE}/broken` },
      // A port nothing listens on any more: the connection is refused.
      { id: 'refused', url: `${CLOSED}/terms`, quote: QUOTE },
    ],
  } as ToolRecord;
}

describe('check-sources', () => {
  const paths = [
    '/keep',
    '/reword',
    '/drop',
    '/moved',
    '/missing',
    '/broken',
    '/hang',
    '/huge',
    '/huge-stream',
  ];
  let report: Awaited<ReturnType<typeof checkSources>>;

  // No timing assertion: a hang fails this hook at its own limit, and the page that never answers
  // is given up on at the check's 3 s timeout.
  beforeAll(async () => {
    report = await checkSources([record(paths)], {
      timeoutMs: 3000,
      maxBytes: 5_000_000,
      fetch: viaFixtureServer,
      lookup: async () => ['192.0.2.1'],
    });
  }, 15_000);

  it('should report every quoted source once, with the claims that cite it', () => {
    expect(report.map((c) => [c.source, c.claims])).toEqual([
      ...paths.map((_, i) => [`page-${i}`, [`tiers[tier-${i}]`]]),
      ['reword-again', []],
      ['refused', []],
    ]);
    expect(report[9]).toMatchObject({ status: 'found' });
  });

  it('should find a kept quote whatever the white space, quote marks and markup, also after a redirect, saying where', () => {
    expect(report[0]).toMatchObject({ status: 'found', reason: 'quote found' });
    expect(report[0]!.readFrom).toBeUndefined();
    expect(report[3]).toMatchObject({
      status: 'found',
      reason: `quote found at ${SITE}/keep`,
      readFrom: `${SITE}/keep`,
    });
  });

  it('should call a quote changed only when the page answered without it', () => {
    for (const i of [1, 2]) {
      expect(report[i]).toMatchObject({
        status: 'changed',
        reason: 'the page answered, but the quote is not on it',
      });
    }
  });

  it('should call a page unreachable, never changed, on an HTTP error, a timeout or a body too large', () => {
    // The 20 MB pages are read to 5 MB; the quote, further on, is not looked for there.
    const cut =
      'the page is larger than 5000000 bytes and was read that far: the quote is not in that part';
    expect(report.slice(4, 9).map((c) => [c.status, c.reason])).toEqual([
      ['unreachable', 'HTTP 404'],
      ['unreachable', 'HTTP 500'],
      ['unreachable', 'timed out after 3 s'],
      ['unreachable', cut],
      ['unreachable', cut],
    ]);
    expect(report[10]).toMatchObject({
      status: 'unreachable',
      reason: 'network error (ECONNREFUSED)',
    });
  });

  it('should fetch each page once, even when two sources quote it', () => {
    expect(requests.filter((url) => url === '/reword')).toHaveLength(1);
    expect(requests.filter((url) => url === '/broken')).toHaveLength(1);
  });
});

/**
 * A fake web: `pages` by URL (anything else answers 404), each request recorded. Like the real
 * fetch, it follows redirects itself unless asked for `redirect: 'manual'`.
 */
function fakeWeb(
  pages: Record<string, () => Response>,
  addresses: Record<string, readonly string[]> = {},
) {
  const requested: string[] = [];
  /** A resolver: `addresses` by host name, else one public (documentation) address. */
  const lookup = async (hostname: string) => addresses[hostname] ?? ['192.0.2.1'];
  const get = async (
    url: string,
    init: RequestInit | undefined,
    hops: number,
  ): Promise<Response> => {
    requested.push(url);
    const response = (pages[url] ?? (() => new Response('Not found', { status: 404 })))();
    const location = response.headers.get('location');
    if (init?.redirect === 'manual' || !location || hops === 20) return response;
    return get(new URL(location, url).href, init, hops + 1);
  };
  const fakeFetch = ((input: string | URL | Request, init?: RequestInit) =>
    get(String(input), init, 0)) as typeof fetch;
  return { fetch: fakeFetch, lookup, requested };
}

const page = (html: string) => () =>
  new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
const redirect =
  (location: string, status = 301) =>
  () =>
    new Response(null, { status, headers: { location } });

/** A fictional record quoting QUOTE from each URL, cited by one tier each. */
function quoting(urls: Record<string, string>): ToolRecord {
  const ids = Object.keys(urls);
  return {
    ...record([]),
    tiers: ids.map((id) => ({
      id,
      label: id,
      kind: 'plan',
      verdict: 'no-training',
      detail: 'Not used.',
      sources: [id],
    })),
    sources: ids.map((id) => ({ id, url: urls[id]!, quote: QUOTE })),
  } as ToolRecord;
}

describe('check-sources on hostile pages', () => {
  /** `comparableText` in a worker thread: if it never returned, this test would fail at its timeout. */
  function comparableTextInWorker(text: string): Promise<string> {
    const worker = new Worker(new URL('./support/run-in-worker.mjs', import.meta.url), {
      workerData: {
        module: new URL('../src/node/check-sources.ts', import.meta.url).href,
        name: 'comparableText',
        args: [text],
      },
    });
    onTestFinished(async () => {
      await worker.terminate();
    });
    return new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  }

  // The text of every page goes through comparableText. Each page is 5 MB of markup that never
  // closes, after the quote; the quote is what a reader sees, and all of it.
  it.each([
    ['unclosed tags', '<a'.repeat(2_500_000)],
    ['unclosed tags with attributes', '<div '.repeat(1_000_000)],
    ['comments that never end', '<!--'.repeat(1_250_000)],
    ['script tags that never close', '<script'.repeat(715_000)],
    ['script elements that never end', '<script>'.repeat(625_000)],
    ['style elements that never end', '<style>x'.repeat(625_000)],
  ])(
    'should read a page of 5 MB of %s in linear time',
    async (_, hostile) => {
      const text = await comparableTextInWorker(`<p>${QUOTE}</p>${hostile}`);
      expect(text).toBe(`We don't use your "Inputs" to train our models.`);
    },
    // About a second alone; the limit leaves room for a machine busy with other suites. The
    // quadratic reading this replaced took hours on each of these pages.
    30_000,
  );

  it('should not follow a redirect to another site, to http, to a local address or off the web, and say where it leads', async () => {
    // Each target serves the quote: following it would call the quote found.
    const targets = [
      'https://evil.example/terms',
      'https://www.vendor.example.evil.example/terms',
      'http://www.vendor.example/terms',
      'https://127.0.0.1/terms',
      'https://localhost/terms',
      'https://10.0.0.7/terms',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]/terms',
      'file:///etc/passwd',
    ];
    const pages: Record<string, () => Response> = {};
    const urls: Record<string, string> = {};
    targets.forEach((target, i) => {
      pages[`https://www.vendor.example/moved-${i}`] = redirect(target, i % 2 ? 302 : 301);
      pages[target] = page(`<p>${QUOTE}</p>`);
      urls[`moved-${i}`] = `https://www.vendor.example/moved-${i}`;
    });
    // A site on a shared hosting suffix: its neighbour is another site.
    pages['https://vendor.pages.dev/terms'] = redirect('https://evil.pages.dev/terms');
    pages['https://evil.pages.dev/terms'] = page(`<p>${QUOTE}</p>`);
    urls.neighbour = 'https://vendor.pages.dev/terms';
    const web = fakeWeb(pages);

    const report = await checkSources([quoting(urls)], { fetch: web.fetch, lookup: web.lookup });
    expect(report.map((c) => [c.status, c.redirectTo, c.reason])).toEqual([
      ['redirected', targets[0], `redirects to another site: ${targets[0]}`],
      ['redirected', targets[1], `redirects to another site: ${targets[1]}`],
      ['redirected', targets[2], `redirects to a page that is not https: ${targets[2]}`],
      [
        'redirected',
        targets[3],
        `redirects to a loopback, private or link-local address: ${targets[3]}`,
      ],
      ['redirected', targets[4], `redirects to a local host name: ${targets[4]}`],
      [
        'redirected',
        targets[5],
        `redirects to a loopback, private or link-local address: ${targets[5]}`,
      ],
      [
        'redirected',
        targets[6],
        `redirects to a loopback, private or link-local address: ${targets[6]}`,
      ],
      [
        'redirected',
        targets[7],
        `redirects to a loopback, private or link-local address: ${targets[7]}`,
      ],
      ['redirected', targets[8], `redirects to a page that is not https: ${targets[8]}`],
      [
        'redirected',
        'https://evil.pages.dev/terms',
        'redirects to another site: https://evil.pages.dev/terms',
      ],
    ]);
    // Nothing but the record's own pages was asked for.
    expect(web.requested).toEqual(Object.values(urls));
  });

  it('should follow https redirects within the site, and say where the quote was found', async () => {
    const web = fakeWeb({
      'https://vendor.example/privacy': redirect('https://www.vendor.example/privacy', 308),
      'https://www.vendor.example/privacy': redirect('/legal/privacy', 302),
      'https://www.vendor.example/legal/privacy': redirect('https://help.vendor.example/p/1', 307),
      'https://help.vendor.example/p/1': page(`<main><p>${QUOTE}</p></main>`),
      'https://www.vendor.example/terms': redirect('https://help.vendor.example/terms'),
      'https://help.vendor.example/terms': page('<p>This page was reorganised.</p>'),
    });
    const report = await checkSources(
      [
        quoting({
          privacy: 'https://vendor.example/privacy',
          terms: 'https://www.vendor.example/terms',
        }),
      ],
      { fetch: web.fetch, lookup: web.lookup },
    );
    expect(report.map((c) => [c.status, c.readFrom, c.reason])).toEqual([
      [
        'found',
        'https://help.vendor.example/p/1',
        'quote found at https://help.vendor.example/p/1',
      ],
      [
        'changed',
        'https://help.vendor.example/terms',
        'the page answered, but the quote is not on it (read at https://help.vendor.example/terms)',
      ],
    ]);
  });

  it('should give up after five redirects, and say where the next one leads', async () => {
    const pages: Record<string, () => Response> = {};
    for (let i = 0; i < 10; i++)
      pages[`https://www.vendor.example/hop/${i}`] = redirect(`/hop/${i + 1}`);
    const web = fakeWeb(pages);
    const report = await checkSources([quoting({ hops: 'https://www.vendor.example/hop/0' })], {
      fetch: web.fetch,
      lookup: web.lookup,
    });
    expect(report.map((c) => [c.status, c.redirectTo, c.reason])).toEqual([
      [
        'redirected',
        'https://www.vendor.example/hop/6',
        'redirects more than 5 times; the next would be: https://www.vendor.example/hop/6',
      ],
    ]);
    expect(web.requested).toHaveLength(6);
  });

  it('should not fetch a record URL at a loopback, private or link-local address, or a local host name', async () => {
    const urls = {
      loopback: 'https://127.0.0.1/terms',
      decimal: 'https://2130706433/terms',
      private10: 'https://10.1.2.3/terms',
      private172: 'https://172.16.0.1/terms',
      private192: 'https://192.168.1.1/terms',
      linkLocal: 'https://169.254.169.254/latest/meta-data/',
      any: 'https://0.0.0.0/terms',
      v6loopback: 'https://[::1]/terms',
      v6mapped: 'https://[::ffff:127.0.0.1]/terms',
      v6unique: 'https://[fd12:3456::1]/terms',
      v6linkLocal: 'https://[fe80::1]/terms',
      localhost: 'https://localhost/terms',
      subLocalhost: 'https://app.localhost./terms',
      plainHttp: 'http://www.vendor.example/terms',
    };
    const web = fakeWeb({});
    const report = await checkSources([quoting(urls)], { fetch: web.fetch, lookup: web.lookup });
    const address = 'not fetched: the address is a loopback, private or link-local address';
    expect(report.map((c) => [c.source, c.status, c.reason])).toEqual([
      ['loopback', 'unreachable', address],
      ['decimal', 'unreachable', address],
      ['private10', 'unreachable', address],
      ['private172', 'unreachable', address],
      ['private192', 'unreachable', address],
      ['linkLocal', 'unreachable', address],
      ['any', 'unreachable', address],
      ['v6loopback', 'unreachable', address],
      ['v6mapped', 'unreachable', address],
      ['v6unique', 'unreachable', address],
      ['v6linkLocal', 'unreachable', address],
      ['localhost', 'unreachable', 'not fetched: the address is a local host name'],
      ['subLocalhost', 'unreachable', 'not fetched: the address is a local host name'],
      ['plainHttp', 'unreachable', 'not fetched: the address is not https'],
    ]);
    expect(web.requested).toEqual([]);
  });

  it('should not fetch from, or follow a redirect to, a host name that resolves to a local address', async () => {
    const web = fakeWeb(
      {
        'https://www.vendor.example/moved': redirect('https://intranet.vendor.example/terms'),
        'https://intranet.vendor.example/terms': page(`<p>${QUOTE}</p>`),
        'https://wiki.vendor.example/terms': page(`<p>${QUOTE}</p>`),
      },
      {
        'intranet.vendor.example': ['203.0.113.9', '127.0.0.1'],
        'wiki.vendor.example': ['10.0.0.5'],
      },
    );
    const report = await checkSources(
      [
        quoting({
          moved: 'https://www.vendor.example/moved',
          intranet: 'https://wiki.vendor.example/terms',
        }),
      ],
      { fetch: web.fetch, lookup: web.lookup },
    );
    const resolves = 'a host name that resolves to a loopback, private or link-local address';
    expect(report.map((c) => [c.source, c.status, c.reason])).toEqual([
      [
        'moved',
        'redirected',
        `redirects to ${resolves} (127.0.0.1): https://intranet.vendor.example/terms`,
      ],
      ['intranet', 'unreachable', `not fetched: the address is ${resolves} (10.0.0.5)`],
    ]);
    expect(web.requested).toEqual(['https://www.vendor.example/moved']);
  });

  it("should give up on a resolver that never answers within the page's time", async () => {
    const web = fakeWeb({ 'https://www.vendor.example/terms': page(`<p>${QUOTE}</p>`) });
    const report = await checkSources([quoting({ slow: 'https://www.vendor.example/terms' })], {
      fetch: web.fetch,
      lookup: () => new Promise(() => undefined),
      timeoutMs: 200,
    });
    expect(report.map((c) => [c.status, c.reason])).toEqual([
      ['unreachable', 'timed out after 0.2 s'],
    ]);
    expect(web.requested).toEqual([]);
  });

  it('should read a body only up to the byte cap, and say the page was cut', async () => {
    // 20 chunks of 64 kB, made as they are read: the quote, then other words in the last one.
    let made = 0;
    const long = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (made === 20) return controller.close();
            made++;
            const words = made === 20 ? 'The last words.' : QUOTE;
            const chunk = `<p>${words}</p>`.padEnd(64 * 1024, ' ');
            controller.enqueue(new TextEncoder().encode(chunk));
          },
        }),
      );
    const web = fakeWeb({ 'https://www.vendor.example/long': long });
    const report = await checkSources(
      [
        {
          ...quoting({ long: 'https://www.vendor.example/long' }),
          sources: [
            { id: 'long', url: 'https://www.vendor.example/long', quote: QUOTE },
            // Only in the part that was not read.
            { id: 'tail', url: 'https://www.vendor.example/long', quote: 'The last words.' },
          ],
        } as ToolRecord,
      ],
      { fetch: web.fetch, lookup: web.lookup, maxBytes: 100_000 },
    );
    expect(report.map((c) => [c.status, c.cutAt, c.reason])).toEqual([
      [
        'found',
        100_000,
        'quote found (the page is larger than 100000 bytes and was read that far)',
      ],
      [
        'unreachable',
        100_000,
        'the page is larger than 100000 bytes and was read that far: the quote is not in that part',
      ],
    ]);
    // Reading stopped at the cap: the rest of the page was never made.
    expect(made).toBeLessThan(20);
  });
});

describe('the weekly issue', () => {
  it('should list what needs a maintainer, changed quotes first, then redirects, with the claims and the page', () => {
    const row = { tool: 'probe-writer', url: 'https://example.com/a|b', claims: ['tiers[free]'] };
    const text = reportMarkdown([
      { ...row, source: 'kept', status: 'found', reason: 'quote found' },
      {
        ...row,
        source: 'gone',
        status: 'changed',
        reason: 'the page answered, but the quote is not on it',
      },
      { ...row, source: 'down', status: 'unreachable', reason: 'HTTP 500', claims: [] },
      {
        ...row,
        source: 'moved',
        status: 'redirected',
        reason: 'redirects to another site: https://elsewhere.example/',
        redirectTo: 'https://elsewhere.example/',
      },
    ]);
    expect(text).toBe(
      [
        '# Weekly source check',
        '',
        '4 quoted source(s): 1 found, 1 changed, 1 unreachable, 1 redirected.',
        '',
        '## Quote no longer on the page (1)',
        '',
        "The page answered, but the quote is gone: re-verify the claims, then set the source's `status` or update its quote.",
        '',
        '| Tool | Source | Claims | Why | Page |',
        '| --- | --- | --- | --- | --- |',
        '| probe-writer | gone | tiers\\[free\\] | the page answered, but the quote is not on it | <https://example.com/a%7Cb> |',
        '',
        '## Redirected elsewhere (1)',
        '',
        "The page redirects to another site, to http or to a local address, which the check does not follow, so the quote was not looked for. Open the target: if the vendor moved the page there, update the source's `url` and re-verify its quote.",
        '',
        '| Tool | Source | Claims | Why | Page |',
        '| --- | --- | --- | --- | --- |',
        '| probe-writer | moved | tiers\\[free\\] | redirects to another site: https\\://elsewhere.example/ | <https://example.com/a%7Cb> |',
        '',
        '## Could not be read (1)',
        '',
        'Not counted as changed: check again, or read the page another way.',
        '',
        '| Tool | Source | Claims | Why | Page |',
        '| --- | --- | --- | --- | --- |',
        '| probe-writer | down | - | HTTP 500 | <https://example.com/a%7Cb> |',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('the weekly issue, given hostile record text', () => {
  it('should show it as text in its own cell, and link only the page, with a target that cannot break out', () => {
    const text = reportMarkdown([
      {
        tool: 'x](https://evil)<img src=x onerror=alert(1)>',
        source: 'a | b\n## heading',
        url: 'https://example.com/a b)"<script>`|\'(x',
        claims: ['tiers[free]', '*x*'],
        status: 'changed',
        reason: '<b>bold</b> `code` &amp;',
      },
    ]);
    const seen = rendered(text);
    expect(seen.html).toEqual([]);
    expect(seen.images).toEqual([]);
    expect(seen.links).toEqual(['https://example.com/a%20b%29%22%3Cscript%3E%60%7C%27%28x']);
    expect(seen.rows).toEqual([
      ['Tool', 'Source', 'Claims', 'Why', 'Page'],
      [
        'x](https://evil)<img src=x onerror=alert(1)>',
        'a | b ## heading',
        'tiers[free], *x*',
        '<b>bold</b> `code` &amp;',
        // The link's text, as the renderer shows an address.
        'https://example.com/a b)"<script>`|\'(x',
      ],
    ]);
  });
});

describe('comparableText', () => {
  it('should ignore white space, quote marks, dashes, tags, entities and markdown emphasis', () => {
    expect(comparableText('<p>It’s  **“on”**\n by&#160;default &mdash; always</p>')).toBe(
      `It's "on" by default - always`,
    );
    // Every HTML entity, named or numeric; markup written as text stays text.
    expect(comparableText('caf&eacute; &hellip; &#x27;x&#x27; &lt;b&gt;')).toBe("café … 'x' <b>");
  });
});

describe('markQuotesGone (check-sources --write)', () => {
  const minimal = readFileSync(join(fixturesDir, 'valid', 'minimal.yaml'), 'utf8');
  const statusOf = (text: string) =>
    validateRecordSources([{ file: 'records/minimal.yaml', text }], { staleness: false }).tools[0]
      ?.sources[0]?.status;

  it('should mark the source, so the card shows it as needing re-verification, and change nothing else', () => {
    const marked = markQuotesGone(minimal, ['terms']);
    expect(statusOf(minimal)).toBeUndefined();
    expect(statusOf(marked)).toBe('quote-not-found');
    // One line added, under the source's id and indented like its other keys.
    const before = minimal.split('\n');
    const after = marked.split('\n');
    const i = before.findIndex((l) => l.includes('- id: terms'));
    expect(after).toEqual([
      ...before.slice(0, i + 1),
      '    status: quote-not-found',
      ...before.slice(i + 1),
    ]);
  });

  it('should replace a status already there, and leave other sources and files alone', () => {
    const unreachable = markQuotesGone(minimal, ['terms']).replace(
      'status: quote-not-found',
      'status: unreachable # last week',
    );
    const again = markQuotesGone(unreachable, ['terms']);
    expect(again).toBe(unreachable.replace('status: unreachable', 'status: quote-not-found'));
    expect(markQuotesGone(minimal, ['some-other-source'])).toBe(minimal);
  });
});

describe('markQuotesGone on files not written in the usual block style', () => {
  const parsed = (text: string) => parse(text) as { sources: { id: string; status?: string }[] };

  it('should keep CRLF line endings', () => {
    const crlf = readFileSync(join(fixturesDir, 'valid', 'minimal.yaml'), 'utf8').replace(
      /\n/g,
      '\r\n',
    );
    const marked = markQuotesGone(crlf, ['terms']);
    expect(marked.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parsed(marked).sources[0]!.status).toBe('quote-not-found');
  });

  it('should still give valid YAML with the status set for flow-style sources', () => {
    for (const text of [
      'kind: tool\nsources:\n  - {id: a, url: "https://a.example/"}\n  - {id: b}\n',
      'kind: tool\nsources: [{id: a, url: "https://a.example/"}, {id: b}]\n',
    ]) {
      const marked = markQuotesGone(text, ['a']);
      expect(parsed(marked).sources).toEqual([
        { id: 'a', url: 'https://a.example/', status: 'quote-not-found' },
        { id: 'b' },
      ]);
    }
  });
});
