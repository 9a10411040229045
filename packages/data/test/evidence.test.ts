/**
 * Every claim carries its evidence: a tier, an opt-out method, a retention period, a ZDR or DPA
 * fact and a history entry cite the sources they rest on; a quote says how it was confirmed; a
 * secondary summary or analysis says who wrote it. For a record that predates the rule these are
 * warnings; for any other record, errors. "Not known" needs no source.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit records freely to break them */
import { describe, expect, it } from 'vitest';
import { evidenceBasis, evidenceConfidence, tierEvidenceBasis } from '../src/derive.js';
import { validateEditedMinimal } from './helpers.js';

const unsourced = (r: Record<string, any>) => {
  delete r.tiers[0].sources;
  r.optOut = {
    availability: 'available',
    summary: 'E-mail the vendor.',
    methods: [{ mechanism: 'email', description: 'E-mail the vendor.' }],
  };
  r.dataHandling = {
    summary: 'Deleted after 30 days.',
    retention: [{ who: 'Everyone', period: '30 days' }],
    dpa: { availability: 'offered' },
  };
  r.history = [{ type: 'policy-change', summary: 'The vendor started training.' }];
};

describe('a claim with no source', () => {
  it('should be an error in a new record, with file, line and field for each', () => {
    const result = validateEditedMinimal(unsourced);
    expect(result.lines).toEqual([
      'minimal.yaml:9:5  tiers[0]  is a tier verdict that cites no source (expected sources: [ids of the sources it rests on])',
      'minimal.yaml:28:7  optOut.methods[0]  is an opt-out method that cites no source (expected sources: [ids of the sources it rests on])',
      'minimal.yaml:33:7  dataHandling.retention[0]  is a retention period that cites no source (expected sources: [ids of the sources it rests on])',
      'minimal.yaml:35:3  dataHandling.dpa  is a DPA fact that cites no source (expected sources: [ids of the sources it rests on])',
      'minimal.yaml:38:5  history[0]  is a history entry that cites no source (expected sources: [ids of the sources it rests on])',
    ]);
    expect(result.tools).toEqual([]);
  });

  it('should be a warning in a record that predates the rule, which is still published', () => {
    const result = validateEditedMinimal(unsourced, true);
    expect(result.errorCount).toBe(0);
    expect(result.warningCount).toBe(5);
    expect(result.problems.every((p) => p.rule === 'claim-unsourced')).toBe(true);
    expect(result.tools.map((t) => t.id)).toEqual(['minimal']);
  });

  it('should be accepted when the data-handling block cites sources for its ZDR and DPA parts', () => {
    const result = validateEditedMinimal((r) => {
      r.dataHandling = {
        summary: 'A DPA is offered.',
        dpa: { availability: 'offered' },
        sources: ['terms'],
      };
    });
    expect(result.lines).toEqual([]);
  });

  it('should not be asked of a verdict or an offer that is not known', () => {
    const result = validateEditedMinimal((r) => {
      delete r.headline.verdict;
      r.tiers.push({
        id: 'api',
        label: 'API',
        kind: 'plan',
        verdict: 'unknown',
        detail: 'No source says.',
      });
      r.dataHandling = { summary: 'Nothing is said.', zdr: { availability: 'unknown' } };
    });
    expect(result.lines).toEqual([]);
  });
});

describe('a quote', () => {
  it('should say how it was confirmed: an error in a new record, a warning in an old one', () => {
    const drop = (r: Record<string, any>) => delete r.sources[0].confirmation;
    expect(validateEditedMinimal(drop).lines).toEqual([
      'minimal.yaml:19:5  sources[0].quote  does not say how it was confirmed (expected confirmation: { method: live-page | archived-copy | stored-copy | secondary-only, date, captured, via })',
    ]);
    const old = validateEditedMinimal(drop, true);
    expect(old.errorCount).toBe(0);
    expect(old.problems.map((p) => `${p.rule} ${p.severity}`)).toEqual([
      'quote-unconfirmed warning',
    ]);
  });

  it('should name the secondary page it was read in, when only that page quotes it', () => {
    const result = validateEditedMinimal((r) => {
      r.sources[0].confirmation = { method: 'secondary-only', via: 'summary' };
    });
    expect(result.lines).toEqual([
      'minimal.yaml:22:12  sources[0].confirmation.via  refers to source "summary", which this record does not have (expected one of: terms)',
    ]);
  });

  it('should refuse a stored copy captured on an impossible date', () => {
    const result = validateEditedMinimal((r) => {
      r.sources[0].confirmation = {
        method: 'stored-copy',
        date: '2026-01-10',
        captured: '2025-02-30',
      };
    });
    expect(result.lines).toEqual([
      'minimal.yaml:23:17  sources[0].confirmation.captured  is "2025-02-30": must be a real calendar date (YYYY-MM-DD)',
    ]);
  });
});

