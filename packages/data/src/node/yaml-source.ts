import {
  LineCounter,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
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
}

const MAX_ALIAS_COUNT = 50;

/**
 * Parses YAML (a superset of JSON) with positions. YAML 1.2 core schema: `2026-06-01` stays a
 * string and `no` stays a string, so nothing is silently converted to a date or a boolean.
 */
export function parseSource(file: string, text: string): ParsedSource {
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
