/**
 * `@ai-training-verdict/sdk/client`: read a pinned data release from a URL, validated before use.
 *
 * A separate entry because validation needs zod (via `@ai-training-verdict/data/schema`): the main
 * entry stays free of it even for tools that do not tree-shake (a CDN's ES modules, `require`).
 *
 * @packageDocumentation
 */
import type { CatalogEntry } from '@ai-training-verdict/data/catalog';
import {
  datasetSchema,
  schemaMessages,
  type Dataset,
  type ToolRecord,
} from '@ai-training-verdict/data/schema';
import {
  compareFrom,
  findToolsFrom,
  getToolFrom,
  historyFrom,
  listToolsFrom,
  verdictForFrom,
} from './api.js';
import { checkDataset, toCatalogEntry } from '@ai-training-verdict/data/vocabulary';
import type { LocaleOrMessages } from './labels.js';
import type { ComparisonRow, HistoryEntry, TierVerdictResult } from './record.js';
import type { DataSource } from './source.js';
import { hasOwn } from './text.js';

/** Options of `createClient`. */
export interface ClientOptions {
  /**
   * URL of a `data.json` release, e.g.
   * `https://cdn.jsdelivr.net/npm/@ai-training-verdict/data@0.1.0/dist/data.json`. Pin the version.
   */
  readonly url: string | URL;
  /** Give up on the release after this many milliseconds (headers and body). Default 5000. */
  readonly timeoutMs?: number;
  /** Aborting it stops the request; the client then uses the bundled data. */
  readonly signal?: AbortSignal;
  /** The `fetch` to use. Default: the global `fetch`. */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Refuse a release larger than this many bytes (as sent, before decoding). Default 8 MiB, many
   * times today's release; a body over it is not read further.
   */
  readonly maxBytes?: number;
}

/** Why a client uses the bundled data instead of the release at its URL. */
export type FallbackReason =
  | { readonly code: 'network'; readonly message: string }
  | { readonly code: 'http'; readonly status: number; readonly message: string }
  | { readonly code: 'invalid-json'; readonly message: string }
  | { readonly code: 'invalid-data'; readonly message: string; readonly issues: readonly string[] }
  | { readonly code: 'too-large'; readonly message: string }
  | { readonly code: 'timeout'; readonly message: string }
  | { readonly code: 'aborted'; readonly message: string };

/**
 * Where a client's answers come from. `idle` until the first call; `loading` while the release is
 * fetched; then `remote` (the release at the URL, validated) or `bundled` (the data shipped in the
 * package) with the reason.
 */
export type ClientStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'remote'; readonly url: string; readonly version: string }
  | {
      readonly state: 'bundled';
      readonly url: string;
      readonly version: string;
      readonly reason: FallbackReason;
    };

/** A settled `ClientStatus`: the data a client answers from. */
export type LoadedStatus = Extract<ClientStatus, { state: 'remote' | 'bundled' }>;

/** The functions of the main entry, answered from a client's data. All async. */
export interface VerdictClient {
  /**
   * Where answers come from right now. Read it after any call (or `await client.load()`) to tell a
   * reader that the newest data could not be loaded, and why.
   */
  readonly status: ClientStatus;
  /** Fetches and validates the release once (later calls reuse it) and resolves with the status. Never rejects. */
  load(): Promise<LoadedStatus>;
  /** Forgets the cached data and loads the release again. Never rejects. */
  refresh(): Promise<LoadedStatus>;
  /** As `getTool` of the main entry. */
  getTool(id: string): Promise<ToolRecord>;
  /** As `listTools` of the main entry. */
  listTools(): Promise<CatalogEntry[]>;
  /** As `findTools` of the main entry. */
  findTools(query: string): Promise<CatalogEntry[]>;
  /** As `verdictFor` of the main entry. */
  verdictFor(id: string, tier: string, locale?: LocaleOrMessages): Promise<TierVerdictResult>;
  /** As `compare` of the main entry. */
  compare(ids: readonly string[], locale?: LocaleOrMessages): Promise<ComparisonRow[]>;
  /** As `history` of the main entry. */
  history(id: string, locale?: LocaleOrMessages): Promise<HistoryEntry[]>;
}

class LoadFailure extends Error {
  constructor(readonly reason: FallbackReason) {
    super(reason.message);
  }
}

/** Problems named in a message (all are in `issues`, up to `MAX_LISTED`). */
const MAX_ISSUES = 5;
const MAX_LISTED = 100;
const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** A release's words in a message, cut to a readable length: a hostile key can be megabytes. */
const cut = (text: string, max = 200): string =>
  text.length > max ? `${text.slice(0, max - 3)}...` : text;

