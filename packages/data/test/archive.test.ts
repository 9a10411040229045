/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit records freely */
// Issue 22: evidence a reader can open (a source's archived copy) and a policy change typed once
// (a tier's verdict and `since` agree with its newest policy change). On the minimal fixture.
import { describe, expect, it } from 'vitest';
import { archivedCopyUrl } from '../src/archive-url.js';
import { changeDate, evidenceSeen } from '../src/derive.js';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { formatProblem } from '../src/node/problems.js';
import { validateRecordSources } from '../src/node/validate.js';
import { fixturesDir, validateEditedMinimal } from './helpers.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const OLDER = 'fedcba9876543210fedcba9876543210fedcba98';

/** An archived version of the fixture's terms page, quoting `quote`. */
const archived = (id: string, quote: string, commit = COMMIT, captured = '2025-12-01') => ({
  id,
  url: 'https://example.com/terms',
  kind: 'terms',
  quote,
  confirmation: { method: 'archived-copy', date: '2026-01-10' },
  archived: {
    archive: 'open-terms-archive',
    repository: 'OpenTermsArchive/example-versions',
    commit,
    path: 'Example Writer/Terms of Service.md',
    captured,
    declaredUrls: ['https://example.com/terms'],
  },
});

/** Makes the fixture's only source an archived copy, edited by `change`. */
const withArchived =
  (change: (source: Record<string, any>) => void) => (r: Record<string, any>) => {
    r.sources[0] = archived('terms', 'We use your inputs to train our models.');
    change(r.sources[0]);
  };

describe('an archived source', () => {
  it('should be accepted, and published with the permalink anyone can open', () => {
    const result = validateEditedMinimal(withArchived(() => {}));
    expect(result.lines).toEqual([]);
    expect(result.tools[0]!.sources[0]!.archived!.permalink).toBe(
      `https://github.com/OpenTermsArchive/example-versions/blob/${COMMIT}/Example%20Writer/Terms%20of%20Service.md`,
    );
  });

  it('should link the exact version, with every part of the path encoded', () => {
    expect(
      archivedCopyUrl({
        repository: 'OpenTermsArchive/x',
        commit: COMMIT,
        path: 'DALL·E/a b#c?.md',
      }),
    ).toBe(`https://github.com/OpenTermsArchive/x/blob/${COMMIT}/DALL%C2%B7E/a%20b%23c%3F.md`);
  });

  it('should be refused with a broken shape, naming each field', () => {
    const result = validateEditedMinimal(
      withArchived((s) => {
        s.archived.commit = 'abc123';
        s.archived.repository = 'not a repository';
        s.archived.path = '../../etc/passwd';
        s.archived.captured = '2025-02-30';
        s.archived.declaredUrls = ['http://example.com/terms'];
      }),
    );
    expect(result.lines).toEqual([
      'minimal.yaml:26:19  sources[0].archived.repository  is "not a repository": must be owner/name',
      'minimal.yaml:27:15  sources[0].archived.commit  is "abc123": must be a full commit hash',
      'minimal.yaml:28:13  sources[0].archived.path  is "../../etc/passwd": must be a file path in the repository',
      'minimal.yaml:29:17  sources[0].archived.captured  is "2025-02-30": must be a real calendar date (YYYY-MM-DD)',
      'minimal.yaml:31:11  sources[0].archived.declaredUrls[0]  is "http://example.com/terms": must be an https:// URL',
    ]);
    expect(result.tools).toEqual([]);
  });

  it('should say it was read there: archived-copy with an archived copy, and only then', () => {
    expect(
      validateEditedMinimal(withArchived((s) => (s.confirmation.method = 'stored-copy'))).lines,
    ).toEqual([
      "minimal.yaml:24:5  sources[0].archived  names an archived copy but the quote's confirmation is stored-copy (expected confirmation: { method: archived-copy, date: the day it was read there })",
    ]);
    expect(validateEditedMinimal(withArchived((s) => delete s.archived)).lines).toEqual([
      'minimal.yaml:22:15  sources[0].confirmation.method  is archived-copy but the source names no archived copy (expected archived: { archive, repository, commit, path, captured, declaredUrls } beside it)',
    ]);
  });

  it('should be a repository of the archive it names, read from a URL the archive declares', () => {
    const result = validateEditedMinimal(
      withArchived((s) => {
        s.archived.repository = 'someone/copies';
        s.url = 'https://example.com/other';
      }),
    );
    expect(result.lines).toEqual([
      'minimal.yaml:18:10  sources[0].url  is not one of the URLs the archive declares for this document (expected one of: https://example.com/terms)',
      'minimal.yaml:26:19  sources[0].archived.repository  is "someone/copies", which is not a repository of Open Terms Archive (expected OpenTermsArchive/<name>)',
    ]);
  });

  it('should have its dates in the order they happened, none in the future', () => {
    const result = validateEditedMinimal(
      withArchived((s) => {
        s.confirmation.date = '2025-11-30';
        s.archived.lastSeen = '2025-11-01';
      }),
    );
    expect(result.lines).toEqual([
      'minimal.yaml:23:13  sources[0].confirmation.date  is 2025-11-30, before the archive captured the copy (2025-12-01) (expected a date on or after 2025-12-01)',
      'minimal.yaml:32:17  sources[0].archived.lastSeen  is 2025-11-01, before the copy was captured (2025-12-01) (expected a date on or after 2025-12-01)',
    ]);
    expect(
      validateEditedMinimal(withArchived((s) => (s.archived.lastSeen = '2026-04-01'))).lines,
    ).toEqual([
      'minimal.yaml:32:17  sources[0].archived.lastSeen  is 2026-04-01, which is in the future (expected a date on or before today, 2026-03-01)',
    ]);
  });

  it('should not carry what the build derives or what archived already says', () => {
    const result = validateEditedMinimal(
      withArchived((s) => {
        s.archived.permalink = 'https://github.com/OpenTermsArchive/example-versions';
        s.confirmation.captured = '2025-12-01';
      }),
    );
    expect(result.lines).toEqual([
      'minimal.yaml:24:7  sources[0].confirmation.captured  repeats the capture date, which archived.captured holds (expected no confirmation.captured on an archived source)',
      'minimal.yaml:33:7  sources[0].archived.permalink  is derived from repository, commit and path when the record is built (expected no permalink line)',
    ]);
  });

  it('should count as another source when it is another version of the same page', () => {
    const result = validateEditedMinimal((r) => {
      r.sources[0] = archived('terms', 'We use your inputs to train our models.');
      r.sources.push(archived('terms-old', 'We use your inputs to train our models.', OLDER));
    });
    expect(result.lines).toEqual([]);
  });
});

