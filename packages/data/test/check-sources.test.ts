/**
 * The source check against a local fixture server: pages that keep, reword and drop a quote, that
 * time out, redirect, and answer 404, 500 and a 20 MB body. It must never hang, and never call a
 * quote changed when the page could not be read. And `--write` marks a gone quote in its record file.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      ...paths.map((path, i) => ({ id: `page-${i}`, url: `${origin}${path}`, quote: QUOTE })),
      // A second quote from one page, cited by no claim; and a source with no quote to look for.
      { id: 'reword-again', url: `${origin}/reword`, quote: 'We may use your “Inputs”' },
      { id: 'unquoted', url: `${origin}/broken` },
      // A port nothing listens on any more: the connection is refused.
      { id: 'refused', url: `http://127.0.0.1:${closedPort}/terms`, quote: QUOTE },
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
    report = await checkSources([record(paths)], { timeoutMs: 3000, maxBytes: 5_000_000 });
  }, 15_000);

  it('should report every quoted source once, with the claims that cite it', () => {
    expect(report.map((c) => [c.source, c.claims])).toEqual([
      ...paths.map((_, i) => [`page-${i}`, [`tiers[tier-${i}]`]]),
      ['reword-again', []],
      ['refused', []],
    ]);
    expect(report[9]).toMatchObject({ status: 'found' });
  });

  it('should find a kept quote whatever the white space, quote marks and markup, also after a redirect', () => {
    expect(report[0]).toMatchObject({ status: 'found', reason: 'quote found' });
    expect(report[3]).toMatchObject({ status: 'found' });
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
    expect(report.slice(4, 9).map((c) => [c.status, c.reason])).toEqual([
      ['unreachable', 'HTTP 404'],
      ['unreachable', 'HTTP 500'],
      ['unreachable', 'timed out after 3 s'],
      ['unreachable', 'body larger than 5000000 bytes'],
      ['unreachable', 'body larger than 5000000 bytes'],
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

describe('the weekly issue', () => {
  it('should list what needs a maintainer, changed quotes first, with the claims and the page', () => {
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
    ]);
    expect(text).toBe(
      [
        '# Weekly source check',
        '',
        '3 quoted source(s): 1 found, 1 changed, 1 unreachable.',
        '',
        '## Quote no longer on the page (1)',
        '',
        "The page answered, but the quote is gone: re-verify the claims, then set the source's `status` or update its quote.",
        '',
        '| Tool | Source | Claims | Why | Page |',
        '| --- | --- | --- | --- | --- |',
        '| probe-writer | gone | tiers\\[free\\] | the page answered, but the quote is not on it | <https://example.com/a%7Cb> |',
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
