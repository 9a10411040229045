import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asOfDay, fixturesDir, ONE_OF_VERDICTS, packageDir, shippedInputs } from './helpers.js';

const bin = (name: string, args: string[], cwd = fixturesDir) => {
  const result = spawnSync(process.execPath, [`${packageDir}dist/cli/${name}.js`, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe('ai-training-verdict-validate', () => {
  const NEVER_VERIFIED =
    'stale/never-verified.yaml:1:1  (file)  warning  has no lastVerified date: no maintainer has confirmed its sources yet (expected lastVerified: YYYY-MM-DD once every source has been checked)';

  it('passes records that only have warnings (exit 0), showing each warning', () => {
    const { code, out } = bin('validate', ['--now', '2026-03-01', 'valid', 'stale']);
    expect(out).toBe(`${NEVER_VERIFIED}\n\n3 files checked: 0 error(s), 1 warning(s)\n`);
    expect(code).toBe(0);
  });

  it('judges staleness on the --now day: a warning after 180 days, an error after 365', () => {
    const warned = bin('validate', ['--now', '2026-07-10', 'valid/minimal.yaml']);
    expect(warned.out).toBe(
      'valid/minimal.yaml:22:15  lastVerified  warning  is 181 days old; re-verify before 365 days (expected a verification within 180 days)\n\n1 file checked: 0 error(s), 1 warning(s)\n',
    );
    expect(warned.code).toBe(0);
    const failed = bin('validate', ['--now', '2027-01-11', 'valid/minimal.yaml']);
    expect(failed.out).toBe(
      'valid/minimal.yaml:22:15  lastVerified  is 366 days old; records must be re-verified within 365 days (expected every source re-checked and lastVerified updated)\n\n1 file checked: 1 error(s), 0 warning(s)\n',
    );
    expect(failed.code).toBe(1);
    const skipped = bin('validate', [
      '--now',
      '2027-01-11',
      '--no-staleness',
      'valid/minimal.yaml',
    ]);
    expect(skipped.out).toBe('1 file checked: 0 error(s), 0 warning(s)\n');
    expect(skipped.code).toBe(0);
  });

  it('prints errors only with --quiet, and the problems as JSON with --json', () => {
    const quiet = bin('validate', ['--quiet', '--now', '2026-03-01', 'stale']);
    expect(quiet.out).toBe('1 file checked: 0 error(s), 1 warning(s)\n');
    expect(quiet.code).toBe(0);
    const json = bin('validate', ['--json', '--now', '2026-03-01', 'stale']);
    expect(JSON.parse(json.out)).toEqual({
      errors: 0,
      warnings: 1,
      problems: [
        {
          file: 'stale/never-verified.yaml',
          line: 1,
          column: 1,
          field: '',
          message: 'has no lastVerified date: no maintainer has confirmed its sources yet',
          expected: 'lastVerified: YYYY-MM-DD once every source has been checked',
          severity: 'warning',
          rule: 'never-verified',
        },
      ],
    });
    expect(json.code).toBe(0);
  });

  it('checks every record shipped in the package when given no paths', () => {
    // Judged on the records' as-of day (see asOfDay); whether they are stale is records.test.ts's.
    const inputs = shippedInputs();
    const files = inputs.length === 1 ? '1 file' : `${inputs.length} files`;
    const { code, out } = bin('validate', ['--now', asOfDay(inputs), '--no-staleness'], packageDir);
    expect(out).toBe(`${files} checked: 0 error(s), 0 warning(s)\n`);
    expect(code).toBe(0);
  });

  it('reports every problem of a corrupted folder at once with file:line:col and exits 1', () => {
    const { code, out, err } = bin('validate', ['--now', '2026-03-01', 'invalid']);
    expect(code).toBe(1);
    expect(out).toContain(
      `invalid/bad-verdict.yaml:13:14  tiers[0].verdict  is "sometimes" (expected ${ONE_OF_VERDICTS})`,
    );
    expect(out).toContain(
      'invalid/http-url.yaml:18:10  sources[0].url  is "http://example.com/terms": must be an https:// URL',
    );
    expect(out.trim().split('\n').at(-1)).toBe('22 files checked: 25 error(s), 0 warning(s)');
    expect(`${out}${err}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
  });

  it('explains bad usage in one line with exit 2', () => {
    const bad = bin('validate', ['--now', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('error: --now must be a date as YYYY-MM-DD, got "yesterday"\n');
    const unknown = bin('validate', ['--now', '2026-03-01', '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe(
      "error: Unknown option '--frobnicate'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--frobnicate\"",
    );
  });

  it('names a path that does not exist', () => {
    const { code, out } = bin('validate', ['--now', '2026-03-01', 'no-such-folder']);
    expect(code).toBe(1);
    expect(out).toContain('no-such-folder:1:1  (file)  does not exist');
  });
});

describe('ai-training-verdict-check-sources', () => {
  // What it reports per page is tested against a fixture server in check-sources.test.ts; here,
  // only what the command does before it fetches anything.
  it('explains bad usage in one line with exit 2', () => {
    const { code, err, out } = bin('check-sources', ['--timeout', 'soon', 'valid']);
    expect(err).toBe('error: --timeout and --max-bytes take a positive number\n');
    expect(out).toBe('');
    expect(code).toBe(2);
  });

  it('refuses invalid records with file:line:col, fetching nothing, exit 2', () => {
    const { code, err, out } = bin('check-sources', ['invalid/http-url.yaml']);
    expect(err).toMatch(/^invalid\/http-url\.yaml:\d+:\d+ {2}sources\[0\]\.url {2}/);
    expect(err.endsWith('Fix the records first (npm run validate).\n')).toBe(true);
    expect(out).toBe('');
    expect(code).toBe(2);
  });
});

describe('ai-training-verdict-new-tool', () => {
  it('writes a skeleton that fails validation until every TODO is filled in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atv-new-tool-'));
    const made = bin(
      'new-tool',
      ['perplexity', '--name', 'Perplexity', '--vendor', 'Perplexity AI', '--dir', dir],
      dir,
    );
    expect(made.code).toBe(0);
    expect(made.out).toBe(
      'Wrote perplexity.yaml.\nFill in every TODO from sources, then run: npm run validate\n',
    );
    const text = readFileSync(join(dir, 'perplexity.yaml'), 'utf8');
    expect(text).toContain('id: perplexity\nname: "Perplexity"\nvendor: "Perplexity AI"');
    // The verdicts a tier accepts, as the validator names them: every one, none of another list.
    const listed = /^\s*# verdict: (.*)$/m.exec(text)?.[1]?.split(' | ');
    expect(`one of: ${listed?.join(', ')}`).toBe(ONE_OF_VERDICTS);

    const checked = bin('validate', ['--now', '2026-03-01', dir], dir);
    expect(checked.code).toBe(1);
    // The headline verdict is not in the skeleton: the build derives it from the tiers.
    expect(text).not.toMatch(/^\s+verdict:.*\n\s+shortAnswer/m);
    expect(checked.out).toContain(
      `perplexity.yaml:22:14  tiers[0].verdict  is "TODO" (expected ${ONE_OF_VERDICTS})`,
    );
    expect(checked.out).toContain(
      'perplexity.yaml:39:16  sources[0].retrieved  is "TODO-date": must be an ISO date (YYYY-MM-DD)\n',
    );
    expect(checked.out).not.toContain('must be a real calendar date');
    expect(checked.out).toContain('still holds a TODO placeholder');
  });

  it('refuses an invalid id and an existing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atv-new-tool-'));
    const bad = bin('new-tool', ['Not An Id', '--dir', dir], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      'error: "Not An Id" is not a valid tool id (expected lowercase letters and digits joined by single hyphens, at most 64 characters)\n',
    );
    writeFileSync(join(dir, 'taken.yaml'), 'kind: tool\n');
    const taken = bin('new-tool', ['taken', '--dir', dir], dir);
    expect(taken.code).toBe(1);
    expect(taken.err).toBe('error: taken.yaml already exists; edit it instead\n');
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toBe('kind: tool\n');
  });
});

describe('what the CLIs print', () => {
  /** A record file whose text holds terminal control sequences where validate repeats it. */
  const HOSTILE = [
    'kind: tool',
    'id: hostile',
    // An unknown key that clears the screen and turns the text red, named in the problem's field.
    '"evil\\e[2J\\e[31m": 1',
    // A value with a C1 control (U+009B, a one-character escape sequence) and a bidi override.
    'vendor: 12',
    'name: Hostile',
    'headline: { shortAnswer: "x", summary: "x" }',
    'tiers: [{ id: free, label: Free, kind: plan, verdict: "tr\\u009bains\\u202e" }]',
    'sources: []',
    '',
  ].join('\n');

  it('shows control characters from a record as visible escapes, never as raw bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atv-cli-escape-'));
    writeFileSync(join(dir, 'hostile.yaml'), HOSTILE);
    for (const args of [['hostile.yaml'], ['--json', 'hostile.yaml']]) {
      const { code, out, err } = bin('validate', ['--now', '2026-03-01', ...args], dir);
      expect(code).toBe(1);
      expect(err).toBe('');
      // eslint-disable-next-line no-control-regex -- the test looks for the raw control characters
      expect(out).not.toMatch(/[\u001b\u009b\u202e]/);
      if (args[0] === '--json') {
        // Still JSON, with the record's text as it is.
        const { problems } = JSON.parse(out) as { problems: Array<{ field: string }> };
        expect(problems.map((p) => p.field)).toContain('evil\u001b[2J\u001b[31m');
      } else {
        expect(out).toContain('hostile.yaml:3:1  evil\\u001b[2J\\u001b[31m  is not a known field');
        expect(out).toContain('tiers[0].verdict  is "tr\\u009bains\\u202e"');
      }
    }
  });

  it('ends quietly when the reader closes the pipe (`| head -1`): no stack trace, its own exit code', async () => {
    // Enough problems to fill the pipe many times over: 5,000 unknown fields.
    const dir = mkdtempSync(join(tmpdir(), 'atv-cli-pipe-'));
    const keys = Array.from({ length: 5000 }, (_, i) => `unknown${i}: 1`).join('\n');
    writeFileSync(join(dir, 'many.yaml'), `kind: tool\nid: many\n${keys}\n`);
    const child = spawn(process.execPath, [`${packageDir}dist/cli/validate.js`, 'many.yaml'], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    // Like `head -1`: read the first chunk, then close the reading end.
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
    expect(err).not.toMatch(/EPIPE|^\s+at /m);
    expect(err).toBe('');
    expect(signal).toBeNull();
    // Validation found errors before the pipe closed: the exit code still says so.
    expect(code).toBe(1);
  });
});
