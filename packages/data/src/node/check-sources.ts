/**
 * The weekly source check: fetch every quoted source and look for its quote. A quote that has
 * vanished from a page that answered is `changed` (the claims it backs need re-verification); a
 * page that could not be read is `unreachable`, and never counts as changed: a network error says
 * nothing about what the vendor wrote. A page that redirects off its site, to http or to a local
 * address is `redirected`: the check does not follow it, and says where it leads.
 *
 * Everything a page can make the check do is bounded: one timeout covers every request and body of
 * a page, a body is read up to a byte cap, redirects are followed a few times within the site, and
 * reading the text is linear in the bytes read.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Tokenizer } from 'htmlparser2';
import { getDomain } from 'tldts';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { markdownText, markdownUrl } from '../output.js';
import type { Source, ToolRecord } from '../schema.js';

export type SourceCheckStatus = 'found' | 'changed' | 'unreachable' | 'redirected';

/** One quoted source of one record, and what the check found. */
export interface SourceCheck {
  readonly tool: string;
  readonly source: string;
  readonly url: string;
  /** The claims resting on it, as field paths: `tiers[api]`, `optOut.methods[0]`, ... */
  readonly claims: readonly string[];
  readonly status: SourceCheckStatus;
  /**
   * Why, in words: "quote found", "HTTP 404", "timed out after 15 s", "redirects to another site:
   * https://…", ...; it names the page read when that is not `url`, and says when a page was cut.
   */
  readonly reason: string;
  /** The page the text was read from, when redirects within the site led there from `url`. */
  readonly readFrom?: string;
  /** For `redirected`: where the redirect the check did not follow leads. */
  readonly redirectTo?: string;
  /** When the page was larger than the byte cap: the bytes read (the rest was not). */
  readonly cutAt?: number;
}

export interface CheckOptions {
  /** Per page, including its redirects and reading the body. Default 15 s. */
  readonly timeoutMs?: number;
  /**
   * A body is read this far and no further; the quote is looked for in that part, and the report
   * says the page was cut. Default 5 MB.
   */
  readonly maxBytes?: number;
  /** Requests in flight at once. Default 4. */
  readonly concurrency?: number;
  /** The fetch to use (tests pass one that counts requests). Default: the global fetch. */
  readonly fetch?: typeof fetch;
  /**
   * The addresses a host name resolves to, looked at before each request (tests pass a fake one).
   * Default: the system resolver (`dns.lookup`, every address).
   */
  readonly lookup?: (hostname: string) => Promise<readonly string[]>;
}

const systemLookup = async (hostname: string): Promise<readonly string[]> =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** Elements whose content no reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript']);

/**
 * The text of HTML (or of Markdown, which the same reading leaves as it is): each tag, comment or
 * declaration becomes a space, the content of scripts, styles and noscript goes, entities are
 * decoded (`&lt;b&gt;` stays text). Read by htmlparser2's tokenizer, one pass in the length of the
 * text whatever the markup: unclosed tags, comments or scripts cost no more than text. Its Parser
 * is not used: it keeps a stack of open elements that makes 5 MB of unclosed `<div>` quadratic,
 * and the text needs no tree.
 */
function readerText(html: string): string {
  const out: string[] = [];
  // The hidden element being skipped, until its end tag.
  let hidden: string | undefined;
  const gap = () => {
    out.push(' ');
  };
  const none = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => {
        if (!hidden) out.push(html.slice(start, end));
      },
      ontextentity: (codePoint) => {
        if (!hidden) out.push(String.fromCodePoint(codePoint));
      },
      onopentagname: (start, end) => {
        gap();
        const name = html.slice(start, end).toLowerCase();
        if (!hidden && HIDDEN.has(name)) hidden = name;
      },
      onclosetag: (start, end) => {
        gap();
        if (hidden === html.slice(start, end).toLowerCase()) hidden = undefined;
      },
      oncomment: gap,
      oncdata: gap,
      ondeclaration: gap,
      onprocessinginstruction: gap,
      onattribdata: none,
      onattribentity: none,
      onattribend: none,
      onattribname: none,
      onopentagend: none,
      onselfclosingtag: none,
      onend: none,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return out.join('');
}

