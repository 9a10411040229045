/**
 * The JSON text of a dictionary made from the texts of its values, for the data build: each record
 * is serialised once, for its own files, and the whole dataset (data.json, the generated records
 * module) is put together from those texts rather than serialised a second time (seconds of CPU
 * time at 10,000 tools). Byte for byte what `JSON.stringify` gives for the dictionary itself: the
 * key order is the one `Object.fromEntries` gives (integer-like keys first, as an object orders
 * them), and a later entry with the same key wins, in the first one's place.
 */

/** The entries of `Object.fromEntries(entries)`, in its key order. */
function dictEntries(entries: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  return Object.entries(Object.fromEntries(entries) as Record<string, string>);
}

/**
 * `JSON.stringify(dict, null, 2)` for a dictionary nested `depth` levels deep in a value being
 * stringified the same way, given each value's own `JSON.stringify(value, null, 2)`, a piece per
 * entry (to write without joining them first). A JSON text has no line break but the ones the
 * indentation makes (a string's are escaped), so indenting a value's text is adding the key's
 * indentation after each of them.
 */
export function* prettyDictPieces(
  entries: ReadonlyArray<readonly [key: string, valueText: string]>,
  depth = 0,
): Generator<string> {
  const items = dictEntries(entries);
  if (items.length === 0) {
    yield '{}';
    return;
  }
  const indent = '  '.repeat(depth + 1);
  for (const [i, [key, text]] of items.entries())
    yield `${i === 0 ? '{\n' : ',\n'}${indent}${JSON.stringify(key)}: ${text.replaceAll('\n', `\n${indent}`)}`;
  yield `\n${'  '.repeat(depth)}}`;
}

/**
 * `literal(dict)` for a compact serialiser that escapes character by character (`JSON.stringify`,
 * `jsLiteral`), given `literal` and each value's own `literal(value)`.
 */
export function compactDictText(
  entries: ReadonlyArray<readonly [key: string, valueText: string]>,
  literal: (value: string) => string,
): string {
  return `{${dictEntries(entries)
    .map(([key, text]) => `${literal(key)}:${text}`)
    .join(',')}}`;
}
