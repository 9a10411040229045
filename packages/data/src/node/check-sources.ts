/**
 * The weekly source check: fetch every quoted source and look for its quote. A quote that has
 * vanished from a page that answered is `changed` (the claims it backs need re-verification); a
 * page that could not be read is `unreachable`, and never counts as changed: a network error says
 * nothing about what the vendor wrote.
 */
import { decodeHTML } from 'entities';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { markdownText, markdownUrl } from '../output.js';
import type { Source, ToolRecord } from '../schema.js';

export type SourceCheckStatus = 'found' | 'changed' | 'unreachable';

/** One quoted source of one record, and what the check found. */
export interface SourceCheck {
  readonly tool: string;
  readonly source: string;
  readonly url: string;
  /** The claims resting on it, as field paths: `tiers[api]`, `optOut.methods[0]`, ... */
  readonly claims: readonly string[];
  readonly status: SourceCheckStatus;
  /** Why, in words: "quote found", "HTTP 404", "timed out after 15 s", ... */
  readonly reason: string;
}

export interface CheckOptions {
  /** Per request, including reading the body. Default 15 s. */
  readonly timeoutMs?: number;
  /** A body larger than this is not read to the end and the page counts as unreachable. Default 5 MB. */
  readonly maxBytes?: number;
  /** Requests in flight at once. Default 4. */
  readonly concurrency?: number;
  /** The fetch to use (tests pass one that counts requests). Default: the global fetch. */
  readonly fetch?: typeof fetch;
}

/**
 * Text as a reader sees it, for comparison: tags, scripts and styles removed, entities decoded
 * (every HTML entity, by `entities`, the decoder htmlparser2 and cheerio use),
 * curly quote marks and dashes made plain, white space collapsed. Markdown emphasis is dropped so a
 * quote read in a repository file is found in the rendered page and back.
 */
export function comparableText(text: string): string {
  // Tags are only taken out, not parsed: a quote is searched for in the text, which no tag or
  // attribute holds, and decoding comes after so `&lt;b&gt;` stays text.
  const untagged = text
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return (
    decodeHTML(untagged)
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

type Page = { ok: true; text: string } | { ok: false; reason: string };

/** Fetches a page's text within the time and size limits; never throws. */
async function readPage(url: string, options: Required<CheckOptions>): Promise<Page> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetch(url, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { accept: 'text/html, text/plain, text/markdown, */*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, reason: `HTTP ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, reason: `body larger than ${options.maxBytes} bytes` };
    }
    const reader = response.body?.getReader();
    if (!reader) return { ok: true, text: '' };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > options.maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: `body larger than ${options.maxBytes} bytes` };
      }
      chunks.push(value);
    }
    return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
  } catch (error) {
    if (controller.signal.aborted)
      return { ok: false, reason: `timed out after ${options.timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return {
      ok: false,
      reason: `network error (${cause ?? (error instanceof Error ? error.message : String(error))})`,
    };
  } finally {
    clearTimeout(timer);
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
  };
  const quoted: Array<{ record: ToolRecord; source: Source & { url: string; quote: string } }> = [];
  for (const record of records)
    for (const source of record.sources)
      if (source.url && source.quote)
        quoted.push({ record, source: source as Source & { url: string; quote: string } });

  const urls = [...new Set(quoted.map((q) => q.source.url))];
  const pages = new Map<string, Page>();
  await pool(urls, settings.concurrency, async (url) => {
    pages.set(url, await readPage(url, settings));
  });

  return quoted.map(({ record, source }) => {
    const page = pages.get(source.url)!;
    const base = {
      tool: record.id,
      source: source.id,
      url: source.url,
      claims: claimsCiting(record, source.id),
    };
    if (!page.ok) return { ...base, status: 'unreachable', reason: page.reason };
    const found = comparableText(page.text).includes(comparableText(source.quote));
    return found
      ? { ...base, status: 'found', reason: 'quote found' }
      : { ...base, status: 'changed', reason: 'the page answered, but the quote is not on it' };
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
      `${report.length} quoted source(s): ${count('found')} found, ${count('changed')} changed, ${count('unreachable')} unreachable.`,
      '',
      '',
    ].join('\n') +
    table(
      'changed',
      'Quote no longer on the page',
      "The page answered, but the quote is gone: re-verify the claims, then set the source's `status` or update its quote.",
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
