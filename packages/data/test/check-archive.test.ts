// check-archive on a small archive the test makes itself: a git repository laid out as Open Terms
// Archive lays out its copies (one Markdown file per document, one commit per captured change,
// committed on the capture day), and records whose archived sources point into it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { stringify } from 'yaml';
import { archiveHas, checkArchive, setLastSeen } from '../src/node/check-archive.js';
import { validateRecordSources } from '../src/node/validate.js';
import { packageDir } from './helpers.js';

const PATH = 'Example Writer/Terms of Service.md';
const OLD = 'We may use your inputs to improve our services.';
const NEW = 'We use your inputs to train our models unless you opt out in Settings.';

let folder: string;
let repo: string;
const commits: Record<string, string> = {};

/** Commits `files` on `day`, as the archive commits a capture. */
function capture(day: string, files: Record<string, string>, name: string) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: `${day}T12:00:00Z`,
    GIT_COMMITTER_DATE: `${day}T12:00:00Z`,
  };
  const run = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { env });
  run('add', '-A');
  run('commit', '-q', '-m', `Record new changes of ${name}`);
  commits[day] = run('rev-parse', 'HEAD').toString().trim();
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'atv-archive-'));
  repo = join(folder, 'example-versions');
  mkdirSync(repo);
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args]);
  git('init', '-q');
  git('config', 'user.email', 'archive@example.com');
  git('config', 'user.name', 'Archive');
  // The first capture: the old sentence, and the training sentence split by a Markdown link.
  capture(
    '2025-06-01',
    {
      [PATH]: `# Terms\n\n${OLD}\n\nWe use your inputs to train our models unless you opt out in [Settings](https://example.com/settings).\n`,
    },
    'Terms of Service',
  );
  // The old sentence leaves the document.
  capture('2025-09-15', { [PATH]: `# Terms\n\n**${NEW}**\n` }, 'Terms of Service');
  // Another document changes: the archive's newest run, which still had the terms unchanged.
  capture('2026-02-01', { 'Example Writer/Privacy Policy.md': 'Privacy.\n' }, 'Privacy Policy');
});

/** A published record citing archived copies in the test's archive. */
function record(sources: Array<{ id: string; quote?: string; commit: string; captured: string }>) {
  const file = {
    kind: 'tool',
    id: 'example',
    name: 'Example Writer',
    vendor: 'Example Inc.',
    headline: { shortAnswer: 'Yes.', summary: 'It trains unless you opt out.' },
    tiers: [
      {
        id: 'all',
        label: 'All users',
        kind: 'all-users',
        verdict: 'trains-unless-opt-out',
        detail: 'Trains unless you opt out.',
        sources: sources.map((s) => s.id),
      },
    ],
    sources: sources.map(({ id, quote, commit, captured }) => ({
      id,
      url: 'https://example.com/terms',
      kind: 'terms',
      ...(quote ? { quote } : {}),
      confirmation: { method: 'archived-copy', date: '2026-03-01' },
      archived: {
        archive: 'open-terms-archive',
        repository: 'OpenTermsArchive/example-versions',
        commit,
        path: PATH,
        captured,
        declaredUrls: ['https://example.com/terms'],
      },
    })),
    lastVerified: '2026-03-01',
  };
  const text = stringify(file);
  const result = validateRecordSources([{ file: 'example.yaml', text }], {
    now: new Date('2026-03-01T00:00:00Z'),
    staleness: false,
  });
  expect(result.problems).toEqual([]);
  return { text, tool: result.tools[0]! };
}

describe('archiveHas, given an archived page no one checked', () => {
  /** `archiveHas` in a worker: a call that never returns fails at the test's timeout. */
  const archiveHasInWorker = (markdown: string, quote: string): Promise<boolean> => {
    const worker = new Worker(new URL('./support/run-in-worker.mjs', import.meta.url), {
      workerData: {
        module: new URL('../src/node/check-archive.ts', import.meta.url).href,
        name: 'archiveHas',
        args: [markdown, quote],
      },
    });
    onTestFinished(async () => {
      await worker.terminate();
    });
    return new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  };
  const quote = 'We do not train on your content.';

  it.each([
    ['unclosed link texts', '['],
    ['links with no end to their address', '[a](b'],
    ['images with no end to their address', '![](x[](y'],
  ])(
    'should read 1 MB of %s in linear time',
    async (_, unit) => {
      const page = `[${quote}](https://vendor.example/a)\n\n${unit.repeat(1_000_000 / unit.length)}`;
      expect(await archiveHasInWorker(page, quote)).toBe(true);
    },
    10_000,
  );
});

