import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getTool } from '../src/index.js';
import pkg from '../package.json' with { type: 'json' };

const bin = fileURLToPath(new URL(`../${pkg.bin['ai-training-verdict']}`, import.meta.url));

/** Runs the built bin as `npx @ai-training-verdict/sdk ...` would. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('ai-training-verdict (CLI)', () => {
  it('is the package bin', () => {
    expect(pkg.bin).toEqual({ 'ai-training-verdict': './dist/cli.js' });
  });

  describe('when given a known tool', () => {
    it('should print the verdict card', () => {
      const { code, stdout, stderr } = run('jasper');
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const lines = stdout.split('\n');
      expect(lines[0]).toBe('Jasper — Jasper · AI writing / marketing');
      expect(lines[1]).toBe('Trains by default · Opt-out available · ZDR / DPA on enterprise');
      expect(lines[3]).toBe('Yes — Jasper trains on your data by default; you have to opt out.');
      expect(lines).toContain('Verdict by plan tier');
      expect(lines).toContain('  Standard (Terms of Service default): Trains on your data');
      expect(lines).toContain('  EU / UK users: Trains unless you opt out');
      expect(lines).toContain('Sources');
      expect(lines).toContain(
        '  1. https://www.jasper.ai/legal/terms (Terms of Service (v4.1)), dated 2025-05-30',
      );
      expect(stdout).toContain('     Quote: "Jasper uses Customer Property, including Input and');
      expect(lines).toContain('     Supports: EU/UK opt-out language.');
      expect(stdout).toMatch(/^Last verified 2026-06-01 \(\d+ days ago\) · Medium confidence/m);
      expect(lines).toContain(
        'Terms change — confirm directly with Jasper before sending confidential data.',
      );
    });

    it('should say when a record states no verification date or confidence', () => {
      const { code, stdout } = run('claude');
      expect(code).toBe(0);
      expect(stdout).toContain(
        'Verification date not recorded · Confidence not stated · Possibly out of date',
      );
      expect(stdout).toContain('  Free / Pro / Max (consumer): Trains unless you opt out');
    });

    it('should print the record as JSON with --json', async () => {
      const { code, stdout } = run('jasper', '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(await getTool('jasper'));
    });
  });

  describe('when given --tier', () => {
    it('should print that tier only, found by plan name', () => {
      const { code, stdout } = run('claude', '--tier', 'Pro');
      expect(code).toBe(0);
      expect(stdout.split('\n').slice(0, 2)).toEqual([
        'Claude — Free / Pro / Max (consumer)',
        'Trains unless you opt out',
      ]);
      expect(stdout).toContain('Since 2025-08-28');
      expect(stdout).toContain(
        'This tier cites no source of its own; these are the sources of the whole record',
      );
    });

    it('should print the tier as JSON with --json', () => {
      const { code, stdout } = run('claude', '-t', 'api', '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({
        verdict: 'no-training',
        label: 'No training',
        tier: { id: 'api' },
      });
    });

    it('should exit 1 and list the tiers for an unknown one', () => {
      const { code, stdout, stderr } = run('jasper', '--tier', 'gold');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'ai-training-verdict: Jasper has no tier "gold". Its tiers are: standard, eu-uk.\n',
      );
    });
  });

  describe('when the tool is unknown', () => {
    it('should exit 1 with "did you mean" suggestions and no stack trace', () => {
      const { code, stdout, stderr } = run('jsaper');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'ai-training-verdict: Unknown AI tool id "jsaper". Did you mean "jasper"?\n',
      );
    });

    it('should point to --list when nothing is close', () => {
      const { code, stderr } = run('zzzzzz');
      expect(code).toBe(1);
      expect(stderr).toBe(
        'ai-training-verdict: Unknown AI tool id "zzzzzz".\nRun `ai-training-verdict --list` to see every tool.\n',
      );
    });
  });

  describe('when the usage is wrong', () => {
    it.each([
      [[], 'Missing the tool id.'],
      [['jasper', 'claude'], 'Expected one tool id, got 2.'],
      [['jasper', '--tier'], "Option '-t, --tier <value>' argument missing"],
      [['jasper', '--bogus'], "Unknown option '--bogus'"],
      [['jasper', '--tier', ' '], '--tier needs a tier name.'],
    ])('should exit 2 for %j with the usage and no stack trace', (args, message) => {
      const { code, stdout, stderr } = run(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`ai-training-verdict: ${message}`);
      expect(stderr).toContain('Usage: ai-training-verdict <tool>');
      noStackTrace(stderr);
    });
  });

  describe('when asked for help, the list or the version', () => {
    it('should print the usage with --help', () => {
      const { code, stdout } = run('--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: ai-training-verdict <tool> \[--tier <tier>\] \[--json\]/);
    });

    it('should list the tools with --list', () => {
      const { code, stdout } = run('--list');
      expect(code).toBe(0);
      expect(stdout.split('\n').filter(Boolean)).toEqual([
        'ai21             AI21 Labs (AI21 Labs)',
        'claude           Claude (Anthropic)',
        'jasper           Jasper (Jasper)',
      ]);
    });

    it('should print both versions with --version', () => {
      expect(run('--version').stdout).toBe(`@ai-training-verdict/sdk ${pkg.version}, data 0.1.0\n`);
    });
  });
});
