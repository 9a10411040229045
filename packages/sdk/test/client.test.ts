import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIER_VERDICTS } from '@ai-training-verdict/data/vocabulary';
import { createClient, type VerdictClient } from '../src/client.js';
import { dataVersion, getTool, listTools, UnknownToolError } from '../src/index.js';
import type { Dataset } from '@ai-training-verdict/data/schema';
import { fixture, fixtureText } from './fixtures/dataset.js';

/** A valid release: the fixture one, whose fictional tools the bundled data does not hold. */
const good = fixtureText;
const schemaInvalid = (() => {
  const data = structuredClone(fixture);
  (data.tools['lumen-draft']!.tiers[0] as { verdict: string }).verdict = 'maybe';
  return JSON.stringify(data);
})();
const contradicting = (() => {
  const data = structuredClone(fixture);
  data.tools['quill-chat']!.headline.verdict = 'no-training';
  return JSON.stringify(data);
})();

/** Releases a hostile server would send, by query string, for `/hostile.json?<case>`. */
const hostile = new Map<string, string>();
/** Responses the server saw the client hang up on. */
const served = new Map<string, number>();

let server: Server;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.set(req.url ?? '/', (hits.get(req.url ?? '/') ?? 0) + 1);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const json = (body: string) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (path === '/good.json') json(good);
    else if (path === '/schema-invalid.json') json(schemaInvalid);
    else if (path === '/contradicting.json') json(contradicting);
    else if (path === '/not-json.json') json('{"version": "1", "tools": {');
    else if (path === '/hostile.json') json(hostile.get(new URL(req.url!, base).search) ?? '');
    else if (path === '/declared-huge.json') {
      // Says 100 MB up front; a client that believes it must not start reading.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 100_000_000 });
      res.write(' '.repeat(65536));
    } else if (path === '/endless.json') {
      // No length at all: 64 kB of white space at a time, until the client hangs up.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = ' '.repeat(65536);
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', more);
      };
      res.on('close', () => served.set('/endless.json', (served.get('/endless.json') ?? 0) + 1));
      more();
    } else if (path === '/error.json') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('boom');
    } else if (path === '/slow-headers.json') setTimeout(() => json(good), 3000).unref();
    else if (path === '/slow-body.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(good.slice(0, 100)); // then never finishes
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Every record the client can return, so a test can check none of them is the bad release. */
async function everyRecord(client: VerdictClient) {
  return Promise.all((await client.listTools()).map((t) => client.getTool(t.id)));
}

/** The client answers from the bundled data: every record the main entry has, none of the release. */
async function expectBundled(client: VerdictClient) {
  const records = await everyRecord(client);
  expect(records.map((r) => r.id)).toEqual(listTools().map((t) => t.id));
  for (const record of records) expect(record).toEqual(await getTool(record.id));
  for (const id of Object.keys(fixture.tools)) {
    await expect(client.getTool(id)).rejects.toBeInstanceOf(UnknownToolError);
  }
}

describe('createClient', () => {
  describe('when the release is valid', () => {
    it('should answer from it and report the source', async () => {
      const client = createClient({ url: `${base}/good.json` });
      expect(client.status).toEqual({ state: 'idle' });
      expect(await client.getTool('quill-chat')).toEqual(fixture.tools['quill-chat']);
      expect(client.status).toEqual({
        state: 'remote',
        url: `${base}/good.json`,
        version: '0.0.0-fixture',
      });
    });

    it('should answer every function of the main entry from it', async () => {
      const client = createClient({ url: `${base}/good.json` });
      expect((await client.listTools()).map((t) => t.id)).toEqual([
        'lumen-draft',
        'quill-chat',
        'tally-assist',
      ]);
      expect((await client.findTools('inkwell')).map((t) => t.id)).toEqual(['quill-chat']);
      expect((await client.verdictFor('quill-chat', 'Plus')).label).toBe(
        'Trains unless you opt out',
      );
      expect((await client.compare(['lumen-draft']))[0]!.headline.label).toBe('Trains by default');
      expect((await client.history('quill-chat'))[0]!.date).toBe('2025-03-01');
    });

    it("should follow the release's redirects and refuse prototype keys", async () => {
      const client = createClient({ url: `${base}/good.json` });
      expect((await client.getTool('inkwell-chat')).id).toBe('quill-chat');
      await expect(client.getTool('__proto__')).rejects.toBeInstanceOf(UnknownToolError);
      await expect(client.getTool('lumne-draft')).rejects.toThrow(
        'Unknown AI tool id "lumne-draft". Did you mean "lumen-draft"?',
      );
    });

    it('should fetch once per client and again on refresh()', async () => {
      const url = `${base}/good.json?cache-test`;
      const client = createClient({ url });
      await Promise.all([
        client.getTool('lumen-draft'),
        client.getTool('quill-chat'),
        client.load(),
      ]);
      await client.listTools();
      expect(client.status).toMatchObject({ state: 'remote' });
      expect(hits.get('/good.json?cache-test')).toBe(1);
      expect(await client.refresh()).toMatchObject({ state: 'remote' });
      expect(hits.get('/good.json?cache-test')).toBe(2);
    });
  });

  describe('when the release cannot be used', () => {
    it('should fall back on a record that fails the schema, returning none of the release', async () => {
      const url = `${base}/schema-invalid.json`;
      const client = createClient({ url });
      await expectBundled(client);
      expect(client.status).toMatchObject({ state: 'bundled', url, version: dataVersion });
      const reason = client.status.state === 'bundled' ? client.status.reason : undefined;
      expect(reason?.code).toBe('invalid-data');
      // Where, and what the schema wanted instead: the vocabulary.
      expect(reason && 'issues' in reason ? reason.issues : []).toEqual([
        `tools.lumen-draft.tiers.0.verdict: expected one of: ${TIER_VERDICTS.join(', ')}`,
      ]);
      expect(reason?.message).toMatch(
        new RegExp(
          `^The release at ${url} failed validation \\(1 problem\\): tools\\.lumen-draft\\.tiers\\.0\\.verdict: `,
        ),
      );
    });

    it('should fall back on a headline that contradicts its tiers', async () => {
      const url = `${base}/contradicting.json`;
      const client = createClient({ url });
      await expectBundled(client);
      expect(await client.load()).toEqual({
        state: 'bundled',
        url,
        version: dataVersion,
        reason: {
          code: 'invalid-data',
          message: `The release at ${url} failed validation (1 problem): tools.quill-chat.headline.verdict: is "no-training" but the tiers (personal: trains-unless-opt-out, teams: no-training, api: no-training) make it "depends-on-plan"`,
          issues: [
            'tools.quill-chat.headline.verdict: is "no-training" but the tiers (personal: trains-unless-opt-out, teams: no-training, api: no-training) make it "depends-on-plan"',
          ],
        },
      });
    });

    it('should fall back on invalid JSON', async () => {
      const client = createClient({ url: `${base}/not-json.json` });
      await expectBundled(client);
      const status = await client.load();
      expect(status.state === 'bundled' && status.reason.code).toBe('invalid-json');
      expect(status.state === 'bundled' && status.reason.message).toMatch(
        new RegExp(`^The release at ${base}/not-json.json is not valid JSON: `),
      );
    });

    it('should fall back on an HTTP error status', async () => {
      const url = `${base}/error.json`;
      const client = createClient({ url });
      await expectBundled(client);
      expect(client.status).toEqual({
        state: 'bundled',
        url,
        version: dataVersion,
        reason: {
          code: 'http',
          status: 500,
          message: `${url} answered HTTP 500 Internal Server Error`,
        },
      });
    });

    it('should fall back when the server is too slow to answer', async () => {
      const url = `${base}/slow-headers.json`;
      const client = createClient({ url, timeoutMs: 150 });
      const started = Date.now();
      await expectBundled(client);
      expect(Date.now() - started).toBeLessThan(2500);
      expect(await client.load()).toMatchObject({
        state: 'bundled',
        reason: { code: 'timeout', message: `No complete response from ${url} within 150 ms` },
      });
    });

    it('should fall back when the body stalls past the timeout', async () => {
      const client = createClient({ url: `${base}/slow-body.json`, timeoutMs: 150 });
      expect(await client.load()).toMatchObject({ state: 'bundled', reason: { code: 'timeout' } });
      await expectBundled(client);
    });

    it('should time out even with a fetch that ignores its signal', async () => {
      const client = createClient({
        url: `${base}/good.json`,
        timeoutMs: 50,
        fetch: () => new Promise<Response>(() => undefined),
      });
      expect(await client.load()).toMatchObject({ state: 'bundled', reason: { code: 'timeout' } });
    });

    it('should fall back when the caller aborts', async () => {
      const controller = new AbortController();
      const url = `${base}/slow-headers.json`;
      const client = createClient({ url, signal: controller.signal, timeoutMs: 5000 });
      const loading = client.load();
      expect(client.status).toEqual({ state: 'loading' });
      controller.abort();
      expect(await loading).toMatchObject({
        state: 'bundled',
        reason: { code: 'aborted', message: `Loading ${url} was aborted` },
      });
      await expectBundled(client);
    });

    it('should not even fetch with a signal aborted beforehand', async () => {
      const client = createClient({
        url: `${base}/good.json?pre-aborted`,
        signal: AbortSignal.abort(),
      });
      expect(await client.load()).toMatchObject({ state: 'bundled', reason: { code: 'aborted' } });
      expect(hits.get('/good.json?pre-aborted')).toBeUndefined();
    });

    it('should fall back when the network fails', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/data.json`;
      await new Promise((resolve) => closed.close(resolve));
      const client = createClient({ url });
      await expectBundled(client);
      const status = await client.load();
      expect(status.state === 'bundled' && status.reason.code).toBe('network');
      expect(status.state === 'bundled' && status.reason.message).toMatch(
        new RegExp(`^Could not fetch ${url}: `),
      );
    });

    it('should still reject an unknown id from the bundled data', async () => {
      const client = createClient({ url: `${base}/error.json` });
      await expect(client.getTool('nope')).rejects.toBeInstanceOf(UnknownToolError);
    });
  });

  describe('when the release is hostile', () => {
    const mutate = (name: string, change: (data: Record<string, unknown>) => string) => {
      hostile.set(
        `?${name}`,
        change(structuredClone(fixture) as unknown as Record<string, unknown>),
      );
      return `${base}/hostile.json?${name}`;
    };
    const reasonOf = (status: Awaited<ReturnType<VerdictClient['load']>>) =>
      status.state === 'bundled' ? status.reason : undefined;

    it('should refuse a body declared over the byte cap without reading it', async () => {
      const url = `${base}/declared-huge.json`;
      const client = createClient({ url });
      expect(reasonOf(await client.load())).toEqual({
        code: 'too-large',
        message: `The release at ${url} is 100000000 bytes, over the limit of 8388608 (maxBytes)`,
      });
      await expectBundled(client);
    });

    it('should stop reading a body that grows past the byte cap', async () => {
      const url = `${base}/endless.json`;
      const client = createClient({ url, timeoutMs: 20_000 });
      expect(reasonOf(await client.load())).toEqual({
        code: 'too-large',
        message: `The release at ${url} is over the limit of 8388608 bytes (maxBytes)`,
      });
      await expectBundled(client);
      // The client hung up: the server is not left streaming into nothing.
      await expect.poll(() => served.get('/endless.json')).toBe(1);
    });

    it('should take a smaller cap from the caller', async () => {
      const url = `${base}/good.json?small-cap`;
      const client = createClient({ url, maxBytes: 1000 });
      expect(reasonOf(await client.load())).toMatchObject({ code: 'too-large' });
      expect(() => createClient({ url, maxBytes: 0 })).toThrow(
        new RangeError('maxBytes must be a positive whole number of bytes, got 0'),
      );
    });

    it('should refuse a version of megabytes, in a message of readable length', async () => {
      const url = mutate('long-version', (data) =>
        JSON.stringify({ ...data, version: '1'.repeat(5_000_000) }),
      );
      const reason = reasonOf(await createClient({ url }).load());
      expect(reason?.code).toBe('invalid-data');
      expect(reason && 'issues' in reason ? reason.issues : []).toEqual([
        'version: must be at most 64 characters',
      ]);
    });

    it('should cut what a hostile key or value puts into the message', async () => {
      const longId = 'a'.repeat(100_000);
      const url = mutate('long-key', (data) =>
        JSON.stringify({ ...data, tools: { ...(data.tools as object), [longId]: { id: longId } } }),
      );
      const reason = reasonOf(await createClient({ url }).load());
      expect(reason?.code).toBe('invalid-data');
      expect(reason!.message.length).toBeLessThan(1200);
      for (const issue of reason && 'issues' in reason ? reason.issues : ['none']) {
        expect(issue.length).toBeLessThanOrEqual(200);
      }
      expect(reason!.message).toMatch(
        /^The release at \S+ failed validation \(\d+ problems?\): tools\.aaaa/,
      );
    });

    it('should refuse a "__proto__" key wherever it is, naming where', async () => {
      const inTools = mutate('proto-tools', (data) =>
        JSON.stringify(data).replace('"tools":{', '"tools":{"__proto__":{"id":"x"},'),
      );
      const inRecord = mutate('proto-record', (data) =>
        JSON.stringify(data).replace(
          '"quill-chat":{',
          '"quill-chat":{"__proto__":{"polluted":true},',
        ),
      );
      for (const [url, where] of [
        [inTools, 'tools.__proto__'],
        [inRecord, 'tools.quill-chat.__proto__'],
      ] as const) {
        const client = createClient({ url });
        expect(reasonOf(await client.load())).toEqual({
          code: 'invalid-data',
          message: `The release at ${url} failed validation (1 problem): ${where}: a "__proto__" key is not allowed`,
          issues: [`${where}: a "__proto__" key is not allowed`],
        });
        await expectBundled(client);
      }
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });
  });

  // Issue 23: the release check applies the data package's one text rule (its schemas), so hostile
  // text a record file could not hold cannot reach a page through a release either.
  describe('when the release holds text that is not plain text', () => {
    const cases: Array<[kind: string, edit: (data: Dataset) => void, issue: string]> = [
      [
        'a control character',
        (data) => (data.tools['quill-chat']!.tiers[0]!.detail = 'Trains\u001b[8m on chats.'),
        'tools.quill-chat.tiers.0.detail: must not contain a control character (U+001B at character 7)',
      ],
      [
        'a noncharacter',
        (data) => (data.tools['quill-chat']!.name = 'Quill Chat\uFFFF'),
        'tools.quill-chat.name: must not contain a noncharacter (U+FFFF at character 11)',
      ],
      [
        'a lone surrogate',
        (data) => (data.tools['quill-chat']!.tiers[0]!.label = 'Free \uDC00'),
        'tools.quill-chat.tiers.0.label: must not contain a lone surrogate (U+DC00 at character 6)',
      ],
      [
        'a bidi control',
        (data) => (data.tools['quill-chat']!.headline.summary = 'Trains \u202Efo tuo tpo'),
        'tools.quill-chat.headline.summary: must not contain a bidi control (U+202E at character 8)',
      ],
      [
        'a line separator in a one-line field',
        (data) => (data.tools['quill-chat']!.headline.shortAnswer = 'It depends.\u2028Really.'),
        'tools.quill-chat.headline.shortAnswer: must not contain a line break (U+2028 at character 12)',
      ],
      [
        'a name that looks like markup',
        (data) => (data.tools['quill-chat']!.vendor = '<img src=x onerror=alert(1)>'),
        'tools.quill-chat.vendor: must not look like markup ("<")',
      ],
      [
        'a URL that is not canonical',
        (data) => (data.tools['quill-chat']!.officialSite = 'https://quill-chat.example/"><b>'),
        'tools.quill-chat.officialSite: must be written https://quill-chat.example/%22%3E%3Cb%3E (its canonical form)',
      ],
      [
        'a version that is not a version number',
        (data) => (data.version = '1.0.0<script>'),
        'version: must be a version number such as 1.2.3',
      ],
    ];

    it.each(cases)('should fall back on %s, saying where', async (_, edit, issue) => {
      const data = structuredClone(fixture);
      edit(data);
      const url = 'https://cdn.example/data.json';
      const client = createClient({
        url,
        fetch: async () =>
          new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } }),
      });
      expect(await client.load()).toEqual({
        state: 'bundled',
        url,
        version: dataVersion,
        reason: {
          code: 'invalid-data',
          message: `The release at ${url} failed validation (1 problem): ${issue}`,
          issues: [issue],
        },
      });
      await expectBundled(client);
    });
  });

  describe('when the options are wrong', () => {
    it('should throw at once for a timeout that is not a positive number', () => {
      expect(() => createClient({ url: base, timeoutMs: 0 })).toThrow(
        'timeoutMs must be a positive number of milliseconds, got 0',
      );
    });
  });
});
