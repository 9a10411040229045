/**
 * The one escaper for JSON written into JavaScript or a page: the data build's generated modules
 * and the SDK's JSON-LD (`serializeJsonLd`). Exported by `@ai-training-verdict/data/output` and
 * `@ai-training-verdict/data/vocabulary`.
 */

/**
 * `value` as a JavaScript literal (JSON, which every engine reads as one) that is also safe where
 * JSON is not: `<`, `>` and `&` (so no `</script` or `<!--` appears when the module or a JSON-LD
 * block is inlined in a page), and U+2028 and U+2029, which end a line in older engines and some
 * tools (JSON.stringify escapes none of them). Each becomes a `\u` escape inside its string: the
 * same value, still JSON.
 */
export function jsLiteral(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsLiteral: the value has no JSON form');
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
