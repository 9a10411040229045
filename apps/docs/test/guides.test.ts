/**
 * The guides state facts about the code: outputs of SDK calls, the commands a maintainer runs and
 * what they print. Each is checked here against the packages as built, so a guide that drifts from
 * the code fails the build instead of misleading a reader. The tools, ids and dates are the ones
 * the guide's own examples use, read from its text: nothing here names a record of the dataset.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';
import {
  compare,
  faq,
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

/** A value as the guides print it after `//`: as Node's REPL shows it, on one line. */
const shown = (value: unknown) => inspect(value, { breakLength: Infinity });

/** The first match of `pattern` in a guide, failing with what the guide no longer shows. */
function find(text: string, pattern: RegExp, what: string): string[] {
  const match = pattern.exec(text);
  expect(match, `the guide no longer shows ${what}`).not.toBeNull();
  return [...match!];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DAY_MS = 24 * 60 * 60 * 1000;
/** Midnight UTC `days` days after an ISO date. */
const daysAfter = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);

describe('the "Use the SDK" guide', () => {
  const text = guide('sdk.mdx');
  // The record the examples load, as the guide writes it: `const <name> = await getTool('<id>');`.
  const [, name = '', id = ''] = /const (\w+) = await getTool\('([^']+)'\);/.exec(text) ?? [];

  it('shows what getTool and headline return', async () => {
    expect(id, 'the guide no longer loads a record with getTool').not.toBe('');
    const record = await getTool(id);
    expect(text).toContain(`only ${record.name}'s is loaded`);
    expect(text).toContain(
      `${name}.tiers.map((tier) => tier.id); // ${shown(record.tiers.map((tier) => tier.id))}`,
    );
    expect(text).toContain(
      `${name}.lastVerified; // the day a maintainer last checked every source, as 'YYYY-MM-DD'`,
    );
    expect(record.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toContain(`headline(${name}).label; // ${shown(headline(record).label)}`);
    expect(text).toContain(
      `headline(${name}).shortAnswer; // ${shown(headline(record).shortAnswer)}`,
    );
  });

  it('shows the error for a misspelt id', async () => {
    const [, misspelt = ''] = find(text, /try \{\s+await getTool\('([^']+)'\);/, 'a misspelt id');
    const error = await getTool(misspelt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownToolError);
    const { message, suggestions } = error as UnknownToolError;
    // The best suggestion is the record the guide loads, and the message names it first. The
    // guide shows no more of either: a new record with a similar name may join the list.
    expect(suggestions[0]).toBe(id);
    expect(text).toContain(`error.suggestions[0]; // ${shown(suggestions[0])} (`);
    const [, start = ''] = find(text, /error\.message; \/\/ starts '([^']+)'/, 'the message');
    expect(start).toBe(`Unknown AI tool id "${misspelt}". Did you mean "${suggestions[0]}"`);
    expect(message.startsWith(start)).toBe(true);
  });

  it('says which tool findTools finds by its vendor', async () => {
    const [, query = '', found = ''] = find(
      text,
      /`findTools\('([^']+)'\)` \(which finds `([^`]+)` by its vendor\)/,
      'a findTools example',
    );
    expect(findTools(query)[0]?.id).toBe(found);
    const record = await getTool(found);
    expect(record.vendor.toLowerCase()).toContain(query.toLowerCase());
    expect(`${record.id} ${record.name}`.toLowerCase()).not.toContain(query.toLowerCase());
  });

  it('shows what verdictFor returns for a plan name', async () => {
    const [, variable = '', tool = '', plan = ''] = find(
      text,
      /const (\w+) = await verdictFor\('([^']+)', '([^']+)'\);/,
      'a verdictFor example',
    );
    const result = await verdictFor(tool, plan);
    expect(text).toContain(`${variable}.tier.id; // ${shown(result.tier.id)}`);
    expect(text).toContain(`${variable}.label; // ${shown(result.label)}`);
    expect(text).toContain(`${variable}.since; // ${shown(result.since)}`);
  });

  it('shows verificationAge and isStale on both sides of the threshold, with the day given', async () => {
    const [, variable = '', verified = ''] = find(
      text,
      /const (\w+) = \{ lastVerified: '(\d{4}-\d{2}-\d{2})' \};/,
      'a record with a lastVerified date',
    );
    const example = { lastVerified: verified };
    const v = escapeRegExp(variable);
    const [, ageDay = '', age = ''] = find(
      text,
      new RegExp(`verificationAge\\(${v}, new Date\\('([^']+)'\\)\\); // (\\d+) `),
      'verificationAge',
    );
    expect(verificationAge(example, new Date(ageDay))).toBe(Number(age));
    const judged = [
      ...text.matchAll(
        new RegExp(
          `^isStale\\(${v}, new Date\\('([^']+)'\\)\\); // (true|false): (\\d+) days`,
          'gm',
        ),
      ),
    ];
    expect(judged.map((m) => m[2]).sort()).toEqual(['false', 'true']);
    for (const [, day = '', stale, days] of judged) {
      expect(String(isStale(example, new Date(day)))).toBe(stale);
      expect(verificationAge(example, new Date(day))).toBe(Number(days));
    }
  });

  it('says a never-verified record is stale whatever the day, and the loaded one 180 days after its evidence', async () => {
    expect(text).toContain(
      'isStale({ lastVerified: undefined }); // true: never verified, whatever the day',
    );
    for (const day of ['1970-01-01', '2026-06-15', '2100-01-01']) {
      expect(isStale({ lastVerified: undefined }, new Date(day))).toBe(true);
    }
    expect(text).toContain(
      `isStale(${name}); // judged against today: true more than 180 days after its evidenceSeen`,
    );
    const record = await getTool(id);
    expect(record.evidenceSeen).toBeDefined();
    expect(isStale(record, daysAfter(record.evidenceSeen!, 0))).toBe(false);
    expect(isStale(record, daysAfter(record.evidenceSeen!, 180))).toBe(false);
    expect(isStale(record, daysAfter(record.evidenceSeen!, 181))).toBe(true);
  });

  it('shows the first questions faq writes for the record it loads', async () => {
    const [, list = ''] = find(
      text,
      new RegExp(
        `faq\\(${escapeRegExp(name)}\\)\\.map\\(\\(entry\\) => entry\\.question\\);\\n// \\[ (.+), … \\]`,
      ),
      'a faq example',
    );
    const questions = faq(await getTool(id)).map((entry) => entry.question);
    const shownQuestions = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(shownQuestions.length).toBeGreaterThan(0);
    expect(shownQuestions).toEqual(questions.slice(0, shownQuestions.length));
  });

  it('shows what compare returns', async () => {
    const [call = '', list = ''] = find(
      text,
      /\(await compare\(\[([^\]]+)\]\)\)\.map\(\(row\) => `\$\{row\.name\}: \$\{row\.headline\.label\}`\);/,
      'a compare example',
    );
    const ids = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(1);
    const rows = (await compare(ids)).map((row) => `${row.name}: ${row.headline.label}`);
    expect(text).toContain(`${call}\n// ${shown(rows)}`);
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
    // The guide's own command, with the tool it makes up.
    const [, id = '', name = '', vendor = ''] = find(
      text,
      /npm run new-tool -- (\S+) --name "([^"]+)" --vendor "([^"]+)"/,
      'the new-tool command',
    );
    execFileSync(process.execPath, [
      cli('new-tool'),
      id,
      '--name',
      name,
      '--vendor',
      vendor,
      '--dir',
      dir,
    ]);
    expect(text).toContain(`This writes \`packages/data/records/${id}.yaml\``);
    expect(existsSync(join(dir, `${id}.yaml`))).toBe(true);
    // A fixed day to judge dates by: the quoted errors are the skeleton's, whatever the day.
    const result = spawnSync(process.execPath, [cli('validate'), '--now', '2026-06-15', dir], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const output = `${result.stdout}${result.stderr}`;
    const quoted = [
      ...text.matchAll(
        new RegExp(`^packages/data/records/${escapeRegExp(id)}\\.yaml(:\\d+:\\d+ .+)$`, 'gm'),
      ),
    ];
    expect(quoted.length).toBeGreaterThan(0);
    for (const [, line] of quoted) {
      expect(output).toContain(`${id}.yaml${line}`);
    }
  });
});