describe('a policy change', () => {
  /** The fixture's free tier changed from opt-in to trains, with archived before and after. */
  const change =
    (entry: Record<string, any>, tier: Record<string, any> = {}) =>
    (r: any) => {
      r.sources = [
        archived('terms', 'We use your inputs to train our models.'),
        archived('terms-old', 'We train on your inputs only if you opt in.', OLDER, '2025-06-01'),
      ];
      Object.assign(r.tiers[0], tier);
      r.history = [
        {
          type: 'policy-change',
          tier: 'free',
          summary: 'Training became the default.',
          before: { verdict: 'trains-if-opt-in', source: 'terms-old' },
          after: { source: 'terms' },
          sources: ['terms-old', 'terms'],
          ...entry,
        },
      ];
    };

  it('should be one edit: the after verdict comes from the tier, the date from the archive', () => {
    const result = validateEditedMinimal(change({}));
    expect(result.lines).toEqual([]);
    const [record] = result.tools;
    expect(record!.history![0]).toMatchObject({ after: { verdict: 'trains', source: 'terms' } });
    // No source states an effective date: the tier has no "since", and the entry is dated by the
    // archive's capture of the after text, which readers are told as such.
    expect(record!.tiers[0]!.since).toBeUndefined();
    expect(changeDate(record!.history![0]!, record!.sources)).toEqual({
      date: '2025-12-01',
      basis: 'captured',
    });
  });

  it('should give the tier its since when a source states the effective date', () => {
    const result = validateEditedMinimal(change({ date: '2025-11-15' }));
    expect(result.lines).toEqual([]);
    expect(result.tools[0]!.tiers[0]!.since).toBe('2025-11-15');
    expect(changeDate(result.tools[0]!.history![0]!, [])).toEqual({
      date: '2025-11-15',
      basis: 'effective',
    });
  });

  it('should be refused when the tier says something else, naming both places', () => {
    const result = validateEditedMinimal(
      change(
        { date: '2025-11-15', after: { verdict: 'trains-unless-opt-out', source: 'terms' } },
        { since: '2025-10-01' },
      ),
    );
    expect(result.lines).toEqual([
      "minimal.yaml:16:12  tiers[0].since  is 2025-10-01 but the tier's newest policy change (history[0]) is dated 2025-11-15 (expected no since (the build takes 2025-11-15 from history[0]), or correct the date there)",
      'minimal.yaml:58:16  history[0].after.verdict  is "trains-unless-opt-out" but tiers[0] (free), whose newest policy change this is, says "trains" (expected "trains", or a newer history entry for the tier (leave after.verdict out: the build takes it from the tier))',
    ]);
  });

  it('should judge the tier by its newest change only', () => {
    const result = validateEditedMinimal((r) => {
      change({})(r);
      r.history.unshift({
        type: 'policy-change',
        tier: 'free',
        date: '2025-01-01',
        summary: 'An older change.',
        before: { verdict: 'no-training' },
        after: { verdict: 'trains-if-opt-in' },
        sources: ['terms-old'],
      });
    });
    expect(result.lines).toEqual([]);
  });

  it('should warn when the tier repeats the date its newest change gives', () => {
    expect(
      validateEditedMinimal(change({ date: '2025-11-15' }, { since: '2025-11-15' })).lines,
    ).toEqual([
      'minimal.yaml:16:5  tiers[0].since  warning  is derived from history[0].date when the record is built; a stored copy can only drift (expected no since line)',
    ]);
  });

  it('should quote the sentence before and after, not cite a source without one', () => {
    const result = validateEditedMinimal((r) => {
      change({})(r);
      delete r.sources[1].quote;
    });
    expect(result.lines).toEqual([
      'minimal.yaml:54:15  history[0].before.source  cites source "terms-old", which holds no quote (expected a source whose quote is the sentence in force before the change)',
    ]);
  });
});

