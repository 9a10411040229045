import { describe, expect, it } from 'vitest';
import { deriveHeadlineVerdict } from '../src/derive.js';
import type { TierVerdict } from '../src/vocabulary.js';

const headlineOf = (...verdicts: TierVerdict[]) =>
  deriveHeadlineVerdict(verdicts.map((verdict) => ({ verdict })));

describe('deriveHeadlineVerdict', () => {
  it.each<[TierVerdict[], string]>([
    [['trains', 'trains-unless-opt-out'], 'trains-by-default'],
    [['trains-unless-opt-out', 'no-training', 'no-training'], 'depends-on-plan'],
    [['unclear'], 'unclear'],
    [['no-training'], 'no-training'],
    [['no-training', 'trains-if-opt-in'], 'opt-in-only'],
    [['trains-if-opt-in'], 'opt-in-only'],
    [['unknown', 'unknown'], 'unknown'],
    [[], 'unknown'],
    // A gap is never hidden behind a safe-sounding answer.
    [['no-training', 'unknown'], 'depends-on-plan'],
    [['no-training', 'unclear'], 'depends-on-plan'],
    [['trains', 'unknown'], 'depends-on-plan'],
  ])('derives %j as %s', (verdicts, expected) => {
    expect(headlineOf(...verdicts)).toBe(expected);
  });
});
