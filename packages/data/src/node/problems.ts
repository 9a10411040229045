import type { FieldPath } from '../checks.js';

export type { FieldPath };

/** One thing wrong with a record, located precisely enough for an editor to jump to it. */
export interface Problem {
  /** Path of the file as given to the validator. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Dotted field path, e.g. `tiers[0].verdict`; empty for the whole file. */
  field: string;
  /** What is wrong, in words. */
  message: string;
  /** What was expected, when it can be said. */
  expected?: string;
  severity: 'error' | 'warning';
  /** Stable id of the rule that found it, for tests and for silencing in tooling. */
  rule: string;
}

/** `['tiers', 0, 'verdict']` -> `tiers[0].verdict` */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

/** `file:line:col  field  message (expected ...)`, one problem per line. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const field = problem.field || '(file)';
  const expected = problem.expected ? ` (expected ${problem.expected})` : '';
  const tag = problem.severity === 'warning' ? 'warning  ' : '';
  return `${where}  ${field}  ${tag}${problem.message}${expected}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}