/**
 * Text as a reader sees it, for comparison: tags, scripts and styles removed, entities decoded
 * (every HTML entity, by `entities` through htmlparser2's tokenizer, as cheerio reads a page),
 * curly quote marks and dashes made plain, white space collapsed. Markdown emphasis is dropped so a
 * quote read in a repository file is found in the rendered page and back. Linear in the length of
 * `text`.
 */
export function comparableText(text: string): string {
  return (
    readerText(text)
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\*\*|__/g, '')
      // Invisible joiners some pages put inside words (U+2060 in link text, a BOM): no reader sees them.
      .replace(/\u200c|\u200d|\u2060|\ufeff/g, '')
      .replace(/[\s\u00a0\u202f\u200b]+/g, ' ')
      .trim()
  );
}

/** The claims of a record that cite `source`, as field paths (for the report). */
export function claimsCiting(record: ToolRecord, source: string): string[] {
  const cites = (sources: readonly string[] | undefined) => sources?.includes(source) ?? false;
  const claims: string[] = [];
  for (const tier of record.tiers) if (cites(tier.sources)) claims.push(`tiers[${tier.id}]`);
  record.optOut?.methods?.forEach(
    (m, i) => cites(m.sources) && claims.push(`optOut.methods[${i}]`),
  );
  if (cites(record.optOut?.sources)) claims.push('optOut');
  const handling = record.dataHandling;
  handling?.retention?.forEach(
    (r, i) => cites(r.sources) && claims.push(`dataHandling.retention[${i}]`),
  );
  if (cites(handling?.zdr?.sources)) claims.push('dataHandling.zdr');
  if (cites(handling?.dpa?.sources)) claims.push('dataHandling.dpa');
  if (cites(handling?.sources)) claims.push('dataHandling');
  record.history?.forEach(
    (h, i) => 'sources' in h && cites(h.sources) && claims.push(`history[${i}]`),
  );
  return claims;
}

/** How many redirects of one page the check follows, each within the record URL's site. */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Addresses no source page is at: loopback, private (RFC 1918, unique local IPv6), link-local
 * (where cloud metadata services answer), "this network" and shared (carrier-grade NAT) space.
 * `check` also matches an IPv4 address written as IPv4-mapped IPv6 (`[::ffff:127.0.0.1]`).
 */
const LOCAL_ADDRESSES = new BlockList();
for (const [network, prefix, type] of [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
] as const)
  LOCAL_ADDRESSES.addSubnet(network, prefix, type);

/** Names only a local network resolves: special-use (RFC 6761, 6762, 8375) and private-use `.internal`. */
const LOCAL_NAMES = /(^|\.)(localhost|localdomain|local|internal|home\.arpa)$/;

/** Why the check fetches nothing from `url`'s host (a local address or name), else undefined. */
function localHost(url: URL): string | undefined {
  // URL has already written every IPv4 form (`2130706433`, `0x7f.1`) as four decimal numbers.
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  const ip = isIP(host);
  if (ip)
    return LOCAL_ADDRESSES.check(host, ip === 4 ? 'ipv4' : 'ipv6')
      ? 'a loopback, private or link-local address'
      : undefined;
  // A name of one label is looked up in the local network's search domains.
  return LOCAL_NAMES.test(host) || !host.includes('.') ? 'a local host name' : undefined;
}

/**
 * Why the check fetches nothing from `url`'s host because of where its name leads: a name that
 * resolves to a loopback, private or link-local address (an intranet page, a cloud's metadata
 * service). A name that does not resolve is left to fetch, which reports it. The connection
 * resolves the name again, so a name that changes its answer in between is not caught: this stops
 * a record (or a redirect) naming an internal host, not a resolver set on deceiving us.
 */
