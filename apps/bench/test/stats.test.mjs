import { describe, expect, it } from 'vitest';
import { growth, median, outgrowing, quantile, summary } from '../src/stats.mjs';

describe('the benchmark statistics', () => {
  it('should take medians and quartiles by interpolation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(summary([5, 1, 4, 2, 3])).toEqual({ n: 5, median: 3, p25: 2, p75: 4, min: 1, max: 5 });
  });

  it('should call a figure flat, linear or faster than linear from its log-log slope at the largest sizes', () => {
    expect(
      growth([
        [10, 5],
        [10000, 5.2],
      ]).label,
    ).toBe('flat');
    expect(
      growth([
        [10, 1],
        [100, 10],
        [10000, 1000],
      ]).label,
    ).toBe('linear');
    expect(
      growth([
        [10, 1],
        [10000, 1000 * 1000],
      ]).label,
    ).toBe('FASTER THAN LINEAR');
    expect(
      growth([
        [10, 1],
        [10000, 31.6],
      ]).label,
    ).toBe('sublinear');
    expect(growth([[10, 1]]).label).toBe('not measured');
    // A fixed cost at the small end does not hide linear growth at the large end.
    expect(
      growth([
        [10, 100],
        [100, 103],
        [1000, 130],
        [10000, 400],
      ]).label,
    ).toBe('sublinear');
    expect(
      growth([
        [10, 100],
        [1000, 3000],
        [10000, 30000],
      ]).label,
    ).toBe('linear');
  });

  it('should name the timings that grow faster than the guard allows, and only those', () => {
    const sizes = [10, 100, 1000, 10000];
    const series = {
      linear: sizes.map((n) => [n, 50 + 2 * n]),
      'n log n': sizes.map((n) => [n, n * Math.log(n)]),
      quadratic: sizes.map((n) => [n, 1000 + n * n]),
    };
    expect(outgrowing(series).map((o) => o.name)).toEqual(['quadratic']);
    // The validator of issue 24 before its fix: 3,121 ms at 1,000 tools, 48,850 ms at 10,000.
    expect(
      outgrowing({
        validate: [
          [1000, 3121],
          [10000, 48850],
        ],
      }).map((o) => o.name),
    ).toEqual(['validate']);
  });
});