describe('evidenceSeen (what staleness is measured from)', () => {
  const tier = (id: string, verdict: string, sources: string[]) => ({ id, verdict, sources });
  const live = (id: string, date: string) => ({ id, confirmation: { method: 'live-page', date } });

  it('should be the stalest tier, each tier as fresh as its freshest dated source', () => {
    const seen = evidenceSeen({
      tiers: [
        tier('a', 'trains', ['old-page', 'still-archived']),
        tier('b', 'no-training', ['read-live']),
        tier('c', 'unknown', []),
        tier('d', 'unclear', ['undated-copy']),
      ],
      sources: [
        live('old-page', '2025-01-01'),
        { id: 'still-archived', archived: { captured: '2025-06-01', lastSeen: '2026-02-01' } },
        live('read-live', '2026-01-10'),
        { id: 'undated-copy', confirmation: { method: 'stored-copy', date: '2026-02-20' } },
      ],
    } as Parameters<typeof evidenceSeen>[0]);
    // a: 2026-02-01 (the archive still had it); b: 2026-01-10; c and d date nothing.
    expect(seen).toBe('2026-01-10');
  });

  it('should be undefined when nothing dates the evidence, and published only when defined', () => {
    expect(
      evidenceSeen({ tiers: [tier('c', 'unknown', [])], sources: [] } as Parameters<
        typeof evidenceSeen
      >[0]),
    ).toBeUndefined();
    const result = validateEditedMinimal(() => {});
    expect(result.tools[0]!.evidenceSeen).toBe('2026-01-10');
  });

  it('should be refused in a record file: the build derives it', () => {
    expect(validateEditedMinimal((r) => (r.evidenceSeen = '2026-01-10')).lines).toEqual([
      'minimal.yaml:26:1  evidenceSeen  is derived from the sources the tiers cite when the record is built (expected no evidenceSeen line)',
    ]);
  });
});

describe('staleness, measured from the evidence', () => {
  const validateOn = (now: string, edit: (r: Record<string, any>) => void) => {
    const record = parse(readFileSync(`${fixturesDir}/valid/minimal.yaml`, 'utf8'));
    edit(record);
    return validateRecordSources([{ file: 'minimal.yaml', text: stringify(record) }], {
      now: new Date(`${now}T00:00:00Z`),
    }).problems.map(formatProblem);
  };

  it('should warn when the evidence is old, however recently the record was verified', () => {
    // Verified in October, but its one quote was last seen current in January.
    expect(validateOn('2026-12-01', (r) => (r.lastVerified = '2026-10-01'))).toEqual([
      'minimal.yaml:24:15  lastVerified  warning  rests on evidence last seen current on 2026-01-10, 325 days ago; re-verify before 365 days (expected a verification within 180 days)',
    ]);
  });

  it('should stay quiet while an archive still holds the quote, and fail on an old verification', () => {
    const archivedStill = (r: Record<string, any>) => {
      r.sources[0] = {
        ...archived('terms', 'We use your inputs to train our models.'),
        archived: { ...archived('terms', '').archived, lastSeen: '2026-11-20' },
      };
      r.sources[0].confirmation.date = '2026-01-10';
    };
    expect(validateOn('2026-12-01', archivedStill)).toEqual([]);
    expect(validateOn('2027-02-01', archivedStill)).toEqual([
      'minimal.yaml:33:15  lastVerified  is 387 days old; records must be re-verified within 365 days (expected every source re-checked and lastVerified updated)',
    ]);
  });
});
