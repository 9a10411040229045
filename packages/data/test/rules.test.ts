/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit records freely */
import { describe, expect, it } from 'vitest';
import { ONE_OF_VERDICTS, teamTier, validateEditedMinimal, validateFixtures } from './helpers.js';

const VERDICTS = ONE_OF_VERDICTS;

describe('a page cited more than once', () => {
  const again = (quote?: string) => (r: Record<string, any>) => {
    r.tiers.push(teamTier(['terms-team']));
    r.sources.push({
      id: 'terms-team',
      url: 'https://example.com/terms#team',
      ...(quote ? { quote } : {}),
      confirmation: { method: 'live-page', date: '2026-01-10' },
    });
  };

  it('should be accepted for another verbatim quote, so each tier cites its own sentence', () => {
    const result = validateEditedMinimal(again('We never train on Team workspaces.'));
    expect(result.lines).toEqual([]);
    expect(result.tools).toHaveLength(1);
  });

  it('should be refused without a quote, or with the same quote, naming the first citation', () => {
    for (const quote of [undefined, 'We use your inputs to train our models.']) {
      expect(validateEditedMinimal(again(quote)).lines).toEqual([
        'minimal.yaml:32:10  sources[1].url  repeats the URL of sources[0] (expected each source once; cite a page again only for another verbatim quote)',
      ]);
    }
  });
});

