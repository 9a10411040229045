// Meets the package the way a developer will: packs the tarballs of data and sdk, installs them
// with npm into a fresh project, then imports them as ESM, requires them as CJS, type-checks a
// consumer under moduleResolution node16 and bundler, and runs the CLI bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  faq,
  getTool,
  headline,
  listTools,
  localeModules,
  READER_LOCALES,
  UnknownToolError,
  verdictLabel,
} from '../src/index.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = join(pkgDir, '../data');
const rootDir = join(pkgDir, '../..');
const pnpm = [join(rootDir, '.tools/node_modules/.bin/pnpm'), 'pnpm'].find(
  (p) => p === 'pnpm' || existsSync(p),
)!;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let dir: string;
let tarballs: { data: string; sdk: string };

/** The files of a tarball, sorted. */
const tarFiles = (tarball: string) =>
  execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();

/** The values `@ai-training-verdict/sdk/record` exports (each also the main entry's). */
const RECORD_EXPORTS = Object.keys(await import('../src/record-entry.js')).sort();

/** An id of no tool: the first tool's id with two adjacent letters swapped, as a typo would. */
const firstId = listTools()[0]!.id;
const swapAt = [...firstId].findIndex((c, i) => i > 0 && c !== firstId[i - 1]);
const typo = `${firstId.slice(0, swapAt - 1)}${firstId[swapAt]}${firstId[swapAt - 1]}${firstId.slice(swapAt + 1)}`;

/** What the workspace sources answer for an unknown id; the installed package must say the same. */
async function unknownToolError(id: string): Promise<UnknownToolError> {
  const error = await getTool(id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnknownToolError);
  return error as UnknownToolError;
}

