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
import { parseSource, type ParsedSource } from './yaml-source.js';

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

/** The options every file is checked with, settled once (`ValidateOptions` with its defaults). */
interface FileContext {
  today: string;
  staleness: { enabled: boolean; warnDays: number; errorDays: number };
  legacyIds: ReadonlySet<string>;
}

/**
 * What one file's own checks leave for the rules across files and the result. Plain data (no
 * functions), so a worker thread can hand it back (see validate-threads.ts).
 */
export interface FileOutcome {
  /** The file's own problems: YAML, schema and the rules within a record. */
  problems: Problem[];
  /** The id and kind the file states, for the rules across files. */
  id?: string;
  kind?: unknown;
  /** A redirect's data, which the redirect rule reads (a tool's is not kept: see below). */
  redirect?: unknown;
  /** The record as published (a tool's with its derived values), when the file has no error. */
  record?: ToolRecord | RedirectRecord;
  clean: boolean;
}

function fileContext(options: ValidateOptions): FileContext {
  return {
    today: (options.now ?? new Date()).toISOString().slice(0, 10),
    staleness: {
      enabled: options.staleness ?? true,
      warnDays: options.staleWarnDays ?? 180,
      errorDays: options.staleErrorDays ?? 365,
    },
    legacyIds: options.legacyIds ?? LEGACY_RECORD_IDS,
  };
}

/** One file's own problems: YAML, schema and the rules within a record. */
function checkSource(input: RecordInput, source: ParsedSource, ctx: FileContext) {
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
      legacy: ctx.legacyIds.has(basename(input.file, extname(input.file))),
      today: ctx.today,
      staleness: ctx.staleness,
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
  return { source, problems: fileProblems, record };
}

/** One file checked on its own, with where its fields are (for the rules across files). */
function checkFile(
  input: RecordInput,
  ctx: FileContext,
): FileOutcome & { locate: ParsedSource['locate'] } {
  let file = checkSource(input, parseSource(input.file, input.text), ctx);
  // A file read on the fast path with anything to report is read again as `yaml` reads it, so
  // every message and position is the one `yaml` gives (see parseSource).
  if (file.problems.length > 0 && file.source.withPositions)
    file = checkSource(input, file.source.withPositions(), ctx);
  const { source, problems, record } = file;
  // Only what the rules across files read is kept of the raw data: holding every record twice
  // (raw and parsed) made the garbage collector's work grow faster than the dataset.
  const data = source.data as { id?: unknown; kind?: unknown } | null | undefined;
  const clean = !problems.some((p) => p.severity === 'error');
  // Derived here, in the thread that checked the file, rather than after the rules across files.
  let published: ToolRecord | RedirectRecord | undefined;
  if (clean && record) published = record.kind === 'tool' ? withDerivedValues(record) : record;
  return {
    problems,
    locate: source.locate,
    ...(typeof data?.id === 'string' ? { id: data.id } : {}),
    kind: data?.kind,
    ...(data?.kind === 'moved' ? { redirect: data } : {}),
    ...(published ? { record: published } : {}),
    clean,
  };
}

/** Each file's own checks (the part of `validateRecordSources` a worker thread runs). */
export function checkRecordFiles(
  inputs: readonly RecordInput[],
  options: ValidateOptions = {},
): FileOutcome[] {
  const ctx = fileContext(options);
  return inputs.map((input) => {
    const { locate: _, ...outcome } = checkFile(input, ctx);
    return outcome;
  });
}

/** Validates a set of authored record files and returns every problem at once. */
export function validateRecordSources(
  inputs: readonly RecordInput[],
  options: ValidateOptions = {},
): ValidationResult {
  const ctx = fileContext(options);
  return acrossFiles(
    inputs,
    inputs.map((input) => checkFile(input, ctx)),
  );
}

/**
 * The rules across files over each file's own outcome (`outcomes[i]` is `inputs[i]`'s), and the
 * result. An outcome from a worker thread has no `locate`: the rare problem across files that
 * needs a position reads its file again here, as the file's own checks would have.
 */
export function acrossFiles(
  inputs: readonly RecordInput[],
  outcomes: ReadonlyArray<FileOutcome & { locate?: ParsedSource['locate'] }>,
): ValidationResult {
  const problems: Problem[] = [];
  const parsed = outcomes.map((outcome, i) => {
    const input = inputs[i]!;
    problems.push(...outcome.problems);
    const locate: ParsedSource['locate'] =
      outcome.locate ??
      ((path, options) => parseSource(input.file, input.text).locate(path, options));
    return { ...outcome, input, locate };
  });

  // Rules across files: unique ids, and redirects that land on a real tool.
  const byId = new Map<string, number>();
  const kinds = new Map<string, unknown>();
  parsed.forEach((entry, index) => {
    const { id } = entry;
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
      kinds.set(id, entry.kind);
    }
  });
  for (const entry of parsed) {
    if (entry.kind !== 'moved') continue;
    // The same redirect rule the build and the SDK's release loader apply (checks.ts).
    for (const finding of checkRedirect(entry.redirect, (id) => kinds.get(id))) {
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
    if (entry.record.kind === 'tool') tools.push(entry.record);
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