async function resolvesLocally(
  url: URL,
  lookup: (hostname: string) => Promise<readonly string[]>,
): Promise<string | undefined> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return undefined; // an address: localHost() has judged it
  const addresses = await lookup(host).catch(() => [] as readonly string[]);
  const local = addresses.find((address) => {
    const ip = isIP(address);
    return ip !== 0 && LOCAL_ADDRESSES.check(address, ip === 4 ? 'ipv4' : 'ipv6');
  });
  return (
    local && `a host name that resolves to a loopback, private or link-local address (${local})`
  );
}

/**
 * A page's site: its registrable domain (`help.openai.com` → `openai.com`), by the Public Suffix
 * List through tldts, private section included. The list is what makes neighbours on a shared
 * host other sites (`vendor.pages.dev` and `evil.pages.dev`: records cite pages on such hosts)
 * and `*.co.uk` more than one site; "the last two labels" would get both wrong. An address is its
 * own site.
 */
const site = (url: URL) => getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname;

/** Why a redirect from the record's page to `target` is not followed, else undefined. */
function offSite(page: URL, target: URL): string | undefined {
  if (target.protocol !== 'https:' && target.protocol !== 'http:')
    return 'a page that is not https';
  const local = localHost(target);
  if (local) return local;
  if (target.protocol !== 'https:') return 'a page that is not https';
  return site(target) === site(page) ? undefined : 'another site';
}

/** A URL for a report line: printable ASCII, a readable length. */
const shown = (url: string) => {
  const printable = url.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  return printable.length > 300 ? `${printable.slice(0, 299)}…` : printable;
};

type Page =
  | { kind: 'read'; text: string; readFrom?: string; cutAt?: number }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'redirected'; reason: string; to: string };

/**
 * Fetches a page's text within the time and size limits, following redirects within its site;
 * never throws. One timeout covers every request and body of the page.
 */