function run(cmd: string, args: string[], cwd = dir) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function mustRun(cmd: string, args: string[], cwd = dir) {
  const result = run(cmd, args, cwd);
  if (result.code !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function pack(from: string): string {
  const before = new Set(readdirSync(dir));
  mustRun(pnpm, ['pack', '--pack-destination', dir], from);
  const created = readdirSync(dir).filter((f) => f.endsWith('.tgz') && !before.has(f));
  expect(created).toHaveLength(1);
  return join(dir, created[0]!);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atv-sdk-pack-'));
  tarballs = { data: pack(dataDir), sdk: pack(pkgDir) };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2),
  );
  // One command for both: the sdk tarball depends on @ai-training-verdict/data@0.1.0, which only
  // the other tarball provides. zod and yaml come from the registry.
  mustRun('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--prefer-offline',
    tarballs.data,
    tarballs.sdk,
  ]);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed @ai-training-verdict/sdk', { timeout: 180_000 }, () => {
  it('should ship only the build, the README and package.json', () => {
    const files = tarFiles(tarballs.sdk);
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.cjs');
    expect(files).toContain('package/dist/index.d.ts');
    expect(files).toContain('package/dist/index.d.cts');
    expect(files).toContain('package/dist/client.js');
    expect(files).toContain('package/dist/record-entry.js');
    expect(files).toContain('package/dist/record.cjs');
    expect(files).toContain('package/dist/record.d.ts');
    expect(files).toContain('package/dist/record.d.cts');
    expect(files).toContain('package/dist/cli.js');
    expect(files).toContain('package/README.md');
    // Each language's reader labels, on their own (`@ai-training-verdict/sdk/locales/<lang>`).
    for (const locale of READER_LOCALES.filter((l) => l !== 'en')) {
      expect(files).toContain(`package/dist/locales/${locale}.js`);
      expect(files).toContain(`package/dist/locales/${locale}.d.ts`);
    }
    expect(
      files.filter((f) => !/^package\/(dist\/(locales\/)?[^/]+|README\.md|package\.json)$/.test(f)),
    ).toEqual([]);
  });

  it('should depend on a data tarball that holds the chunk and the feed of every tool in the catalog', () => {
    const files = tarFiles(tarballs.data);
    for (const { id } of listTools()) {
      for (const ext of ['js', 'cjs', 'json', 'd.ts', 'd.cts']) {
        expect(files).toContain(`package/dist/tools/${id}.${ext}`);
      }
      // The address the card's "Follow changes" links to (feedUrl), served from the tarball.
      expect(files).toContain(`package/feeds/${id}.xml`);
    }
    expect(files).toContain('package/feed.xml');
  });

  it('should import as ESM', async () => {
    writeFileSync(
      join(dir, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getTool, headline, listTools, verdictFor, UnknownToolError } from '@ai-training-verdict/sdk';
import { createClient } from '@ai-training-verdict/sdk/client';
import * as main from '@ai-training-verdict/sdk';
import * as record from '@ai-training-verdict/sdk/record';
const file = createRequire(import.meta.url).resolve('@ai-training-verdict/data/data.json');
const client = createClient({ url: 'https://cdn.example/data.json', fetch: async () => new Response(readFileSync(file)) });
const tools = [];
for (const { id } of listTools()) {
  const record = await getTool(id);
  tools.push({
    id,
    name: record.name,
    headline: headline(record).label,
    tier: (await verdictFor(id, record.tiers[0].id)).label,
    remote: (await client.getTool(id)).vendor,
  });
}
const error = await getTool(${JSON.stringify(typo)}).catch((e) => e);
const clientError = await client.getTool('nope').catch((e) => e);
console.log(JSON.stringify({
  tools,
  error: error instanceof UnknownToolError ? error.message : String(error),
  client: [client.status.state, clientError instanceof UnknownToolError],
  record: Object.keys(record).filter((name) => record[name] === main[name]).sort(),
}));
`,
    );
    const tools = [];
    for (const { id } of listTools()) {
      const record = await getTool(id);
      tools.push({
        id,
        name: record.name,
        headline: headline(record).label,
        tier: verdictLabel(record.tiers[0]!.verdict),
        remote: record.vendor,
      });
    }
    expect(JSON.parse(mustRun('node', ['esm.mjs']))).toEqual({
      tools,
      error: (await unknownToolError(typo)).message,
      client: ['remote', true],
      // `…/sdk/record` holds the main entry's own functions and objects, not copies.
      record: RECORD_EXPORTS,
    });
  });

  it('should require as CJS', async () => {
    writeFileSync(
      join(dir, 'cjs.cjs'),
      `const { readFileSync } = require('node:fs');
const { getTool, headline, faq, listTools, UnknownToolError } = require('@ai-training-verdict/sdk');
const { createClient } = require('@ai-training-verdict/sdk/client');
const main = require('@ai-training-verdict/sdk');
const record = require('@ai-training-verdict/sdk/record');
(async () => {
  const tools = [];
  for (const { id } of listTools()) {
    const record = await getTool(id);
    tools.push({ id, headline: headline(record).label, question: faq(record)[0].question });
  }
  const file = require.resolve('@ai-training-verdict/data/data.json');
  const client = createClient({ url: 'https://cdn.example/data.json', fetch: async () => new Response(readFileSync(file)) });
  const clientError = await client.getTool('nope').catch((e) => e);
  console.log(JSON.stringify({
    tools,
    client: [await client.load().then((s) => s.state), clientError instanceof UnknownToolError],
    record: Object.keys(record).filter((name) => record[name] === main[name]).sort(),
  }));
})();
`,
    );
    const tools = [];
    for (const { id } of listTools()) {
      const record = await getTool(id);
      tools.push({ id, headline: headline(record).label, question: faq(record)[0]!.question });
    }
    expect(JSON.parse(mustRun('node', ['cjs.cjs']))).toEqual({
      tools,
      client: ['remote', true],
      record: RECORD_EXPORTS,
    });
  });

  it("should give each language's labels at `@ai-training-verdict/sdk/locales/<lang>`, as ESM and CJS", async () => {
    // One module per language of READER_LOCALES but English (which is bundled): the package's
    // `./locales/*` export and the build's entries both follow that list, so a new language is its
    // module and its place in the list, and this fails if either leaves it out.
    const languages = READER_LOCALES.filter((l) => l !== 'en');
    writeFileSync(
      join(dir, 'locales.mjs'),
      `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const out = {};
for (const lang of ${JSON.stringify(languages)}) {
  const esm = (await import('@ai-training-verdict/sdk/locales/' + lang)).readerLabels;
  const cjs = require('@ai-training-verdict/sdk/locales/' + lang).readerLabels;
  out[lang] = [esm, cjs];
}
console.log(JSON.stringify(out));
`,
    );
    // Each module as written: a word it lacks is filled in English by the loaders, not in it.
    const expected: Record<string, unknown> = {};
    for (const lang of languages) {
      const { readerLabels } = await localeModules[lang]();
      expected[lang] = [readerLabels, readerLabels];
    }
    expect(JSON.parse(mustRun('node', ['locales.mjs']))).toEqual(expected);
  });

  describe('when type-checked', () => {
    const consumer = (imports: string) => `${imports}

export async function show(id: string): Promise<string> {
  const record: ToolRecord = await getTool(id);
  const tier: TierVerdictResult = await verdictFor(id, 'Pro');
  const label: string = verdictLabel(tier.verdict);
  // @ts-expect-error "maybe" is not a tier verdict
  verdictLabel('maybe');
  const client = createClient({ url: 'https://cdn.example/data.json', timeoutMs: 3000 });
  const status: ClientStatus = client.status;
  try {
    await getTool('nope');
  } catch (error) {
    if (error instanceof UnknownToolError) return error.suggestions.join(', ');
  }
  const pro = findTier(record, 'Pro')?.id ?? 'none';
  return [record.name, headline(record).label, label, status.state, pro, isStale(record)].join(' ');
}
`;
    const esm = `import { getTool, headline, verdictFor, verdictLabel, UnknownToolError, type ToolRecord, type TierVerdictResult } from '@ai-training-verdict/sdk';
import { createClient, type ClientStatus } from '@ai-training-verdict/sdk/client';
import { findTier, isStale } from '@ai-training-verdict/sdk/record';`;
    const tsconfig = (options: Record<string, unknown>, files: string[]) =>
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: [],
          ...options,
        },
        files,
      });

    it('should type-check under moduleResolution node16 (ESM and CJS files)', () => {
      writeFileSync(join(dir, 'consumer.mts'), consumer(esm));
      writeFileSync(join(dir, 'consumer.cts'), consumer(esm));
      writeFileSync(
        join(dir, 'tsconfig.node16.json'),
        tsconfig({ module: 'node16', moduleResolution: 'node16' }, [
          'consumer.mts',
          'consumer.cts',
        ]),
      );
      const result = run('node', [tsc, '-p', 'tsconfig.node16.json']);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    });

    it('should type-check under moduleResolution bundler', () => {
      writeFileSync(join(dir, 'consumer.ts'), consumer(esm));
      writeFileSync(
        join(dir, 'tsconfig.bundler.json'),
        tsconfig({ module: 'esnext', moduleResolution: 'bundler' }, ['consumer.ts']),
      );
      const result = run('node', [tsc, '-p', 'tsconfig.bundler.json']);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    });
  });

  it('should run the CLI bin', async () => {
    const bin = join(dir, 'node_modules/.bin/ai-training-verdict');
    for (const { id } of listTools()) {
      const record = await getTool(id);
      for (const tier of record.tiers) {
        const ok = run(bin, [id, '--tier', tier.id]);
        expect(ok.code).toBe(0);
        expect(ok.stdout.split('\n').slice(0, 2)).toEqual([
          `${record.name} — ${tier.label}`,
          verdictLabel(tier.verdict),
        ]);
      }
    }
    const error = await unknownToolError(typo);
    const miss = run(bin, [typo]);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toBe(
      `ai-training-verdict: ${error.message}\n` +
        (error.suggestions.length === 0
          ? 'Run `ai-training-verdict --list` to see every tool.\n'
          : ''),
    );
  });
});
