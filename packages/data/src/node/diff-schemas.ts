/**
 * What changed in the record schema between two data releases: the JSON Schema each release
 * publishes, walked in parallel, each difference classified as breaking, extending or wording.
 */
import {
  BUMP_OF,
  same,
  SCHEMA_CHANGE_KINDS,
  type DataChange,
  type SchemaChangeKind,
} from './change-kinds.js';

type JsonSchema = { readonly [key: string]: unknown };
const isSchema = (v: unknown): v is JsonSchema =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Keys `diffSchemas` compares one by one; every other key is wording (descriptions, limits). */
const WALKED = new Set([
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'allOf',
]);
const types = (s: JsonSchema) =>
  [s.type ?? (s.const !== undefined ? 'const' : '')].flat().map(String).sort().join('|');

/**
 * What changed in the record schema (`schema/tool-record.schema.json`, generated from the zod
 * schemas) between two releases, walked in parallel from the root. A reader's code that worked with
 * the older release breaks when a field or a value goes away or a type changes (major); it gains
 * when a field or a value is added (minor); descriptions, limits and patterns are patch.
 */
export function diffSchemas(before: unknown, after: unknown): DataChange[] {
  const found = Object.fromEntries(
    SCHEMA_CHANGE_KINDS.map((kind) => [kind, []]),
  ) as unknown as Record<SchemaChangeKind, string[]>;
  const walk = (a: unknown, b: unknown, path: string) => {
    if (same(a, b)) return;
    if (!isSchema(a) || !isSchema(b)) {
      found['schema-wording'].push(`${path} changed`);
      return;
    }
    if (types(a) !== types(b) || !same(a.const, b.const)) {
      found['schema-breaking'].push(`${path}: type ${types(a) || 'any'} -> ${types(b) || 'any'}`);
      return;
    }
    // Values as JSON, so "1" and 1 (or two objects) are told apart.
    const [oldEnum, newEnum] = [a.enum, b.enum].map((e) =>
      Array.isArray(e) ? e.map((v) => JSON.stringify(v)) : [],
    );
    for (const v of oldEnum!)
      if (!newEnum!.includes(v)) found['schema-breaking'].push(`${path}: value ${v} removed`);
    for (const v of newEnum!)
      if (!oldEnum!.includes(v)) found['schema-extended'].push(`${path}: value ${v} added`);
    const [oldProps, newProps] = [a.properties, b.properties].map((p) => (isSchema(p) ? p : {}));
    const [oldReq, newReq] = [a.required, b.required].map((r) =>
      Array.isArray(r) ? r.map(String) : [],
    );
    for (const key of Object.keys(oldProps!)) {
      const at = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(newProps!, key)) found['schema-breaking'].push(`${at}: field removed`);
      else walk(oldProps![key], newProps![key], at);
      if (Object.hasOwn(newProps!, key) && oldReq!.includes(key) !== newReq!.includes(key))
        found['schema-extended'].push(
          `${at}: now ${newReq!.includes(key) ? 'required' : 'optional'}`,
        );
    }
    for (const key of Object.keys(newProps!))
      if (!Object.hasOwn(oldProps!, key))
        found['schema-extended'].push(`${path ? `${path}.${key}` : key}: field added`);
    for (const key of ['items', 'additionalProperties'] as const)
      if (!same(a[key], b[key])) walk(a[key], b[key], `${path}[]`);
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      const [x, y] = [a[key], b[key]].map((v) => (Array.isArray(v) ? v : []));
      // Options added after the others extend the schema (a new kind of history entry, say);
      // fewer options break it. Options are compared in order.
      if (y!.length < x!.length)
        found['schema-breaking'].push(`${path}: ${key} has ${y!.length} options, had ${x!.length}`);
      else if (y!.length > x!.length)
        found['schema-extended'].push(`${path}: ${key} has ${y!.length} options, had ${x!.length}`);
      x!.forEach((option, i) => {
        if (i < y!.length) walk(option, y![i], path);
      });
    }
    const rest = (s: JsonSchema) =>
      Object.fromEntries(Object.entries(s).filter(([key]) => !WALKED.has(key)));
    if (!same(rest(a), rest(b)))
      found['schema-wording'].push(`${path || 'the record'}: descriptions or limits`);
  };
  walk(before, after, '');
  return SCHEMA_CHANGE_KINDS.filter((kind) => found[kind].length > 0).map((kind) => ({
    kind,
    bump: BUMP_OF[kind],
    id: 'schema',
    name: 'Record schema',
    fields: [...new Set(found[kind])],
  }));
}