async function readPage(url: string, options: Required<CheckOptions>): Promise<Page> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { kind: 'unreachable', reason: 'not fetched: the address is not a URL' };
  }
  const refused = current.protocol === 'https:' ? localHost(current) : 'not https';
  if (refused) return { kind: 'unreachable', reason: `not fetched: the address is ${refused}` };
  const first = current;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  /** `resolvesLocally` within the page's time: a resolver that never answers is a timeout. */
  const local = (url: URL) =>
    Promise.race([
      resolvesLocally(url, options.lookup),
      new Promise<never>((_, reject) =>
        controller.signal.addEventListener('abort', () => reject(new Error('timed out'))),
      ),
    ]);
  try {
    const named = await local(first);
    if (named) return { kind: 'unreachable', reason: `not fetched: the address is ${named}` };
    for (let redirects = 0; ; redirects++) {
      const response = await options.fetch(current.href, {
        signal: controller.signal,
        // Followed here, not by fetch, so that each target is looked at before it is asked for.
        redirect: 'manual',
        headers: { accept: 'text/html, text/plain, text/markdown, */*;q=0.5' },
      });
      const location = REDIRECT_STATUSES.has(response.status)
        ? response.headers.get('location')
        : null;
      if (location !== null) {
        await response.body?.cancel().catch(() => {});
        let target: URL;
        try {
          target = new URL(location, current);
        } catch {
          const to = shown(location);
          return {
            kind: 'redirected',
            to,
            reason: `redirects to a location that is not a URL: ${to}`,
          };
        }
        const away = offSite(first, target) ?? (await local(target));
        const why = away
          ? `redirects to ${away}`
          : redirects === MAX_REDIRECTS
            ? `redirects more than ${MAX_REDIRECTS} times; the next would be`
            : undefined;
        if (why)
          return { kind: 'redirected', to: target.href, reason: `${why}: ${shown(target.href)}` };
        current = target;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return { kind: 'unreachable', reason: `HTTP ${response.status}` };
      }
      return {
        kind: 'read',
        ...(await readBody(response, options.maxBytes)),
        ...(current.href !== first.href && { readFrom: current.href }),
      };
    }
  } catch (error) {
    if (controller.signal.aborted)
      return { kind: 'unreachable', reason: `timed out after ${options.timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return {
      kind: 'unreachable',
      reason: `network error (${cause ?? (error instanceof Error ? error.message : String(error))})`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** A response body as text, read up to `maxBytes` and no further (`cutAt` says when it was cut). */
async function readBody(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; cutAt?: number }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '' };
  const chunks: Uint8Array[] = [];
  const text = () => new TextDecoder().decode(Buffer.concat(chunks));
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text() };
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      await reader.cancel().catch(() => {});
      return { text: text(), cutAt: maxBytes };
    }
    size += value.byteLength;
    chunks.push(value);
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of `items`. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

/**
 * Checks every source of `records` that has both a URL and a quote. Each page is fetched once,
 * however many sources quote it; the report has one row per quoted source, in record order.
 */
export async function checkSources(
  records: readonly ToolRecord[],
  options: CheckOptions = {},
): Promise<SourceCheck[]> {
  const settings: Required<CheckOptions> = {
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? 5_000_000,
    concurrency: options.concurrency ?? 4,
    fetch: options.fetch ?? fetch,
    lookup: options.lookup ?? systemLookup,
  };
  const quoted: Array<{ record: ToolRecord; source: Source & { url: string; quote: string } }> = [];
  for (const record of records)
    for (const source of record.sources)
      if (source.url && source.quote)
        quoted.push({ record, source: source as Source & { url: string; quote: string } });

  // Each page is fetched once, however many sources quote it, and its text is searched for each
  // of their quotes as soon as it is read: only the answers are kept, not the page.
  const quotesOf = new Map<string, string[]>();
  for (const { source } of quoted) {
    const quotes = quotesOf.get(source.url) ?? [];
    quotesOf.set(source.url, quotes);
    quotes.push(source.quote);
  }
  type Read = Omit<Extract<Page, { kind: 'read' }>, 'text'> & { found: Set<string> };
  const pages = new Map<string, Read | Exclude<Page, { kind: 'read' }>>();
  await pool([...quotesOf], settings.concurrency, async ([url, quotes]) => {
    const page = await readPage(url, settings);
    if (page.kind !== 'read') {
      pages.set(url, page);
      return;
    }
    const { text, ...read } = page;
    const comparable = comparableText(text);
    const found = new Set(quotes.filter((quote) => comparable.includes(comparableText(quote))));
    pages.set(url, { ...read, found });
  });

  return quoted.map(({ record, source }): SourceCheck => {
    const page = pages.get(source.url)!;
    const base = {
      tool: record.id,
      source: source.id,
      url: source.url,
      claims: claimsCiting(record, source.id),
    };
    if (page.kind === 'unreachable') return { ...base, status: 'unreachable', reason: page.reason };
    if (page.kind === 'redirected')
      return { ...base, status: 'redirected', reason: page.reason, redirectTo: page.to };
    const read = {
      ...base,
      ...(page.readFrom && { readFrom: page.readFrom }),
      ...(page.cutAt && { cutAt: page.cutAt }),
    };
    const at = page.readFrom ? ` (read at ${shown(page.readFrom)})` : '';
    const cut = `the page is larger than ${page.cutAt} bytes and was read that far`;
    if (page.found.has(source.quote)) {
      const where = page.readFrom ? ` at ${shown(page.readFrom)}` : '';
      return {
        ...read,
        status: 'found',
        reason: `quote found${where}${page.cutAt ? ` (${cut})` : ''}`,
      };
    }
    // Not in the part read of a page that was cut: the rest was not looked at, so not changed.
    if (page.cutAt)
      return {
        ...read,
        status: 'unreachable',
        reason: `${cut}: the quote is not in that part${at}`,
      };
    return {
      ...read,
      status: 'changed',
      reason: `the page answered, but the quote is not on it${at}`,
    };
  });
}

/** Table cells hold record text: one line of text each, never markup (`markdownText`). */
const cell = markdownText;
/** The page: a link whose target cannot leave the cell, else its address as text. */
const page = (url: string) => {
  const target = markdownUrl(url);
  return target ? `<${target}>` : cell(url);
};

/** The weekly issue's body: what needs a maintainer first, then the counts. */
export function reportMarkdown(report: readonly SourceCheck[]): string {
  const count = (status: SourceCheck['status']) => report.filter((c) => c.status === status).length;
  const table = (status: SourceCheck['status'], heading: string, why: string) => {
    const rows = report.filter((c) => c.status === status);
    if (rows.length === 0) return '';
    return [
      `## ${heading} (${rows.length})`,
      '',
      why,
      '',
      '| Tool | Source | Claims | Why | Page |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        (c) =>
          `| ${cell(c.tool)} | ${cell(c.source)} | ${c.claims.length ? cell(c.claims.join(', ')) : '-'} | ${cell(c.reason)} | ${page(c.url)} |`,
      ),
      '',
      '',
    ].join('\n');
  };
  return (
    [
      '# Weekly source check',
      '',
      `${report.length} quoted source(s): ${count('found')} found, ${count('changed')} changed, ${count('unreachable')} unreachable, ${count('redirected')} redirected.`,
      '',
      '',
    ].join('\n') +
    table(
      'changed',
      'Quote no longer on the page',
      "The page answered, but the quote is gone: re-verify the claims, then set the source's `status` or update its quote.",
    ) +
    table(
      'redirected',
      'Redirected elsewhere',
      "The page redirects to another site, to http or to a local address, which the check does not follow, so the quote was not looked for. Open the target: if the vendor moved the page there, update the source's `url` and re-verify its quote.",
    ) +
    table(
      'unreachable',
      'Could not be read',
      'Not counted as changed: check again, or read the page another way.',
    )
  );
}

