import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confidenceLabel,
  getTool,
  headlineLabel,
  isStale,
  listTools,
  messagesFor,
  READER_LOCALES,
  resolveTier,
  untranslatedLabels,
  verdictLabel,
} from '../src/index.js';
import pkg from '../package.json' with { type: 'json' };
import { fixture, fixtureRecord, writeDataModules } from './fixtures/dataset.js';

const bin = fileURLToPath(new URL(`../${pkg.bin['ai-training-verdict']}`, import.meta.url));
const preload = pathToFileURL(
  fileURLToPath(new URL('./fixtures/cli-preload.mjs', import.meta.url)),
);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The day the fixture tests run on, 30 days after Lumen Draft's last verification. */
const TODAY = '2026-04-09';

let fixtureModules: string;
beforeAll(() => {
  fixtureModules = writeDataModules(mkdtempSync(join(tmpdir(), 'atv-sdk-cli-')));
});
afterAll(() => {
  if (fixtureModules) rmSync(fixtureModules, { recursive: true, force: true });
});

interface RunOptions {
  /** The date the CLI takes as today (Date is faked in the child process). */
  readonly today?: string;
  /**
   * `fixture` (default): the fixture release; `bundled`: the real data shipped in the package; else
   * a folder of data modules written by `writeDataModules`.
   */
  readonly data?: 'fixture' | 'bundled' | { readonly dir: string };
}

/**
 * Runs the built bin as `npx @ai-training-verdict/sdk ...` would, with today and the data set by
 * test/fixtures/cli-preload.mjs (the CLI itself has no test switch).
 */
