/**
 * Folds text for matching: Unicode NFD with combining marks removed ("Mistral Le Chât" and
 * "mistral le chat" match), lower case, single spaces, trimmed.
 */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `Object.hasOwn` for older runtimes: only a dataset's own keys count, never `__proto__`. */
export const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

/** Fills `{name}` placeholders in one pass, so a value containing braces is never re-expanded. */
export function format(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    hasOwn(values, key) ? values[key]! : whole,
  );
}
