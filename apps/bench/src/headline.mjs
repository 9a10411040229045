// The headline of BENCHMARKS.md, which the root README quotes between these markers.
export const HEADLINE_BLOCK = /(<!-- bench:headline -->)[\s\S]*?(<!-- \/bench:headline -->)/;

/** The headline paragraph of a BENCHMARKS.md text ("**Headline:** …"), on one line. */
export function headlineOf(benchmarks) {
  const match = /^\*\*Headline:\*\* ([\s\S]*?)\n\n/m.exec(benchmarks);
  if (!match) throw new Error('BENCHMARKS.md has no **Headline:** paragraph');
  return match[1].replace(/\s+/g, ' ').trim();
}