/**
 * Where the parsed release has an own `__proto__` key, if anywhere. `JSON.parse` makes it an own
 * key; zod's record and object parsing would drop it without a word, and copying it onto a plain
 * object would set the prototype. Refused by name, so a maintainer sees what their release holds.
 */
function protoKey(value: unknown, path: string[] = []): string[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (hasOwn(value, '__proto__')) return [...path, '__proto__'];
  for (const [key, child] of Object.entries(value)) {
    const found = protoKey(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Parses and validates a release; throws `LoadFailure` when it is not one. */
function validate(text: string, url: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LoadFailure({
      code: 'invalid-json',
      message: `The release at ${url} is not valid JSON: ${cut((error as Error).message)}`,
    });
  }
  const proto = protoKey(json);
  const parsed = proto ? undefined : datasetSchema.safeParse(json, { error: schemaMessages });
  const issues = (
    proto
      ? [`${proto.join('.')}: a "__proto__" key is not allowed`]
      : parsed!.success
        ? // The data package's own dataset check: the rules its build applies, in one implementation.
          checkDataset(parsed!.data)
            .filter((f) => f.severity === 'error')
            .map((f) => `${f.path.join('.')}: ${f.message}`)
        : parsed!.error.issues.map(
            (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
          )
  )
    .slice(0, MAX_LISTED)
    .map((issue) => cut(issue));
  if (!parsed?.success || issues.length > 0) {
    throw new LoadFailure({
      code: 'invalid-data',
      message:
        `The release at ${url} failed validation (${issues.length} problem${issues.length === 1 ? '' : 's'}): ` +
        `${issues.slice(0, MAX_ISSUES).join('; ')}${issues.length > MAX_ISSUES ? '; ...' : ''}`,
      issues,
    });
  }
  return parsed.data;
}

function datasetSource(dataset: Dataset): DataSource {
  const tools = Object.values(dataset.tools).sort((a, b) => (a.id < b.id ? -1 : 1));
  const catalog: CatalogEntry[] = tools.map(toCatalogEntry);
  // Tools and redirects by id, as the bundled data's loaders hold them (ids are unique across both).
  const records = { ...dataset.redirects, ...dataset.tools };
  return {
    catalog: () => catalog,
    has: (id) => hasOwn(records, id),
    load: async (id) => records[id]!,
  };
}

/** An error in words, with its cause when fetch hides it ("fetch failed (connect ECONNREFUSED ...)"). */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause =
    error instanceof Error ? (error.cause as { message?: unknown } | undefined) : undefined;
  return typeof cause?.message === 'string' && cause.message !== message
    ? cut(`${message} (${cause.message})`)
    : cut(message);
}

/** The body as text, refusing it (unread, or as soon as it grows) past `maxBytes`. */
async function readCapped(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = (size: string) =>
    new LoadFailure({
      code: 'too-large',
      message: `The release at ${url} is ${size} (maxBytes)`,
    });
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`${declared} bytes, over the limit of ${maxBytes}`);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    read += value.byteLength;
    if (read > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`over the limit of ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Fetches the text of a release within the timeout, honouring the caller's signal. */
async function fetchText(
  url: string,
  fetchImpl: typeof globalThis.fetch,
  timeoutMs: number,
  maxBytes: number,
  signal: AbortSignal | undefined,
): Promise<string> {
  if (signal?.aborted) {
    throw new LoadFailure({ code: 'aborted', message: `Loading ${url} was aborted` });
  }
  const controller = new AbortController();
  let failure: LoadFailure | undefined;
  const stop = (reason: LoadFailure) => {
    failure ??= reason;
    controller.abort(reason);
  };
  const onAbort = () =>
    stop(new LoadFailure({ code: 'aborted', message: `Loading ${url} was aborted` }));
  const timer = setTimeout(
    () =>
      stop(
        new LoadFailure({
          code: 'timeout',
          message: `No complete response from ${url} within ${timeoutMs} ms`,
        }),
      ),
    timeoutMs,
  );
  signal?.addEventListener('abort', onAbort, { once: true });
  // Racing the work against the abort means a `fetch` that ignores its signal cannot keep us waiting.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(failure), { once: true });
  });
  const work = (async () => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw new LoadFailure({
        code: 'network',
        message: `Could not fetch ${url}: ${describe(error)}`,
      });
    }
    if (!response.ok) {
      throw new LoadFailure({
        code: 'http',
        status: response.status,
        message: `${url} answered HTTP ${response.status}${response.statusText ? ` ${cut(response.statusText, 80)}` : ''}`,
      });
    }
    try {
      return await readCapped(response, url, maxBytes);
    } catch (error) {
      if (error instanceof LoadFailure) throw error;
      throw new LoadFailure({
        code: 'network',
        message: `Could not read the response from ${url}: ${describe(error)}`,
      });
    }
  })();
  work.catch(() => undefined); // the race below reports it; never an unhandled rejection
  stopped.catch(() => undefined);
  try {
    return await Promise.race([work, stopped]);
  } catch (error) {
    // Once the timeout or the caller's abort fired, that is the reason, whatever fetch threw after it.
    throw failure ?? error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A client that answers from a data release at a URL (for example a CDN serving a pinned version of
 * `@ai-training-verdict/data`) instead of the data bundled in this package.
 *
 * - The release is fetched once, on the first call, and cached by the client.
 * - It is parsed and validated with the data package's `datasetSchema` (plus cross-checks the schema
 *   cannot express) before anything is returned: no unvalidated value ever leaves the client.
 * - A body over `maxBytes` (8 MiB by default) is refused without reading the rest; messages quote at
 *   most 200 characters of anything the release says, and a `__proto__` key anywhere is refused.
 * - On any failure (network error, HTTP status, too large, invalid JSON, failed validation, timeout, abort) the
 *   client answers from the bundled data instead and says why in `client.status`. The methods
 *   never reject because of the release; they reject only as the main entry's do (unknown id or tier).
 *
 * @example
 * ```ts
 * import { createClient } from '@ai-training-verdict/sdk/client';
 * const client = createClient({ url: 'https://cdn.example/data@0.1.0/data.json', timeoutMs: 3000 });
 * const jasper = await client.getTool('jasper');
 * if (client.status.state === 'bundled') console.warn(client.status.reason.message);
 * ```
 * @throws {RangeError} synchronously, for a `timeoutMs` or `maxBytes` that is not a positive number.
 */
export function createClient(options: ClientOptions): VerdictClient {
  const url = String(options.url);
  const timeoutMs = options.timeoutMs ?? 5000;
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= 2 ** 31 - 1)) {
    throw new RangeError(
      `timeoutMs must be a positive number of milliseconds, got ${String(timeoutMs)}`,
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(Number.isSafeInteger(maxBytes) && maxBytes > 0)) {
    throw new RangeError(
      `maxBytes must be a positive whole number of bytes, got ${String(maxBytes)}`,
    );
  }
  let status: ClientStatus = { state: 'idle' };
  let pending: Promise<{ source: DataSource; status: LoadedStatus }> | undefined;

  const attemptLoad = async (): Promise<{ source: DataSource; status: LoadedStatus }> => {
    try {
      const fetchImpl = options.fetch ?? globalThis.fetch;
      if (typeof fetchImpl !== 'function') {
        throw new LoadFailure({ code: 'network', message: 'No fetch function is available' });
      }
      const dataset = validate(
        await fetchText(url, fetchImpl, timeoutMs, maxBytes, options.signal),
        url,
      );
      return {
        source: datasetSource(dataset),
        status: { state: 'remote', url, version: dataset.version },
      };
    } catch (error) {
      const reason: FallbackReason =
        error instanceof LoadFailure
          ? error.reason
          : { code: 'network', message: cut(`Could not load ${url}: ${String(error)}`) };
      // Only now: a release that loads needs neither the bundled catalog nor its loaders.
      const { bundledSource, bundledVersion } = await import('./bundled.js');
      return {
        source: bundledSource,
        status: { state: 'bundled', url, version: bundledVersion, reason },
      };
    }
  };
  const start = () => {
    status = { state: 'loading' };
    const attempt = attemptLoad().then((result) => {
      // A refresh() started meanwhile owns the status now.
      if (pending === attempt) status = result.status;
      return result;
    });
    pending = attempt;
    return attempt;
  };
  const data = () => pending ?? start();
  const source = async () => (await data()).source;

  return {
    get status() {
      return status;
    },
    load: async () => (await data()).status,
    refresh: async () => (await start()).status,
    getTool: async (id) => getToolFrom(await source(), id),
    listTools: async () => listToolsFrom(await source()),
    findTools: async (query) => findToolsFrom(await source(), query),
    verdictFor: async (id, tier, locale) => verdictForFrom(await source(), id, tier, locale),
    compare: async (ids, locale) => compareFrom(await source(), ids, locale),
    history: async (id, locale) => historyFrom(await source(), id, locale),
  };
}
