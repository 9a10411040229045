/**
 * Values a record never types twice: the headline verdict comes from the tiers and the ZDR / DPA
 * badge from its two parts, filled in by the build. A stored value must agree, except a badge whose
 * record says why it differs; and the dataset check that refuses a contradiction is the same code
 * for `validate`, the build and the SDK's release loader.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit records freely to break them */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../src/checks.js';
import { deriveZdrDpa } from '../src/derive.js';
import type { OfferAvailability } from '../src/vocabulary.js';
import { teamTier, validateEditedMinimal } from './helpers.js';

const handling = (zdr: OfferAvailability, dpa: OfferAvailability) => ({
  summary: 'What the vendor says about retention.',
  sources: ['terms'],
  zdr: { availability: zdr },
  dpa: { availability: dpa },
});

describe('the headline verdict', () => {
  it('should be derived from the tiers when the record leaves it out', () => {
    const result = validateEditedMinimal((r) => {
      delete r.headline.verdict;
      r.tiers.push(teamTier(['terms']));
    });
    expect(result.lines).toEqual([]);
    expect(result.tools[0]!.headline.verdict).toBe('depends-on-plan');
    // Published first among the headline's keys, where readers of the JSON look for it.
    expect(Object.keys(result.tools[0]!.headline)).toEqual(['verdict', 'shortAnswer', 'summary']);
  });

  it('should be refused, with file, line and field, when a stored one contradicts the tiers', () => {
    const result = validateEditedMinimal((r) => (r.headline.verdict = 'no-training'));
    expect(result.lines).toEqual([
      'minimal.yaml:8:12  headline.verdict  is "no-training" but the tiers (free: trains) make it "trains-by-default" (expected "trains-by-default", or correct the tier verdicts)',
    ]);
    expect(result.tools).toEqual([]);
  });
});

describe('the ZDR / DPA badge', () => {
  it.each<[OfferAvailability, OfferAvailability, OfferAvailability]>([
    ['enterprise', 'offered', 'enterprise'],
    ['offered', 'enterprise', 'enterprise'],
    ['offered', 'unknown', 'offered'],
    ['unknown', 'offered', 'offered'],
    ['not-offered', 'offered', 'offered'],
    ['not-offered', 'not-offered', 'not-offered'],
    // A gap is never shown as "not offered".
    ['not-offered', 'unknown', 'unknown'],
    ['unknown', 'unknown', 'unknown'],
  ])('should be derived from ZDR %s and DPA %s as %s', (zdr, dpa, badge) => {
    expect(deriveZdrDpa({ zdr, dpa })).toBe(badge);
    const result = validateEditedMinimal((r) => (r.dataHandling = handling(zdr, dpa)));
    expect(result.lines).toEqual([]);
    expect(result.tools[0]!.dataHandling!.zdrDpa).toBe(badge);
  });

  it('should be "unknown" when neither part is given', () => {
    expect(deriveZdrDpa({})).toBe('unknown');
  });

  it('should refuse a stored badge that disagrees with the parts and gives no reason', () => {
    const result = validateEditedMinimal(
      (r) => (r.dataHandling = { zdrDpa: 'enterprise', ...handling('unknown', 'offered') }),
    );
    expect(result.lines).toEqual([
      'minimal.yaml:27:11  dataHandling.zdrDpa  is "enterprise" but the ZDR and DPA parts make it "offered" (expected no zdrDpa (the build derives "offered"), or the reason in dataHandling.zdrDpaReason)',
    ]);
    expect(result.tools).toEqual([]);
  });

  it('should keep a stored badge whose record says why the parts cannot give it', () => {
    const result = validateEditedMinimal(
      (r) =>
        (r.dataHandling = {
          zdrDpa: 'enterprise',
          zdrDpaReason: 'The vendor signs its DPA only with an enterprise contract.',
          ...handling('unknown', 'offered'),
        }),
    );
    expect(result.lines).toEqual([]);
    expect(result.tools[0]!.dataHandling!.zdrDpa).toBe('enterprise');
  });
});

describe('checkDataset (the check a release loaded from a URL goes through)', () => {
  const built = () => {
    const result = validateEditedMinimal(() => {});
    return {
      version: '1.0.0',
      tools: { minimal: structuredClone(result.tools[0]!) } as Record<string, any>,
      redirects: {} as Record<string, any>,
    };
  };
  const lines = (dataset: unknown) =>
    checkDataset(dataset).map((f) => `${f.path.join('.')}: ${f.message}`);

  it('should find nothing in a dataset the build wrote', () => {
    expect(lines(built())).toEqual([]);
  });

  it('should find a headline that contradicts the tiers, and a source that is not there', () => {
    const dataset = built();
    const tool = dataset.tools.minimal as Record<string, any>;
    tool.headline.verdict = 'no-training';
    tool.tiers[0].sources = ['terms', 'blog'];
    expect(lines(dataset)).toEqual([
      'tools.minimal.headline.verdict: is "no-training" but the tiers (free: trains) make it "trains-by-default"',
      'tools.minimal.tiers.0.sources.1: refers to source "blog", which this record does not have',
    ]);
  });

  it('should accept a published badge as published: releases before the build derived it typed it by hand', () => {
    const dataset = built();
    (dataset.tools.minimal as Record<string, any>).dataHandling = {
      zdrDpa: 'enterprise',
      ...handling('unknown', 'offered'),
    };
    expect(lines(dataset)).toEqual([]);
  });

  it('should find a record stored under another id, and every redirect that does not land on a tool in one hop', () => {
    const dataset = built();
    const redirect = (id: string, redirectTo: string) => ({
      kind: 'moved',
      id,
      redirectTo,
      date: '2026-01-01',
      reason: 'Renamed.',
    });
    dataset.tools = { other: dataset.tools.minimal };
    dataset.redirects = {
      'old-name': redirect('old-name', 'other'),
      'older-name': redirect('older-name', 'old-name'),
      gone: redirect('gone', 'nowhere'),
      loop: redirect('loop', 'loop'),
      mislabelled: redirect('elsewhere', 'other'),
    };
    expect(lines(dataset)).toEqual([
      'tools.other.id: is "minimal" but the record is stored under "other"',
      'redirects.older-name.redirectTo: points at "old-name", which is itself a redirect; point at the final tool',
      'redirects.gone.redirectTo: points at "nowhere", which is not a record',
      'redirects.loop.redirectTo: points at itself',
      'redirects.mislabelled.id: is "elsewhere" but the record is stored under "mislabelled"',
    ]);
  });
});

describe('a derived value typed in the record anyway', () => {
  it('should be a warning, located at its line, when it agrees: a second copy can only drift', () => {
    const result = validateEditedMinimal((r) => {
      r.headline.verdict = 'trains-by-default';
      r.dataHandling = { zdrDpa: 'offered', ...handling('unknown', 'offered') };
    });
    expect(result.errorCount).toBe(0);
    expect(result.lines).toEqual([
      'minimal.yaml:8:3  headline.verdict  warning  is derived from the tiers when the record is built; a stored copy can only drift (expected no headline.verdict line)',
      'minimal.yaml:28:3  dataHandling.zdrDpa  warning  is derived from the zdr and dpa parts when the record is built; a stored copy can only drift (expected no dataHandling.zdrDpa line)',
    ]);
  });
});
