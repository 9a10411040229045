import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  recordFileSchema,
  schemaMessages,
  type RecordFile,
  type RedirectRecord,
  type ToolRecord,
} from '../schema.js';
import { checkRedirect } from '../checks.js';
import { withDerivedValues } from '../derive.js';
import { issuesToProblems } from './issues.js';
import { LEGACY_RECORD_IDS } from './legacy.js';
import { formatPath, sortProblems, type Problem } from './problems.js';
import { checkRecord } from './rules.js';
import { parseSource } from './yaml-source.js';

export interface RecordInput {
  /** The path shown in problems. */
  file: string;
  text: string;
}

export interface ValidateOptions {
  /** The date staleness and "in the future" are measured against. Defaults to now. */
  now?: Date;
  /** Warn or fail on old verification dates. On for `validate`, off for builds. Default true. */
  staleness?: boolean;
  /** Days after which a record's verification is old enough to warn. Default 180. */
  staleWarnDays?: number;
  /** Days after which it is an error. Default 365. */
  staleErrorDays?: number;
  /** Ids of records held to the warnings-only evidence rules (default `LEGACY_RECORD_IDS`). */
  legacyIds?: ReadonlySet<string>;
}

export interface ValidationResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Records that passed every check, by id. Invalid files never remove valid ones. */
  tools: ToolRecord[];
  redirects: RedirectRecord[];
}

export const RECORD_EXTENSIONS = ['.yaml', '.yml'];

/** Validates a set of authored record files and returns every problem at once. */
export function validateRecordSources(
  inputs: readonly RecordInput[],
  options: ValidateOptions = {},
): ValidationResult {
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const staleness = {
    enabled: options.staleness ?? true,
    warnDays: options.staleWarnDays ?? 180,
    errorDays: options.staleErrorDays ?? 365,
  };
  const legacyIds = options.legacyIds ?? LEGACY_RECORD_IDS;
  const problems: Problem[] = [];
  const parsed: Array<{
    input: RecordInput;
    locate: ReturnType<typeof parseSource>['locate'];
    data: unknown;
    record?: RecordFile;
    clean: boolean;
  }> = [];

  for (const input of inputs) {
    const source = parseSource(input.file, input.text);
    const fileProblems = [...source.problems];
    let record: RecordFile | undefined;
    if (source.data !== undefined || source.problems.length === 0) {
      const result = recordFileSchema.safeParse(source.data, {
        reportInput: true,
        error: schemaMessages,
      });
      if (result.success) record = result.data;
      else fileProblems.push(...issuesToProblems(input.file, source, result.error.issues));
      const findings = checkRecord(source.data, {
        basename: basename(input.file, extname(input.file)),
        legacy: legacyIds.has(basename(input.file, extname(input.file))),
        today,
        staleness,
      });
      for (const finding of findings) {
        fileProblems.push({
          file: input.file,
          ...source.locate(finding.path, { key: finding.atKey ?? false }),
          field: formatPath(finding.path),
          message: finding.message,
          ...(finding.expected ? { expected: finding.expected } : {}),
          severity: finding.severity,
          rule: finding.rule,
        });
      }
    }
    problems.push(...fileProblems);
    parsed.push({
      input,
      locate: source.locate,
      data: source.data,
      ...(record ? { record } : {}),
      clean: !fileProblems.some((p) => p.severity === 'error'),
    });
  }

  // Rules across files: unique ids, and redirects that land on a real tool.
  const byId = new Map<string, number>();
  const kinds = new Map<string, unknown>();
  parsed.forEach((entry, index) => {
    const data = entry.data as { id?: unknown; kind?: unknown } | null | undefined;
    const id = typeof data?.id === 'string' ? data.id : undefined;
    if (id === undefined) return;
    const first = byId.get(id);
    if (first !== undefined) {
      problems.push({
        file: entry.input.file,
        ...entry.locate(['id']),
        field: 'id',
        message: `"${id}" is already used by ${parsed[first]!.input.file}`,
        expected: 'an id no other record uses',
        severity: 'error',
        rule: 'id-unique',
      });
      entry.clean = false;
    } else {
      byId.set(id, index);
      kinds.set(id, data?.kind);
    }
  });
  for (const entry of parsed) {
    if ((entry.data as { kind?: unknown } | null)?.kind !== 'moved') continue;
    // The same redirect rule the build and the SDK's release loader apply (checks.ts).
    for (const finding of checkRedirect(entry.data, (id) => kinds.get(id))) {
      problems.push({
        file: entry.input.file,
        ...entry.locate(finding.path),
        field: formatPath(finding.path),
        message: finding.message,
        ...(finding.expected ? { expected: finding.expected } : {}),
        severity: finding.severity,
        rule: finding.rule,
      });
      entry.clean = false;
    }
  }

  const tools: ToolRecord[] = [];
  const redirects: RedirectRecord[] = [];
  for (const entry of parsed) {
    if (!entry.clean || !entry.record) continue;
    if (entry.record.kind === 'tool') tools.push(withDerivedValues(entry.record));
    else redirects.push(entry.record);
  }
  const sorted = sortProblems(problems);
  return {
    problems: sorted,
    errorCount: sorted.filter((p) => p.severity === 'error').length,
    warningCount: sorted.filter((p) => p.severity === 'warning').length,
    tools: tools.sort((a, b) => a.id.localeCompare(b.id)),
    redirects: redirects.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Reads every record file from the given files and directories (directories are not recursed). */
export function readRecordInputs(paths: readonly string[]): {
  inputs: RecordInput[];
  unreadable: Problem[];
} {
  const inputs: RecordInput[] = [];
  const unreadable: Problem[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = statSync(path).isDirectory()
        ? readdirSync(path)
            .filter((name) => RECORD_EXTENSIONS.includes(extname(name)))
            .sort()
            .map((name) => join(path, name))
        : [path];
    } catch (error) {
      unreadable.push(fileProblem(path, error));
      continue;
    }
    for (const file of files) {
      try {
        inputs.push({ file, text: readFileSync(file, 'utf8') });
      } catch (error) {
        unreadable.push(fileProblem(file, error));
      }
    }
  }
  return { inputs, unreadable };
}

function fileProblem(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  return {
    file,
    line: 1,
    column: 1,
    field: '',
    message: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'unknown error'})`,
    expected: 'a readable .yaml record file or a folder of them',
    severity: 'error',
    rule: 'file',
  };
}
