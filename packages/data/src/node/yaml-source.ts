import jsYaml from 'js-yaml';
import {
  LineCounter,
  Schema as YamlSchema,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type ScalarTag,
} from 'yaml';
import type { FieldPath, Problem } from './problems.js';

/** A parsed record file that can say where any field path sits in the text. */
export interface ParsedSource {
  /** The plain data, or `undefined` when the YAML could not be parsed at all. */
  data: unknown;
  /** YAML syntax problems (already located). */
  problems: Problem[];
  /** Line and column of the value at `path`, or of its nearest existing ancestor. */
  locate(path: FieldPath, options?: { key?: boolean }): { line: number; column: number };
  /**
   * Set when the file was read on the fast path (js-yaml): the same file as `yaml` reads it, built
   * once, on demand (`locate` uses it too).
   */
  withPositions?: () => ParsedSource;
}

const MAX_ALIAS_COUNT = 50;

/**
 * Parses YAML (a superset of JSON) with positions. YAML 1.2 core schema: `2026-06-01` stays a
 * string and `no` stays a string, so nothing is silently converted to a date or a boolean.
 *
 * A plain record (no anchors, aliases, tags or directives) is read by js-yaml, about ten times faster
 * than `yaml` builds its Document, which is what made `validate` slow at thousands of records; the
 * Document is built only when something asks where a field is. Anything else, or anything js-yaml
 * refuses, is read by `yaml` as before, so its messages are the ones a maintainer sees. The
 * validator rereads a file with `yaml` (`withPositions`) whenever it has a problem.
 */
export function parseSource(file: string, text: string): ParsedSource {
  const data = readPlainRecord(text);
  if (data === undefined) return parseSourceWithPositions(file, text);
  let positioned: ParsedSource | undefined;
  const withPositions = () => (positioned ??= parseSourceWithPositions(file, text));
  return {
    data,
    problems: [],
    locate: (path, options) => withPositions().locate(path, options),
    withPositions,
  };
}

/** The tag below: no record can write it, so an explicit tag (`!!int`, `!foo`) falls back. */
const CORE_TAG = 'tag:ai-training-verdict.invalid,2026:yaml-core';

/** `yaml`'s YAML 1.2 core tags for plain scalars (null, bool, int, float), in its order. */
const CORE_SCALARS = new YamlSchema({ schema: 'core' }).tags.filter(
  (tag): tag is ScalarTag & { test: RegExp } => 'test' in tag && tag.test instanceof RegExp,
);
/** What a plain scalar other than a string can start with (or be: the empty null). */
const MAYBE_NOT_TEXT = /^(?:[-+.0-9~nNtTfF]|$)/;

/**
 * js-yaml resolving plain scalars with `yaml`'s own core tags, so both parsers read `0x1F`, `1_000`
 * or `.inf` alike: one definition of each form. One js-yaml type for all of them (js-yaml calls
 * `resolve`, then `construct` with the same text), tried only when the first character allows.
 */
let resolved: (typeof CORE_SCALARS)[number] | undefined;
const PLAIN_SCHEMA = new jsYaml.Schema({
  implicit: [
    new jsYaml.Type(CORE_TAG, {
      kind: 'scalar',
      resolve: (source: string) =>
        MAYBE_NOT_TEXT.test(source) &&
        (resolved = CORE_SCALARS.find((tag) => tag.test.test(source))) !== undefined,
      construct: (source: string) => {
        const value = resolved!.resolve(source, () => undefined, { intAsBigInt: false } as never);
        // Some of `yaml`'s tags give a Scalar node (null, bool, float): its value is the data.
        return isScalar(value) ? value.value : value;
      },
    }),
  ],
  explicit: [],
});

/** The record as plain data when js-yaml can read it exactly as `yaml` would, else undefined. */
function readPlainRecord(text: string): Record<string, unknown> | undefined {
  // A directive (%YAML 1.1, %TAG) changes how the rest is read, and `yaml` refuses a comment
  // right after a quote or a bracket ("x"#c), which js-yaml reads: leave both to `yaml`.
  // (Looked for only in a text with a % or a #: a scan of every line of each file, for nothing.)
  if ((text.includes('%') || text.includes('#')) && /^%|["'[\]{},]#/m.test(text)) return undefined;
  let plain = true;
  try {
    const data: unknown = jsYaml.load(text, {
      schema: PLAIN_SCHEMA,
      // js-yaml refuses duplicate keys (as `uniqueKeys` does), so `yaml` reports them.
      json: false,
      onWarning: () => (plain = false),
      listener(event, loaderState) {
        if (event !== 'close') return;
        // js-yaml's state has these two; its typings leave them out.
        const state = loaderState as unknown as { tag: string | null; anchor: string | null };
        // An anchor (and so any alias), or a tag other than a plain scalar's resolved one.
        if (state.anchor !== null) plain = false;
        else if (state.tag !== null && state.tag !== '?' && state.tag !== CORE_TAG) plain = false;
      },
    });
    return plain && data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `parseSource` with `yaml` alone: its Document, its syntax messages and positions. */
export function parseSourceWithPositions(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
  });

  const at = (offset: number) => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: pos.line, column: pos.col };
  };

  const problems: Problem[] = doc.errors.map((error) => {
    const { line, column } = at(error.pos[0]);
    return {
      file,
      line,
      column,
      field: '',
      message: `YAML syntax error: ${firstLine(error.message)}`,
      expected: 'valid YAML',
      severity: 'error',
      rule: 'yaml-syntax',
    };
  });

  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '',
        message: `YAML could not be read: ${firstLine(error instanceof Error ? error.message : String(error))}`,
        expected: 'plain YAML without excessive aliases',
        severity: 'error',
        rule: 'yaml-syntax',
      });
    }
  }

  function locate(path: FieldPath, options: { key?: boolean } = {}) {
    let node: unknown = doc.contents;
    let offset = isNode(node) && node.range ? node.range[0] : 0;
    for (let i = 0; i < path.length; i++) {
      const part = path[i];
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && scalarValue(item.key) === part);
        if (!pair) break;
        const last = i === path.length - 1;
        if (last && options.key && isNode(pair.key) && pair.key.range) {
          offset = pair.key.range[0];
          break;
        }
        // A key with an empty value ("summary:") has no value node: point at the key.
        const target = isNode(pair.value) ? pair.value : pair.key;
        if (isNode(target) && target.range) offset = target.range[0];
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part];
        if (!isNode(item)) break;
        if (item.range) offset = item.range[0];
        node = item;
      } else {
        break;
      }
    }
    return at(offset);
  }

  return { data, problems, locate };
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