describe('a secondary summary or analysis', () => {
  it('should say who wrote it', () => {
    const result = validateEditedMinimal((r) => {
      r.sources.push({
        id: 'summary',
        document: 'Does Example Writer train on your data?',
        kind: 'secondary',
      });
      r.sources[0].confirmation = { method: 'secondary-only', via: 'summary' };
    });
    expect(result.lines).toEqual([
      'minimal.yaml:24:5  sources[1]  is a secondary summary with no attribution (expected attribution: who wrote it (the site, service or author))',
    ]);
    const credited = validateEditedMinimal((r) => {
      r.sources.push({
        id: 'summary',
        document: 'Does Example Writer train on your data?',
        kind: 'secondary',
        attribution: 'An aggregator',
      });
      r.sources[0].confirmation = { method: 'secondary-only', via: 'summary' };
    });
    expect(credited.lines).toEqual([]);
  });
});

describe('what a claim rests on', () => {
  const read = { method: 'stored-copy', date: '2026-01-10' } as const;
  it('should be the strongest read source: vendor text, then news, then secondary, else nothing', () => {
    expect(
      evidenceBasis([
        { kind: 'secondary', confirmation: read },
        { kind: 'docs', confirmation: read },
      ]),
    ).toBe('vendor');
    expect(evidenceBasis([{ kind: 'news', confirmation: read }, { kind: 'secondary' }])).toBe(
      'news',
    );
    // A vendor page only a secondary page quotes, or one nobody recorded reading, is not vendor text.
    expect(evidenceBasis([{ kind: 'terms', confirmation: { method: 'secondary-only' } }])).toBe(
      'secondary',
    );
    expect(evidenceBasis([{ kind: 'terms' }])).toBe('secondary');
    expect(evidenceBasis([])).toBe('none');
  });

  it("should be the tier's own sources, and nothing for a tier that is not known", () => {
    const record = {
      sources: [
        { id: 'terms', kind: 'terms', confirmation: read },
        { id: 'blog', kind: 'secondary', confirmation: read },
      ] as const,
    };
    expect(tierEvidenceBasis(record, { verdict: 'trains', sources: ['terms'] })).toBe('vendor');
    expect(tierEvidenceBasis(record, { verdict: 'trains', sources: ['blog'] })).toBe('secondary');
    expect(tierEvidenceBasis(record, { verdict: 'trains' })).toBe('none');
    expect(tierEvidenceBasis(record, { verdict: 'unknown', sources: ['terms'] })).toBe('none');
  });
});

describe("a claim's confidence", () => {
  const read = { method: 'live-page', date: '2026-01-10' } as const;
  it('should follow from who is speaking and how it was confirmed, the strongest source deciding', () => {
    expect(evidenceConfidence([{ kind: 'terms', confirmation: read }])).toBe('high');
    expect(
      evidenceConfidence([{ kind: 'help-center', confirmation: { method: 'stored-copy' } }]),
    ).toBe('high');
    expect(evidenceConfidence([{ kind: 'news', confirmation: read }])).toBe('medium');
    expect(
      evidenceConfidence([
        { kind: 'news', confirmation: read },
        { kind: 'terms', confirmation: read },
      ]),
    ).toBe('high');
    // Never claimed more than was done: a vendor page only a secondary page quotes, a secondary
    // page itself, a source nobody recorded reading.
    expect(
      evidenceConfidence([{ kind: 'terms', confirmation: { method: 'secondary-only' } }]),
    ).toBe('low');
    expect(evidenceConfidence([{ kind: 'secondary', confirmation: read }])).toBe('low');
    expect(evidenceConfidence([{ kind: 'terms' }, { confirmation: read }])).toBe('low');
    expect(evidenceConfidence([])).toBe('low');
  });

  it('should be refused when a tier states more than its sources support', () => {
    const result = validateEditedMinimal((r) => {
      r.tiers[0].confidence = 'high';
      r.sources[0].kind = 'news';
    });
    expect(result.lines).toEqual([
      `minimal.yaml:16:17  tiers[0].confidence  is "high" but its sources support "medium" (the vendor's own text read in its page or a copy: high; news: medium; anything else: low) (expected "medium" or lower, or a source that supports more)`,
    ]);
    const modest = validateEditedMinimal((r) => {
      r.tiers[0].confidence = 'medium';
      r.sources[0].kind = 'news';
    });
    expect(modest.lines).toEqual([]);
  });
});
