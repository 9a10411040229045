// Small statistics for the benchmark tables: medians and spreads of repeated loads, ratios, and how
// a figure grows with the size of the dataset.

/** The value at quantile `q` (0..1) of `values`, by linear interpolation between order statistics. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Median with the interquartile range, the spread the tables print. */
export function summary(values) {
  return {
    n: values.length,
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/**
 * How a figure grows with the dataset: the slope of log(figure) against log(tools) between the
 * two largest sizes, where fixed costs (a process starting, a file header) no longer hide the
 * growth. 0 is flat, 1 linear; above 1.05 grows faster than linear (n log n between 1,000 and
 * 10,000 is 1.13, so it is flagged). `points` are `[tools, figure]`.
 */
export function growth(points) {
  const usable = points.filter(([n, v]) => n > 0 && v > 0).sort((a, b) => a[0] - b[0]);
  if (usable.length < 2) return { exponent: Number.NaN, label: 'not measured' };
  const [n0, v0] = usable.at(-2);
  const [n1, v1] = usable.at(-1);
  const exponent = Math.log(v1 / v0) / Math.log(n1 / n0);
  const label =
    exponent < 0.15
      ? 'flat'
      : exponent < 0.85
        ? 'sublinear'
        : exponent <= 1.05
          ? 'linear'
          : 'FASTER THAN LINEAR';
  return { exponent, label };
}

/**
 * The guard on validate and the build (issue 24): their time may grow at most as n^1.15 between
 * the two largest sizes. n log n is 1.13 from 1,000 to 10,000 tools and a quadratic cost 2; the
 * validator that kept every parsed document alive grew at 1.19. A ratio of two timings of one run,
 * so it holds on a slow machine as on a fast one; a single run near the bound is worth a rerun.
 */
export const MAX_TIME_GROWTH = 1.15;

/** The figures among `series` (name -> points as for `growth`) that grow faster than `bound`. */
export function outgrowing(series, bound = MAX_TIME_GROWTH) {
  return Object.entries(series)
    .map(([name, points]) => ({ name, exponent: growth(points).exponent }))
    .filter(({ exponent }) => exponent > bound);
}
