/**
 * The guides state facts about the code: outputs of SDK calls, the commands a maintainer runs and
 * what they print. Each is checked here against the packages as built, so a guide that drifts from
 * the code fails the build instead of misleading a reader.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  compare,
  findTools,
  getTool,
  headline,
  isStale,
  UnknownToolError,
  verdictFor,
  verificationAge,
} from '@ai-training-verdict/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { docsDir } from './browser.js';

const guide = (name: string) => readFileSync(join(docsDir, 'stories', 'guides', name), 'utf8');
// The CLIs by their path in the data package: pnpm links node_modules/.bin only for bins that
// existed at install time, and on a fresh clone the data package is built after the install.
const dataDir = dirname(
  createRequire(import.meta.url).resolve('@ai-training-verdict/data/package.json'),
);
const cli = (name: 'new-tool' | 'validate') => join(dataDir, 'dist', 'cli', `${name}.js`);

describe('the "Use the SDK" guide', () => {
  const text = guide('sdk.mdx');

  it('shows what getTool and headline return', async () => {
    const jasper = await getTool('jasper');
    expect(text).toContain(`jasper.tiers.map((tier) => tier.id); // [ 'standard', 'eu-uk' ]`);
    expect(jasper.tiers.map((tier) => tier.id)).toEqual(['standard', 'eu-uk']);
    expect(text).toContain(`jasper.lastVerified; // '${jasper.lastVerified}'`);
    expect(text).toContain(`headline(jasper).label; // '${headline(jasper).label}'`);
    expect(text).toContain(`headline(jasper).shortAnswer; // '${headline(jasper).shortAnswer}'`);
  });

  it('shows the error for a misspelt id', async () => {
    const error = await getTool('jsaper').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownToolError);
    expect(text).toContain(`error.message; // '${(error as Error).message}'`);
    expect((error as UnknownToolError).suggestions).toEqual(['jasper']);
    expect(findTools('anthropic').map((t) => t.id)).toEqual(['claude']);
  });

  it('shows what verdictFor returns for a plan name', async () => {
    const pro = await verdictFor('claude', 'Pro');
    expect(text).toContain(`pro.tier.id; // '${pro.tier.id}'`);
    expect(text).toContain(`pro.label; // '${pro.label}'`);
    expect(text).toContain(`pro.since; // '${pro.since}'`);
  });

  it('shows the staleness of the real records', async () => {
    const jasper = await getTool('jasper');
    const day = new Date('2026-11-24');
    expect(text).toContain(
      `verificationAge(jasper, new Date('2026-11-24')); // ${verificationAge(jasper, day)} (days`,
    );
    expect(isStale(jasper, day)).toBe(false);
    expect(text).toContain(`isStale(jasper, new Date('2026-11-24')); // false`);
    expect(isStale(await getTool('claude'))).toBe(true);
  });

  it('shows what compare returns', async () => {
    const rows = (await compare(['jasper', 'claude'])).map(
      (row) => `'${row.name}: ${row.headline.label}'`,
    );
    expect(text).toContain(`// [ ${rows.join(', ')} ]`);
  });
});

describe('the "Add or re-verify a tool" guide', () => {
  const text = guide('add-a-tool.mdx');
  const rootScripts = JSON.parse(readFileSync(join(docsDir, '..', '..', 'package.json'), 'utf8'))
    .scripts as Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'atv-new-tool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names root scripts that exist', () => {
    for (const [command, script] of [
      ['npm run new-tool --', 'new-tool'],
      ['npm run validate', 'validate'],
      ['npm run changeset', 'changeset'],
      ['npm start', 'start'],
      ['npm test', 'test'],
    ] as const) {
      expect(text).toContain(command);
      expect(rootScripts[script]).toBeDefined();
    }
  });

  it('prints the validation errors it quotes for a fresh skeleton', () => {
    execFileSync(process.execPath, [
      cli('new-tool'),
      'perplexity',
      '--name',
      'Perplexity',
      '--vendor',
      'Perplexity AI',
      '--dir',
      dir,
    ]);
    const result = spawnSync(process.execPath, [cli('validate'), dir], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const output = `${result.stdout}${result.stderr}`;
    const quoted = [...text.matchAll(/^packages\/data\/records\/perplexity\.yaml(:\d+:\d+ .+)$/gm)];
    expect(quoted.length).toBeGreaterThan(0);
    for (const [, line] of quoted) {
      expect(output).toContain(`perplexity.yaml${line}`);
    }
  });
});
