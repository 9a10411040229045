import type * as z from 'zod/mini';
import { recordFileSchema } from '../schema.js';
import type { FieldPath, Problem } from './problems.js';
import { formatPath } from './problems.js';
import type { ParsedSource } from './yaml-source.js';
import { editDistance } from '../edit-distance.js';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Turns zod issues into located problems with a plain message and what was expected. */
export function issuesToProblems(
  file: string,
  source: ParsedSource,
  issues: readonly Issue[],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const issuePath = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(source.data, issuePath);
      for (const key of issue.keys) {
        const path = [...issuePath, key];
        const suggestion = allowed ? closest(key, allowed) : undefined;
        problems.push({
          file,
          ...source.locate(path, { key: true }),
          field: formatPath(path),
          message: suggestion
            ? `is not a known field; did you mean "${suggestion}"?`
            : 'is not a known field',
          ...(allowed ? { expected: `one of: ${allowed.join(', ')}` } : {}),
          severity: 'error',
          rule: 'unknown-key',
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.every((branch) => branch.length === 0)) {
      // A discriminated union whose discriminator matched nothing.
      const key = (issue as { discriminator?: string }).discriminator;
      const path = key && issuePath[issuePath.length - 1] !== key ? [...issuePath, key] : issuePath;
      problems.push(located(file, source, path, describeDiscriminator(source.data, path)));
      continue;
    }
    if (issuePath.length === 0 && (source.data === null || source.data === undefined)) {
      problems.push(
        located(file, source, [], {
          message: 'the file is empty',
          expected: 'a tool record (kind: tool) or a redirect (kind: moved)',
        }),
      );
      continue;
    }
    problems.push(
      located(file, source, issuePath, describe(issue, valueAt(source.data, issuePath))),
    );
  }
  return problems;
}

/** zod paths may hold symbols in theory; record paths never do. */
function fieldPath(path: readonly PropertyKey[]): Array<string | number> {
  return path.filter((p): p is string | number => typeof p !== 'symbol');
}

function located(
  file: string,
  source: ParsedSource,
  path: FieldPath,
  text: { message: string; expected?: string },
): Problem {
  return {
    file,
    ...source.locate(path),
    field: formatPath(path),
    message: text.message,
    ...(text.expected ? { expected: text.expected } : {}),
    severity: 'error',
    rule: 'schema',
  };
}

function describe(issue: Issue, value: unknown): { message: string; expected?: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { message: 'is missing', expected: article(issue.expected) };
      return { message: `is ${typeName(value)}`, expected: article(issue.expected) };
    case 'invalid_value':
      return {
        message: `is ${show(value)}`,
        expected:
          issue.values.length === 1
            ? show(issue.values[0])
            : `one of: ${issue.values.map((v) => String(v)).join(', ')}`,
      };
    case 'too_small':
      if (issue.origin === 'array')
        return {
          message: `lists ${Array.isArray(value) ? value.length : 0} item(s)`,
          expected: `at least ${String(issue.minimum)}`,
        };
      if (issue.origin === 'string') return { message: 'must not be empty', expected: 'some text' };
      return { message: `is ${show(value)}`, expected: `at least ${String(issue.minimum)}` };
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string')
        return {
          message: `is ${value.length} characters long`,
          expected: `at most ${String(issue.maximum)}`,
        };
      if (issue.origin === 'array')
        return {
          message: `lists ${Array.isArray(value) ? value.length : 0} items`,
          expected: `at most ${String(issue.maximum)}`,
        };
      return { message: `is ${show(value)}`, expected: `at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return { message: `is ${show(value)}: ${issue.message}` };
    default:
      return {
        message: value === undefined ? issue.message : `is ${show(value)}: ${issue.message}`,
      };
  }
}

function describeDiscriminator(
  data: unknown,
  path: FieldPath,
): { message: string; expected: string } {
  const key = path[path.length - 1];
  const value = valueAt(data, path);
  const expected =
    key === 'kind'
      ? '"tool" for a tool record or "moved" for a redirect'
      : key === 'type'
        ? 'one of: policy-change, record-correction, re-verified'
        : 'a known value';
  return { message: value === undefined ? 'is missing' : `is ${show(value)}`, expected };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** The keys the schema allows for the object at `path`, following arrays, optionals and unions. */
function allowedKeysAt(data: unknown, path: readonly PropertyKey[]): string[] | undefined {
  let schema: AnySchema | undefined = recordFileSchema;
  let value: unknown = data;
  const step = (s: AnySchema, v: unknown): AnySchema => {
    const def = s._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable')
      return step(def.innerType as AnySchema, v);
    if (def.type === 'union') {
      const options = def.options as AnySchema[];
      const discriminator = def.discriminator as string | undefined;
      const chosen = options.find((option) => {
        const shape = (option._zod.def as unknown as { shape?: Record<string, AnySchema> }).shape;
        const literal = shape && discriminator ? shape[discriminator] : undefined;
        const values = (literal?._zod.def as unknown as { values?: unknown[] } | undefined)?.values;
        return values && v && typeof v === 'object'
          ? values.includes((v as Record<string, unknown>)[discriminator!])
          : false;
      });
      return chosen ? step(chosen, v) : s;
    }
    return s;
  };
  for (const part of path) {
    if (!schema) return undefined;
    schema = step(schema, value);
    const def = schema._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'object') schema = (def.shape as Record<string, AnySchema>)[String(part)];
    else if (def.type === 'array') schema = def.element as AnySchema;
    else if (def.type === 'record') schema = def.valueType as AnySchema;
    else return undefined;
    value =
      value && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[part]
        : undefined;
  }
  if (!schema) return undefined;
  schema = step(schema, value);
  const def = schema._zod.def as unknown as { type: string; shape?: Record<string, unknown> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** The allowed key closest to a mistyped one, if it is close enough to be a typo. */
function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3))
    ? best
    : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${show(value)}`;
  return `${typeof value} ${show(value)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
  };
  return names[expected] ?? expected;
}

function show(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(short);
  }
  if (value === undefined) return 'missing';
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return String(value);
  }
}