describe('checkArchive', () => {
  it('should find a quote still in the newest version, and say it was there at the newest run', () => {
    const { tool } = record([
      { id: 'now', quote: NEW, commit: commits['2025-09-15']!, captured: '2025-09-15' },
    ]);
    expect(checkArchive([tool], folder)).toEqual([
      {
        tool: 'example',
        source: 'now',
        copy: `OpenTermsArchive/example-versions@${commits['2025-09-15']}:${PATH}`,
        claims: ['tiers[all]'],
        status: 'found',
        reason: "quote found, still in the archive's newest run (2026-02-01)",
        lastSeen: '2026-02-01',
      },
    ]);
  });

  it('should find a quote in the version it names, and date the run that last had it', () => {
    const { tool } = record([
      { id: 'old', quote: OLD, commit: commits['2025-06-01']!, captured: '2025-06-01' },
    ]);
    expect(checkArchive([tool], folder)[0]).toMatchObject({
      status: 'found',
      reason: 'quote found; gone from the capture of 2025-09-15',
      lastSeen: '2025-06-01',
      goneSince: '2025-09-15',
    });
  });

  it('should read the Markdown as a reader sees it: link text, no emphasis, any quote marks', () => {
    const { tool } = record([
      { id: 'linked', quote: NEW, commit: commits['2025-06-01']!, captured: '2025-06-01' },
    ]);
    expect(checkArchive([tool], folder)[0]!.status).toBe('found');
    expect(
      archiveHas(
        'He said \u201cno\u201d, see [the _page_](https://x.y/(a)).',
        'said "no", see the page.',
      ),
    ).toBe(true);
    expect(archiveHas('We train.', 'We do not train.')).toBe(false);
  });

  it('should report what is not there, each with why', () => {
    const { tool } = record([
      {
        id: 'absent',
        quote: 'We never train.',
        commit: commits['2025-09-15']!,
        captured: '2025-09-15',
      },
      { id: 'too-early', quote: NEW, commit: commits['2025-09-15']!, captured: '2025-09-14' },
      { id: 'no-commit', quote: NEW, commit: 'f'.repeat(40), captured: '2025-09-15' },
    ]);
    expect(checkArchive([tool], folder).map((c) => `${c.source} ${c.status}: ${c.reason}`)).toEqual(
      [
        'absent not-found: the quote is not in the file',
        'too-early not-found: the commit was captured on 2025-09-15, not 2025-09-14',
        'no-commit not-found: the commit is not in the clone (fetch the whole history)',
      ],
    );
  });

  it('should refuse to run without a clone of a repository the records cite, naming it', () => {
    const { tool } = record([
      { id: 'now', quote: NEW, commit: commits['2025-09-15']!, captured: '2025-09-15' },
    ]);
    expect(() => checkArchive([tool], join(folder, 'nowhere'))).toThrow(
      /^no clone of OpenTermsArchive\/example-versions in .*nowhere/,
    );
  });
});

describe('setLastSeen', () => {
  it('should add or replace only the lastSeen line, keeping comments', () => {
    const { text } = record([
      { id: 'now', quote: NEW, commit: commits['2025-09-15']!, captured: '2025-09-15' },
    ]);
    const commented = `# A comment that stays\n${text}`;
    const added = setLastSeen(commented, new Map([['now', '2026-02-01']]));
    expect(added.replace('      lastSeen: 2026-02-01\n', '')).toBe(commented);
    const replaced = setLastSeen(added, new Map([['now', '2026-03-01']]));
    expect(replaced).toBe(added.replace('lastSeen: 2026-02-01', 'lastSeen: 2026-03-01'));
  });
});

describe('ai-training-verdict-check-archive', () => {
  const run = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [`${packageDir}dist/cli/check-archive.js`, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: cwd },
    });

  it('should exit 1 on a quote not found, 0 once all are found, and write lastSeen with --write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atv-records-'));
    const file = join(dir, 'example.yaml');
    const good = record([
      { id: 'now', quote: NEW, commit: commits['2025-09-15']!, captured: '2025-09-15' },
    ]);
    writeFileSync(file, good.text.replace(NEW, 'We never train.'));
    const failed = run([folder, 'example.yaml'], dir);
    expect(failed.stdout).toContain(
      'not-found example · now (tiers[all]): the quote is not in the file',
    );
    expect(failed.stdout).toContain('1 archived source(s): 0 found, 1 not found');
    expect(failed.status).toBe(1);

    writeFileSync(file, good.text);
    const passed = run([folder, 'example.yaml', '--write'], dir);
    expect(passed.stdout).toContain('1 archived source(s): 1 found, 0 not found');
    expect(passed.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('lastSeen: 2026-02-01');
  });

  it('should exit 2 with one line naming the missing clone, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atv-records-'));
    const good = record([
      { id: 'now', quote: NEW, commit: commits['2025-09-15']!, captured: '2025-09-15' },
    ]);
    writeFileSync(join(dir, 'example.yaml'), good.text);
    const missing = run(['no-clones-here', 'example.yaml'], dir);
    expect(missing.stderr).toMatch(
      /^error: no clone of OpenTermsArchive\/example-versions in .*no-clones-here/,
    );
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(missing.status).toBe(2);
  });
});