/** JSON with every object's keys sorted: equal for equal data, whatever the key order. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * A record file with `status: quote-not-found` set on each of the given sources (by id), so the card
 * shows the claims they back as needing re-verification until a maintainer re-verifies them. In a
 * block-style file only those lines change: the line is added under the source's `id` (or an
 * existing `status` value is replaced), with the file's own line ending, and every other byte,
 * comments included, stays as written. The result is parsed again; if it is not exactly the record
 * with those statuses set (a flow-style source list, say), the file is rewritten through the YAML
 * document instead, which keeps comments but may reformat.
 */
export function markQuotesGone(text: string, sourceIds: readonly string[]): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const sources = doc.get('sources');
  if (!isSeq(sources)) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const targets = sources.items.filter(
    (item): item is YAMLMap =>
      isMap(item) &&
      typeof item.get('id') === 'string' &&
      sourceIds.includes(item.get('id') as string),
  );
  if (targets.length === 0) return text;
  const edits: { at: number; end: number; insert: string }[] = [];
  for (const item of targets) {
    const status = item.items.find((pair) => isScalar(pair.key) && pair.key.value === 'status');
    if (status && isScalar(status.value) && status.value.range) {
      const [start, end] = status.value.range;
      edits.push({ at: start, end, insert: 'quote-not-found' });
      continue;
    }
    const idPair = item.items.find((pair) => isScalar(pair.key) && pair.key.value === 'id');
    if (!idPair || !isScalar(idPair.key) || !isScalar(idPair.value) || !idPair.key.range) continue;
    const keyStart = idPair.key.range[0];
    const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
    const lineEnd = text.indexOf('\n', idPair.value.range![1]);
    const at = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    edits.push({ at, end: at, insert: `${eol}${' '.repeat(column)}status: quote-not-found` });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, edit.at) + edit.insert + out.slice(edit.end);

  // What the file must now say: the same record, those sources marked.
  const expected = parseDocument(text);
  const list = expected.get('sources');
  if (isSeq(list))
    for (const item of list.items)
      if (isMap(item) && sourceIds.includes(item.get('id') as string))
        item.set('status', 'quote-not-found');
  const edited = parseDocument(out);
  if (edited.errors.length === 0 && canonical(edited.toJS()) === canonical(expected.toJS()))
    return out;
  return expected.toString();
}