function run(args: string[], { today = TODAY, data = 'fixture' }: RunOptions = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ATV_TEST_TODAY: today };
  delete env.ATV_TEST_DATA_DIR;
  if (data === 'fixture') env.ATV_TEST_DATA_DIR = fixtureModules;
  else if (data !== 'bundled') env.ATV_TEST_DATA_DIR = data.dir;
  const result = spawnSync(process.execPath, ['--import', preload.href, bin, ...args], {
    encoding: 'utf8',
    env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

/** The ISO date `days` after `date`. */
const daysAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

describe('ai-training-verdict (CLI)', () => {
  it('is the package bin', () => {
    expect(pkg.bin).toEqual({ 'ai-training-verdict': './dist/cli.js' });
  });

  describe('when given a known tool', () => {
    it('should print the verdict card', () => {
      const { code, stdout, stderr } = run(['lumen-draft']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toBe(
        `Lumen Draft — Lumen Media · AI writing / marketing
Trains by default · Opt-out available · ZDR / DPA on enterprise

Yes — Lumen Draft trains on your drafts by default; you have to opt out.

  Lumen Media's Terms of Service (v2.3, eff. 2 Nov 2025) let it use your drafts
  and prompts to improve its writing models. EU/UK users can object by e-mail;
  everyone else has no documented opt-out.

Verdict by plan tier
  Standard (Terms of Service default): Trains on your data
    Drafts and prompts are used to improve Lumen Draft's writing models unless
    an EU/UK objection is made.
  EU / UK users: Trains unless you opt out
    May object by e-mailing privacy@lumen-draft.example; Lumen Media then stops
    training on their drafts.

Sources
  1. https://lumen-draft.example/legal/terms (Terms of Service (v2.3)), dated 2025-11-02
     Quote: "Lumen Media may use Drafts and Prompts to train and improve the
     models that power Lumen Draft, except where a user in the EU or UK has
     objected."
     Supports: EU/UK objection by e-mail.
     The vendor's own page · Quote read in the live page on 2026-03-10
  2. https://lumen-draft.example/legal/dpa, dated 2026-03-10
     Supports: DPA for enterprise customers.
     The vendor's own page
  3. https://lumen-draft.example/trust, dated 2026-03-10
     Supports: Marketing claim that drafts stay private (in tension with the
     Terms).
     The vendor's own page

Last verified 2026-03-10 (30 days ago) · Medium confidence
Terms change — confirm directly with Lumen Media before sending confidential
data.
Cited public information, not legal advice.
`,
      );
    });

    it('should count the days since verification from today, and flag a record older than 180 days', () => {
      expect(run(['lumen-draft'], { today: '2026-09-06' }).stdout).toContain(
        '\nLast verified 2026-03-10 (180 days ago) · Medium confidence\n',
      );
      expect(run(['lumen-draft'], { today: '2026-09-07' }).stdout).toContain(
        '\nLast verified 2026-03-10 (181 days ago) · Medium confidence · Possibly out of date\n',
      );
    });

    it('should say when a record states no verification date or confidence', () => {
      const { code, stdout } = run(['quill-chat']);
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe(
        'Quill Chat — Inkwell Systems · AI chat assistant · https://quill-chat.example/',
      );
      expect(stdout).toContain(
        '\nVerification date not recorded · Confidence not stated · Possibly out of date\n',
      );
      expect(stdout).toContain('\n  Free / Plus (personal): Trains unless you opt out\n');
    });

    it('should show unknown sections, a source without a URL and a quote that needs re-checking', () => {
      const { code, stdout } = run(['tally-assist']);
      expect(code).toBe(0);
      const lines = stdout.split('\n');
      expect(lines[0]).toBe('Tally Assist — Tally Labs');
      expect(lines[1]).toBe(
        'Terms permit use; training unclear · Opt-out not known · ZDR / DPA not known',
      );
      expect(lines.slice(lines.indexOf('Sources'))).toEqual([
        'Sources',
        '  1. Tally Labs Terms of Use',
        '     Quote: "You grant Tally Labs a licence to use your Inputs and Outputs to',
        '     provide and improve the Services."',
        "     The vendor's own page · Quote read in a stored copy captured 2025-11-20 on",
        '     2025-12-01',
        '  2. https://tally-labs.example/faq',
        '     Quote: "We never look at your inputs."',
        "     The vendor's own page · How this quote was confirmed is not recorded",
        '     Needs re-verification (quote-not-found)',
        '',
        'Last verified 2025-12-01 (129 days ago) · Low confidence',
        'Cited public information, not legal advice.',
        '',
      ]);
    });

    it('should follow a renamed id to its record', () => {
      const { code, stdout } = run(['Inkwell-Chat']);
      expect(code).toBe(0);
      expect(stdout).toBe(run(['quill-chat']).stdout);
    });

    it('should print the record as JSON with --json', () => {
      const { code, stdout } = run(['lumen-draft', '--json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(fixtureRecord('lumen-draft'));
    });
  });

  describe('when given --tier', () => {
    it('should print that tier only, found by plan name', () => {
      const { code, stdout } = run(['quill-chat', '--tier', 'Plus']);
      expect(code).toBe(0);
      expect(stdout).toBe(
        `Quill Chat — Free / Plus (personal)
Trains unless you opt out
  Trains on chats by default since 1 Mar 2025. Opting out in Settings keeps
  30-day retention.
Since 2025-03-01

This tier cites no source of its own; these are the sources of the whole record
  1. https://inkwell.example/news/personal-plan-terms
     The vendor's own page
  2. https://newswire.example/2025/03/01/quill-chat-opt-out
     News coverage
  3. https://help.inkwell.example/privacy/training
     The vendor's own page

Confidence not stated
`,
      );
    });

    it('should print the tier as JSON with --json', () => {
      const { code, stdout } = run(['quill-chat', '-t', 'api', '--json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(
        JSON.parse(JSON.stringify(resolveTier(fixtureRecord('quill-chat'), 'api'))),
      );
      expect(JSON.parse(stdout)).toMatchObject({
        verdict: 'no-training',
        label: 'No training',
        tier: { id: 'api' },
      });
    });

    it('should exit 1 and list the tiers for an unknown one', () => {
      const { code, stdout, stderr } = run(['lumen-draft', '--tier', 'gold']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'ai-training-verdict: Lumen Draft has no tier "gold". Its tiers are: standard, eu-uk.\n',
      );
    });
  });

  describe('when the tool is unknown', () => {
    it('should exit 1 with "did you mean" suggestions and no stack trace', () => {
      const { code, stdout, stderr } = run(['lumne-draft']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'ai-training-verdict: Unknown AI tool id "lumne-draft". Did you mean "lumen-draft"?\n',
      );
    });

    it('should point to --list when nothing is close', () => {
      const { code, stderr } = run(['zzzzzz']);
      expect(code).toBe(1);
      expect(stderr).toBe(
        'ai-training-verdict: Unknown AI tool id "zzzzzz".\nRun `ai-training-verdict --list` to see every tool.\n',
      );
    });
  });

  describe('when the usage is wrong', () => {
    it.each([
      [[], 'Missing the tool id.'],
      [['lumen-draft', 'quill-chat'], 'Expected one tool id, got 2.'],
      [['lumen-draft', '--tier'], "Option '-t, --tier <value>' argument missing"],
      [['lumen-draft', '--bogus'], "Unknown option '--bogus'"],
      [['lumen-draft', '--tier', ' '], '--tier needs a tier name.'],
    ])('should exit 2 for %j with the usage and no stack trace', (args, message) => {
      const { code, stdout, stderr } = run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`ai-training-verdict: ${message}`);
      expect(stderr).toContain('Usage: ai-training-verdict <tool>');
      noStackTrace(stderr);
    });
  });

  describe('when asked for help, the list or the version', () => {
    it('should print the usage with --help', () => {
      const { code, stdout } = run(['--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: ai-training-verdict <tool> \[--tier <tier>\] \[--json\]/);
    });

    it('should list the tools with --list', () => {
      const { code, stdout } = run(['--list']);
      expect(code).toBe(0);
      expect(stdout).toBe(
        'lumen-draft      Lumen Draft (Lumen Media)\n' +
          'quill-chat       Quill Chat (Inkwell Systems)\n' +
          'tally-assist     Tally Assist (Tally Labs)\n',
      );
    });

    it('should list the tools as JSON with --list --json', () => {
      const { code, stdout } = run(['--list', '--json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).map((t: { id: string }) => t.id)).toEqual([
        'lumen-draft',
        'quill-chat',
        'tally-assist',
      ]);
    });

    it('should print both versions with --version', () => {
      expect(run(['--version']).stdout).toBe(
        `@ai-training-verdict/sdk ${pkg.version}, data ${fixture.version}\n`,
      );
    });
  });

  describe('when asked for coverage', () => {
    it('should print what every tier rests on, how the quotes were confirmed, and the totals', () => {
      const { code, stdout, stderr } = run(['--coverage']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toBe(
        [
          `Coverage of data release ${fixture.version}: what each verdict rests on`,
          '',
          '  Tier                                 Verdict                             Rests on',
          '',
          'Lumen Draft (Lumen Media) · Last verified: 2026-03-10 · Quotes: 1 read in the live page',
          "  Standard (Terms of Service default)  Trains on your data                 The vendor's own text",
          "  EU / UK users                        Trains unless you opt out           The vendor's own text",
          '',
          'Quill Chat (Inkwell Systems) · Last verified: never (Possibly out of date) · Quotes: no quotes',
          '  Free / Plus (personal)               Trains unless you opt out           Nothing: not known',
          '  Quill for Teams / Enterprise         No training                         Nothing: not known',
          '  API (Inkwell-hosted)                 No training                         Nothing: not known',
          '',
          'Tally Assist (Tally Labs) · Last verified: 2025-12-01 · Quotes: 1 read in a stored copy, 1 not saying how',
          "  All users (Terms of Use)             Terms permit use; training unclear  The vendor's own text",
          '',
          "3 tools, 6 tiers: 3 rest on the vendor's own text, 0 on news coverage, 0 on a",
          'secondary source only, 3 on nothing (not known). 2 tools have at least one tier',
          "on the vendor's own text.",
          'Quotes: 3 in all; 1 read in the live page, 1 read in a stored copy, 1 not saying',
          'how.',
          '0 tools cite archived copies, 0 an archived policy change.',
          'Records verified: 2; never verified: 1; possibly out of date: 1.',
          '',
        ].join('\n'),
      );
    });
  });

  it('should list the words each language shows in English with --translations', async () => {
    const { code, stdout } = run(['--translations']);
    expect(code).toBe(0);
    const report = await untranslatedLabels();
    const lines = Object.entries(report).flatMap(([locale, missing]) =>
      missing.length === 0
        ? [`${locale}: every word translated`]
        : [
            `${locale}: ${missing.length} ${missing.length === 1 ? 'word' : 'words'} shown in English`,
            ...missing.map((k) => `  ${k}`),
          ],
    );
    expect(stdout.trimEnd().split('\n')).toEqual(lines);
    expect(Object.keys(report)).toEqual(READER_LOCALES.filter((l) => l !== 'en'));
    const json = run(['--translations', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(report);
  });

  it('should give the same coverage as JSON with --coverage --json', () => {
    const { code, stdout } = run(['--coverage', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.totals).toEqual({
      tools: 3,
      tiers: 6,
      tiersBy: { vendor: 3, news: 0, secondary: 0, none: 3 },
      toolsWithVendorText: 2,
      toolsWithArchivedSource: 0,
      toolsWithArchivedChange: 0,
      archivedSummary: '0 tools cite archived copies, 0 an archived policy change.',
      quotes: {
        'live-page': 1,
        'archived-copy': 0,
        'stored-copy': 1,
        'secondary-only': 0,
        'not-recorded': 1,
      },
      quotesLabel: '1 read in the live page, 1 read in a stored copy, 1 not saying how',
      summary:
        "3 tools, 6 tiers: 3 rest on the vendor's own text, 0 on news coverage, 0 on a secondary source only, 3 on nothing (not known). 2 tools have at least one tier on the vendor's own text.",
      verified: 2,
      neverVerified: 1,
      stale: 1,
    });
    expect(report.tools[1].tiers[0]).toEqual({
      id: 'personal',
      label: 'Free / Plus (personal)',
      verdict: 'trains-unless-opt-out',
      verdictLabel: 'Trains unless you opt out',
      basis: 'none',
      basisLabel: 'Nothing: not known',
    });
  });

  describe('over the bundled dataset', () => {
    const bundled = { data: 'bundled' } as const;

    it('should print the version of the data package it ships with', () => {
      const data = createRequire(import.meta.url)('@ai-training-verdict/data/package.json') as {
        version: string;
      };
      expect(run(['--version'], bundled).stdout).toBe(
        `@ai-training-verdict/sdk ${pkg.version}, data ${data.version}\n`,
      );
    });

    it('should list every tool, one line each', () => {
      const { code, stdout } = run(['--list'], bundled);
      expect(code).toBe(0);
      const lines = stdout.split('\n').filter(Boolean);
      expect(lines).toHaveLength(listTools().length);
      listTools().forEach((tool, i) => {
        expect(lines[i]!.startsWith(`${tool.id} `)).toBe(true);
        expect(lines[i]!.endsWith(` ${tool.name} (${tool.vendor})`)).toBe(true);
      });
    });

    describe.each(listTools().map((t) => t.id))('%s', (id) => {
      it('should print its card: identity, badges, every tier, every source, verification', async () => {
        const record = await getTool(id);
        // Ten days after its verification, so the line is the same whenever the test runs.
        const today = record.lastVerified ? daysAfter(record.lastVerified, 10) : TODAY;
        const { code, stdout, stderr } = run([id], { ...bundled, today });
        expect(code).toBe(0);
        expect(stderr).toBe('');
        const lines = stdout.split('\n');
        expect(lines[0]!.startsWith(`${record.name} — ${record.vendor}`)).toBe(true);
        expect(lines[1]!.startsWith(`${headlineLabel(record.headline.verdict)} · `)).toBe(true);
        for (const tier of record.tiers) {
          expect(lines).toContain(`  ${tier.label}: ${verdictLabel(tier.verdict)}`);
        }
        const sources = lines.slice(lines.indexOf('Sources') + 1);
        record.sources.forEach((source, i) => {
          const where = source.url ?? source.document ?? source.id;
          expect(sources.filter((l) => l.startsWith(`  ${i + 1}. ${where}`))).toHaveLength(1);
        });
        // "Possibly out of date" follows the evidence (isStale), on the day the CLI ran.
        const stale = isStale(record, new Date(`${today}T12:00:00Z`))
          ? ' · Possibly out of date'
          : '';
        expect(lines).toContain(
          record.lastVerified
            ? `Last verified ${record.lastVerified} (10 days ago) · ${confidenceLabel(record.confidence)}${stale}`
            : `Verification date not recorded · ${confidenceLabel(record.confidence)}${stale}`,
        );
        expect(lines.at(-2)).toBe(messagesFor().disclaimer);
      });

      it('should print the record as JSON, and each tier by its id', async () => {
        const record = await getTool(id);
        expect(JSON.parse(run([id, '--json'], bundled).stdout)).toEqual(record);
        for (const tier of record.tiers) {
          const { code, stdout } = run([id, '--tier', tier.id], bundled);
          expect(code).toBe(0);
          expect(stdout.split('\n').slice(0, 2)).toEqual([
            `${record.name} — ${tier.label}`,
            verdictLabel(tier.verdict),
          ]);
        }
      });
    });
  });

  describe('when record text holds control characters', () => {
    it('should show them as visible escapes: no escape sequence, bidi override or carriage return reaches the terminal', () => {
      const dataset = structuredClone(fixture);
      const record = dataset.tools['lumen-draft']!;
      // Clears the screen, retitles the window, rings the bell; a C1 CSI; a bidi override; a CR.
      record.name = 'Lumen\u001b[2J\u001b]0;pwned\u0007 Draft';
      record.headline.summary = 'Red \u009b31m text \u202eesrever\u202c and\rback';
      const dir = writeDataModules(mkdtempSync(join(tmpdir(), 'atv-sdk-cli-hostile-')), dataset);
      try {
        for (const args of [['lumen-draft'], ['lumen-draft', '--json'], ['--list']]) {
          const { code, stdout, stderr } = run(args, { data: { dir } });
          expect(code).toBe(0);
          expect(stderr).toBe('');
          // eslint-disable-next-line no-control-regex -- the test looks for the raw characters
          expect(stdout).not.toMatch(/[\u0007\u001b\u009b\u202c\u202e\r]/);
          expect(stdout).toContain('Lumen\\u001b[2J\\u001b]0;pwned\\u0007 Draft');
          if (args[1] === '--json')
            expect((JSON.parse(stdout) as { headline: { summary: string } }).headline.summary).toBe(
              record.headline.summary,
            );
          else if (args[0] === 'lumen-draft')
            expect(stdout).toContain('Red \\u009b31m text \\u202eesrever\\u202c and back');
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('when the reader closes the pipe (`| head -1`)', () => {
    it('should end quietly: no stack trace, exit 0', async () => {
      // A card longer than any pipe holds: a summary of 2 MB.
      const dataset = structuredClone(fixture);
      dataset.tools['lumen-draft']!.headline.summary = 'word '.repeat(400_000);
      const dir = writeDataModules(mkdtempSync(join(tmpdir(), 'atv-sdk-cli-pipe-')), dataset);
      try {
        const child = spawn(process.execPath, ['--import', preload.href, bin, 'lumen-draft'], {
          env: { ...process.env, ATV_TEST_TODAY: TODAY, ATV_TEST_DATA_DIR: dir },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.stdout.once('data', () => child.stdout.destroy());
        const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
        expect(stderr).not.toMatch(/EPIPE/);
        noStackTrace(stderr);
        expect(stderr).toBe('');
        expect(signal).toBeNull();
        expect(code).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