describe('validate', () => {
  describe('when the records are valid', () => {
    it('should report nothing and keep every record, following the redirect', () => {
      const result = validateFixtures(['valid']);
      expect(result.lines).toEqual([]);
      expect(result.tools.map((t) => t.id)).toEqual(['minimal']);
      expect(result.redirects.map((r) => [r.id, r.redirectTo])).toEqual([
        ['renamed-writer', 'minimal'],
      ]);
    });
  });

  // One failing fixture per rule: the exact line a maintainer sees, with file, line, column and field.
  const cases: Array<[fixture: string, lines: string[]]> = [
    [
      'yaml-syntax',
      [
        'invalid/yaml-syntax.yaml:7:3  (file)  YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (expected valid YAML)',
        'invalid/yaml-syntax.yaml:7:16  (file)  YAML syntax error: Implicit keys need to be on a single line (expected valid YAML)',
        'invalid/yaml-syntax.yaml:7:16  (file)  YAML syntax error: Nested mappings are not allowed in compact mappings (expected valid YAML)',
      ],
    ],
    [
      'unknown-key',
      [
        'invalid/unknown-key.yaml:7:3  headline.summary  is missing (expected text)',
        'invalid/unknown-key.yaml:8:3  headline.sumary  is not a known field; did you mean "summary"? (expected one of: verdict, shortAnswer, summary)',
      ],
    ],
    [
      'bad-verdict',
      [`invalid/bad-verdict.yaml:13:14  tiers[0].verdict  is "sometimes" (expected ${VERDICTS})`],
    ],
    ['missing-field', ['invalid/missing-field.yaml:1:1  vendor  is missing (expected text)']],
    [
      'Bad_Id',
      [
        'invalid/Bad_Id.yaml:2:5  id  is "Bad_Id": must be lowercase letters and digits joined by single hyphens',
      ],
    ],
    [
      'id-mismatch',
      [
        'invalid/id-mismatch.yaml:2:5  id  is "some-other-id" but the file is named "id-mismatch" (expected "id-mismatch", or rename the file to some-other-id.yaml)',
      ],
    ],
    [
      'http-url',
      [
        'invalid/http-url.yaml:18:10  sources[0].url  is "http://example.com/terms": must be an https:// URL',
      ],
    ],
    [
      'bad-date',
      [
        'invalid/bad-date.yaml:21:16  sources[0].retrieved  is "2026-02-30": must be a real calendar date (YYYY-MM-DD)',
      ],
    ],
    [
      'future-date',
      [
        'invalid/future-date.yaml:22:15  lastVerified  is 2099-01-01, which is in the future (expected a date on or before today, 2026-03-01)',
      ],
    ],
    [
      'source-after-verification',
      [
        'invalid/source-after-verification.yaml:21:16  sources[0].retrieved  is 2026-02-01, after the record was last verified (2026-01-10) (expected a date on or before lastVerified, or update lastVerified)',
      ],
    ],
    [
      'headline-contradicts',
      [
        'invalid/headline-contradicts.yaml:6:12  headline.verdict  is "no-training" but the tiers (free: trains) make it "trains-by-default" (expected "trains-by-default", or correct the tier verdicts)',
      ],
    ],
    [
      'duplicate-source',
      [
        'invalid/duplicate-source.yaml:23:10  sources[1].url  repeats the URL of sources[0] (expected each source once; cite a page again only for another verbatim quote)',
      ],
    ],
    [
      'duplicate-tier',
      [
        'invalid/duplicate-tier.yaml:16:9  tiers[1].id  "free" is already used by tiers[0] (expected an id unique within tiers)',
      ],
    ],
    [
      'too-long',
      [
        'invalid/too-long.yaml:7:16  headline.shortAnswer  is 255 characters long (expected at most 240)',
      ],
    ],
    [
      'placeholder',
      [
        'invalid/placeholder.yaml:8:12  headline.summary  still holds a TODO placeholder (expected content taken from a source, or remove the field if no source gives it)',
      ],
    ],
    [
      'unknown-ref',
      [
        'invalid/unknown-ref.yaml:15:15  tiers[0].sources[0]  refers to source "tems", which this record does not have (expected one of: terms)',
      ],
    ],
    [
      'source-without-identity',
      [
        'invalid/source-without-identity.yaml:17:5  sources[0]  has neither a url nor a document name (expected an https url, or the name of the document quoted)',
      ],
    ],
    [
      'empty',
      [
        'invalid/empty.yaml:1:1  (file)  the file is empty (expected a tool record (kind: tool) or a redirect (kind: moved))',
      ],
    ],
    ['not-a-record', ['invalid/not-a-record.yaml:1:1  (file)  is a list (expected a mapping)']],
    [
      'bad-kind',
      [
        'invalid/bad-kind.yaml:1:7  kind  is "tol" (expected "tool" for a tool record or "moved" for a redirect)',
      ],
    ],
    [
      'missing-tiers',
      ['invalid/missing-tiers.yaml:9:8  tiers  lists 0 item(s) (expected at least 1)'],
    ],
    [
      'analysis-unlabelled',
      ['invalid/analysis-unlabelled.yaml:23:10  compliance.label  is "fact" (expected "analysis")'],
    ],
  ];

  describe.each(cases)('when given invalid/%s.yaml', (fixture, lines) => {
    it('should report exactly what is wrong and where, as an error', () => {
      const result = validateFixtures([`invalid/${fixture}.yaml`]);
      expect(result.lines).toEqual(lines);
      expect(result.errorCount).toBe(lines.length);
      expect(result.tools).toEqual([]);
    });
  });

  it('has a failing fixture for every file in test/fixtures/invalid', async () => {
    const { readdirSync } = await import('node:fs');
    const { fixturesDir } = await import('./helpers.js');
    const files = readdirSync(`${fixturesDir}/invalid`).map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(cases.map(([name]) => name).sort());
  });

  describe('when two records share an id', () => {
    it('should name the other file', () => {
      const result = validateFixtures(['cross/duplicate-id']);
      expect(result.lines).toContain(
        'cross/duplicate-id/second.yaml:2:5  id  "first" is already used by cross/duplicate-id/first.yaml (expected an id no other record uses)',
      );
      expect(result.tools.map((t) => t.id)).toEqual(['first']);
    });
  });

  describe('when a redirect points at nothing', () => {
    it('should report the missing target', () => {
      expect(validateFixtures(['cross/redirect-missing']).lines).toEqual([
        'cross/redirect-missing/old-name.yaml:3:13  redirectTo  points at "no-such-tool", which is not a record (expected the id of an existing tool record)',
      ]);
    });
  });

  describe('when a redirect points at another redirect', () => {
    it('should ask for the final tool, and keep the valid records', () => {
      const result = validateFixtures(['cross/redirect-chain']);
      expect(result.lines).toEqual([
        'cross/redirect-chain/older-name.yaml:3:13  redirectTo  points at "old-name", which is itself a redirect; point at the final tool (expected the id of an existing tool record)',
      ]);
      expect(result.tools.map((t) => t.id)).toEqual(['minimal']);
      expect(result.redirects.map((r) => r.id)).toEqual(['old-name']);
    });
  });

  describe('when one file is broken', () => {
    it('should still validate and keep every valid file', () => {
      const result = validateFixtures(['valid', 'invalid/bad-verdict.yaml']);
      expect(result.errorCount).toBe(1);
      expect(result.tools.map((t) => t.id)).toEqual(['minimal']);
      expect(result.redirects.map((r) => r.id)).toEqual(['renamed-writer']);
    });
  });

  describe('staleness', () => {
    it('should say nothing within 180 days of verification', () => {
      expect(
        validateFixtures(['valid/minimal.yaml'], { now: new Date('2026-07-09T00:00:00Z') }).lines,
      ).toEqual([]);
    });

    it('should warn after 180 days', () => {
      const result = validateFixtures(['valid/minimal.yaml'], {
        now: new Date('2026-07-10T00:00:00Z'),
      });
      expect(result.lines).toEqual([
        'valid/minimal.yaml:22:15  lastVerified  warning  is 181 days old; re-verify before 365 days (expected a verification within 180 days)',
      ]);
      expect(result.errorCount).toBe(0);
      expect(result.tools).toHaveLength(1);
    });

    it('should fail after 365 days', () => {
      const result = validateFixtures(['valid/minimal.yaml'], {
        now: new Date('2027-01-11T00:00:00Z'),
      });
      expect(result.lines).toEqual([
        'valid/minimal.yaml:22:15  lastVerified  is 366 days old; records must be re-verified within 365 days (expected every source re-checked and lastVerified updated)',
      ]);
      expect(result.errorCount).toBe(1);
    });

    it('should warn that a record without lastVerified has never been verified', () => {
      const result = validateFixtures(['stale']);
      expect(result.lines).toEqual([
        'stale/never-verified.yaml:1:1  (file)  warning  has no lastVerified date: no maintainer has confirmed its sources yet (expected lastVerified: YYYY-MM-DD once every source has been checked)',
      ]);
      expect(result.warningCount).toBe(1);
      expect(result.errorCount).toBe(0);
    });

    it('should be skipped when staleness is off (builds)', () => {
      const result = validateFixtures(['valid/minimal.yaml', 'stale'], {
        now: new Date('2030-01-01T00:00:00Z'),
        staleness: false,
      });
      expect(result.lines).toEqual([]);
    });
  });
});
