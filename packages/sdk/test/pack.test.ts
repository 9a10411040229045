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

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = join(pkgDir, '../data');
const rootDir = join(pkgDir, '../..');
const pnpm = [join(rootDir, '.tools/node_modules/.bin/pnpm'), 'pnpm'].find(
  (p) => p === 'pnpm' || existsSync(p),
)!;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let dir: string;
let tarballs: { data: string; sdk: string };

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
    const files = execFileSync('tar', ['-tzf', tarballs.sdk], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .sort();
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.cjs');
    expect(files).toContain('package/dist/index.d.ts');
    expect(files).toContain('package/dist/index.d.cts');
    expect(files).toContain('package/dist/client.js');
    expect(files).toContain('package/dist/cli.js');
    expect(files).toContain('package/README.md');
    expect(
      files.filter((f) => !/^package\/(dist\/[^/]+|README\.md|package\.json)$/.test(f)),
    ).toEqual([]);
  });

  it('should import as ESM', () => {
    writeFileSync(
      join(dir, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getTool, headline, listTools, verdictFor, UnknownToolError } from '@ai-training-verdict/sdk';
import { createClient } from '@ai-training-verdict/sdk/client';
const jasper = await getTool('jasper');
const error = await getTool('jsaper').catch((e) => e);
const file = createRequire(import.meta.url).resolve('@ai-training-verdict/data/data.json');
const client = createClient({ url: 'https://cdn.example/data.json', fetch: async () => new Response(readFileSync(file)) });
const remote = await client.getTool('claude');
const clientError = await client.getTool('nope').catch((e) => e);
console.log(JSON.stringify({
  name: jasper.name,
  headline: headline(jasper).label,
  tools: listTools().map((t) => t.id),
  pro: (await verdictFor('claude', 'Pro')).label,
  error: error instanceof UnknownToolError ? error.message : String(error),
  client: [client.status.state, remote.vendor, clientError instanceof UnknownToolError],
}));
`,
    );
    expect(JSON.parse(mustRun('node', ['esm.mjs']))).toEqual({
      name: 'Jasper',
      headline: 'Trains by default',
      tools: ['ai21', 'claude', 'jasper'],
      pro: 'Trains unless you opt out',
      error: 'Unknown AI tool id "jsaper". Did you mean "jasper"?',
      client: ['remote', 'Anthropic', true],
    });
  });

  it('should require as CJS', () => {
    writeFileSync(
      join(dir, 'cjs.cjs'),
      `const { readFileSync } = require('node:fs');
const { getTool, headline, faq, UnknownToolError } = require('@ai-training-verdict/sdk');
const { createClient } = require('@ai-training-verdict/sdk/client');
(async () => {
  const claude = await getTool('claude');
  const file = require.resolve('@ai-training-verdict/data/data.json');
  const client = createClient({ url: 'https://cdn.example/data.json', fetch: async () => new Response(readFileSync(file)) });
  const clientError = await client.getTool('nope').catch((e) => e);
  console.log(JSON.stringify({
    headline: headline(claude).label,
    question: faq(claude)[0].question,
    client: [await client.load().then((s) => s.state), clientError instanceof UnknownToolError],
  }));
})();
`,
    );
    expect(JSON.parse(mustRun('node', ['cjs.cjs']))).toEqual({
      headline: 'Depends on your plan',
      question: 'Does Claude train its AI models on my data?',
      client: ['remote', true],
    });
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
  return [record.name, headline(record).label, label, status.state].join(' ');
}
`;
    const esm = `import { getTool, headline, verdictFor, verdictLabel, UnknownToolError, type ToolRecord, type TierVerdictResult } from '@ai-training-verdict/sdk';
import { createClient, type ClientStatus } from '@ai-training-verdict/sdk/client';`;
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

  it('should run the CLI bin', () => {
    const bin = join(dir, 'node_modules/.bin/ai-training-verdict');
    const ok = run(bin, ['claude', '--tier', 'API']);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n').slice(0, 2)).toEqual([
      'Claude — API (Anthropic-hosted)',
      'No training',
    ]);
    const miss = run(bin, ['jsaper']);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toBe(
      'ai-training-verdict: Unknown AI tool id "jsaper". Did you mean "jasper"?\n',
    );
  });
});
