// Issue 23, item 1: one text rule at the schema. Every text field of a record is printable text on
// one line, every name and label is plain text rather than markup, and every URL is written the
// way `new URL(u).href` gives it back. The hostile input is written into the minimal fixture as a
// contributor would write it in YAML (escapes in double quotes), and each test asserts the line a
// maintainer sees from `validate`. The SDK's release check applies the same schemas
// (packages/sdk/test/client.test.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/node/problems.js';
import { validateRecordSources } from '../src/node/validate.js';
import { fixturesDir, packageDir } from './helpers.js';

const fixture = readFileSync(`${fixturesDir}/valid/minimal.yaml`, 'utf8');

/** Validates the minimal fixture with `line` replaced by `replacement`, as the file minimal.yaml. */
function validateWith(line: string, replacement: string) {
  expect(fixture).toContain(line);
  const result = validateRecordSources(
    [{ file: 'minimal.yaml', text: fixture.replace(line, replacement) }],
    { now: new Date('2026-03-01T00:00:00Z'), staleness: false },
  );
  return { ...result, lines: result.problems.map(formatProblem) };
}

/** Each replacement alone is refused with exactly `line`, and the record is not kept. */
function expectRefused(cases: Array<[line: string, replacement: string, problem: string]>) {
  for (const [line, replacement, problem] of cases) {
    const result = validateWith(line, replacement);
    expect(result.lines).toEqual([problem]);
    expect(result.tools).toEqual([]);
  }
}

/** Each replacement alone is accepted: the rule costs no legitimate text. */
function expectAccepted(cases: Array<[line: string, replacement: string]>) {
  for (const [line, replacement] of cases) {
    const result = validateWith(line, replacement);
    expect(result.lines).toEqual([]);
    expect(result.tools).toHaveLength(1);
  }
}

const NAME = 'name: Example Writer';
const VENDOR = 'vendor: Example Inc.';
const SHORT_ANSWER = 'shortAnswer: Yes — Example Writer trains on your data by default.';
const SUMMARY = 'summary: The terms let the vendor train its models on what you type.';
const LABEL = 'label: Free';
const DETAIL = "detail: Inputs are used to train the vendor's models.";
const URL_LINE = 'url: https://example.com/terms';
const QUOTE = 'quote: We use your inputs to train our models.';

describe('the text rule', () => {
  it('should refuse control characters, line breaks included, in every text field', () => {
    expectRefused([
      // An escape sequence for a maintainer's terminal (this one hides what follows it).
      [
        DETAIL,
        'detail: "Inputs are used\\e[8m to train."',
        'minimal.yaml:14:13  tiers[0].detail  is "Inputs are used\\u001b[8m to train.": must not contain a control character (U+001B at character 16)',
      ],
      [
        NAME,
        'name: "Example\\x9b Writer"',
        'minimal.yaml:3:7  name  is "Example\u009b Writer": must not contain a control character (U+009B at character 8)',
      ],
      [
        SUMMARY,
        'summary: "The terms let the vendor\\ttrain."',
        'minimal.yaml:8:12  headline.summary  is "The terms let the vendor\\ttrain.": must not contain a control character (U+0009 at character 25)',
      ],
      // A paragraph-sized field is one line too: no record needs a break, and the card, the feeds
      // and the Markdown writers put each field on one line (YAML's `>-` folds long text).
      [
        SUMMARY,
        'summary: |-\n    The terms let the vendor\n    train its models.',
        'minimal.yaml:8:12  headline.summary  is "The terms let the vendor\\ntrain its models.": must not contain a line break (U+000A at character 25)',
      ],
    ]);
  });

  it('should refuse noncharacters, in the BMP and in the other planes', () => {
    expectRefused([
      [
        DETAIL,
        'detail: "Inputs are used\\uFFFE to train."',
        'minimal.yaml:14:13  tiers[0].detail  is "Inputs are used\uFFFE to train.": must not contain a noncharacter (U+FFFE at character 16)',
      ],
      [
        LABEL,
        'label: "Free\\uFDD0"',
        'minimal.yaml:11:12  tiers[0].label  is "Free\uFDD0": must not contain a noncharacter (U+FDD0 at character 5)',
      ],
      [
        QUOTE,
        'quote: "We use your inputs\\U0010FFFF to train our models."',
        'minimal.yaml:19:12  sources[0].quote  is "We use your inputs\u{10FFFF} to train our models.": must not contain a noncharacter (U+10FFFF at character 19)',
      ],
    ]);
  });

  it('should refuse a lone surrogate, which is not Unicode text', () => {
    expectRefused([
      [
        QUOTE,
        'quote: "We use your inputs\\uD800 to train our models."',
        'minimal.yaml:19:12  sources[0].quote  is "We use your inputs\\ud800 to train our models.": must not contain a lone surrogate (U+D800 at character 19)',
      ],
    ]);
    // An emoji is a surrogate pair, and text.
    expectAccepted([[QUOTE, 'quote: "We use your inputs \\U0001F600 to train our models."']]);
  });

  it('should refuse bidi controls, and keep right-to-left text and the word joiner', () => {
    expectRefused([
      [
        LABEL,
        'label: "Free \\u202Eyad 7 rof"',
        'minimal.yaml:11:12  tiers[0].label  is "Free \u202Eyad 7 rof": must not contain a bidi control (U+202E at character 6)',
      ],
      [
        VENDOR,
        'vendor: "Example \\u2066Inc."',
        'minimal.yaml:4:9  vendor  is "Example \u2066Inc.": must not contain a bidi control (U+2066 at character 9)',
      ],
      [
        DETAIL,
        'detail: "Inputs are used\\u200F to train."',
        'minimal.yaml:14:13  tiers[0].detail  is "Inputs are used\u200F to train.": must not contain a bidi control (U+200F at character 16)',
      ],
      [
        DETAIL,
        'detail: "Inputs are used\\u061C to train."',
        'minimal.yaml:14:13  tiers[0].detail  is "Inputs are used\u061C to train.": must not contain a bidi control (U+061C at character 16)',
      ],
    ]);
    expectAccepted([
      [QUOTE, 'quote: نحن نستخدم مدخلاتك لتدريب نماذجنا.'],
      // Vendors' pages use it (U+2060), and real quotes carry it verbatim.
      [QUOTE, 'quote: "We use your inputs\\u2060 to train our models."'],
    ]);
  });

  it('should refuse the line and paragraph separators U+2028 and U+2029', () => {
    expectRefused([
      [
        SHORT_ANSWER,
        'shortAnswer: "Yes.\\u2028Example Writer trains on your data."',
        'minimal.yaml:7:16  headline.shortAnswer  is "Yes.\u2028Example Writer trains on your data.": must not contain a line break (U+2028 at character 5)',
      ],
      [
        NAME,
        'name: "Example\\u2029Writer"',
        'minimal.yaml:3:7  name  is "Example\u2029Writer": must not contain a line break (U+2029 at character 8)',
      ],
    ]);
  });

  it('should refuse names and labels that look like markup, and keep names with & in them', () => {
    expectRefused([
      [
        NAME,
        'name: <img src=x onerror=alert(1)>',
        'minimal.yaml:3:7  name  is "<img src=x onerror=alert(1)>": must not look like markup ("<")',
      ],
      [
        VENDOR,
        'vendor: "[Example](https://evil.example)"',
        'minimal.yaml:4:9  vendor  is "[Example](https://evil.example)": must not look like markup ("[")',
      ],
      [
        VENDOR,
        'vendor: "Example `Inc.`"',
        'minimal.yaml:4:9  vendor  is "Example `Inc.`": must not look like markup ("`")',
      ],
      // A character reference would bring back, in any HTML or Markdown, what the text rule refuses.
      [
        VENDOR,
        `${VENDOR}\naliases: ["Example &#x202E;Writer"]`,
        'minimal.yaml:5:11  aliases[0]  is "Example &#x202E;Writer": must not look like markup ("&#")',
      ],
      [
        LABEL,
        'label: Free &lt;b&gt;',
        'minimal.yaml:11:12  tiers[0].label  is "Free &lt;b&gt;": must not look like markup ("&lt;")',
      ],
    ]);
    expectAccepted([
      [VENDOR, 'vendor: AT&T'],
      [NAME, 'name: Q&A Writer (Pro)'],
      [VENDOR, 'vendor: "Example & Sons; ToS;DR"'],
      // Sentences may say "Settings > Data Controls": prose is escaped by every writer, not refused.
      [DETAIL, 'detail: Turn it off in Settings > Data Controls.'],
    ]);
  });

  it('should refuse a URL that is not written the way new URL() gives it back, naming that form', () => {
    const url = (written: string, problem: string): [string, string, string] => [
      URL_LINE,
      `url: ${written}`,
      `minimal.yaml:18:10  sources[0].url  ${problem}`,
    ];
    expectRefused([
      url(
        '"https://example.com/terms\\"><script>"',
        'is "https://example.com/terms\\"><script>": must be written https://example.com/terms%22%3E%3Cscript%3E (its canonical form)',
      ),
      url(
        '"https://example.com/terms of use"',
        'is "https://example.com/terms of use": must be written https://example.com/terms%20of%20use (its canonical form)',
      ),
      url(
        'HTTPS://EXAMPLE.COM/terms',
        'is "HTTPS://EXAMPLE.COM/terms": must be written https://example.com/terms (its canonical form)',
      ),
      url(
        'https://example.com',
        'is "https://example.com": must be written https://example.com/ (its canonical form)',
      ),
      url(
        'https://example.com:443/a/../terms',
        'is "https://example.com:443/a/../terms": must be written https://example.com/terms (its canonical form)',
      ),
      url(
        '"https://example.com\\\\terms"',
        'is "https://example.com\\\\terms": must be written https://example.com/terms (its canonical form)',
      ),
      url(
        'https://exämple.com/terms',
        'is "https://exämple.com/terms": must be written https://xn--exmple-cua.com/terms (its canonical form)',
      ),
      // Link text that names one site and leads to another.
      url(
        'https://example.com@evil.example/terms',
        'is "https://example.com@evil.example/terms": must not hold a user name or password',
      ),
      url('http://example.com/terms', 'is "http://example.com/terms": must be an https:// URL'),
      url('"https://exa mple.com/"', 'is "https://exa mple.com/": must be a valid https:// URL'),
    ]);
    expectAccepted([
      [URL_LINE, 'url: https://example.com/terms?lang=en&v=2#training'],
      [URL_LINE, 'url: https://example.com/%E6%9D%A1%E6%AC%BE'],
    ]);
  });

  it('should print each refusal from the validate CLI with its place, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atv-text-rule-'));
    // A lone surrogate in an archived copy's path once reached the permalink, whose encoding threw.
    const text = fixture
      .replace(NAME, 'name: "Example\\u202EWriter"')
      .replace(
        'confirmation: { method: live-page, date: 2026-01-10 }',
        [
          'kind: terms',
          '    confirmation: { method: archived-copy, date: 2026-01-10 }',
          '    archived:',
          '      archive: open-terms-archive',
          '      repository: OpenTermsArchive/example-versions',
          '      commit: 0123456789abcdef0123456789abcdef01234567',
          '      path: "Example/Terms\\uD800.md"',
          '      captured: 2025-12-01',
          '      declaredUrls: [https://example.com/terms]',
        ].join('\n'),
      );
    writeFileSync(join(dir, 'minimal.yaml'), text);
    const run = spawnSync(
      process.execPath,
      [`${packageDir}dist/cli/validate.js`, '--now', '2026-03-01', 'minimal.yaml'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'minimal.yaml:3:7  name  is "Example\\u202eWriter": must not contain a bidi control (U+202E at character 8)',
        'minimal.yaml:26:13  sources[0].archived.path  is "Example/Terms\\ud800.md": must not contain a lone surrogate (U+D800 at character 14)',
        '',
        '1 file checked: 2 error(s), 0 warning(s)',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
  });
});
