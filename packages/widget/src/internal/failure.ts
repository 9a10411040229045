/**
 * What only a failed load or a mistake in the page needs: telling an unknown id from a load that
 * failed, the card's message and the page author's console warnings (also for an element registered
 * twice, and for a `sections` token or `tier` the card does not know). Most pages have none, so the
 * entry carries none of it: a load with a failure imports this chunk before it completes (see
 * `VerdictElement`), a mistake when it is found (see `failureKit`).
 */
import { nothing } from 'lit';
import type { Failure } from './data.js';
import type { VersionedElement } from './define.js';
import { fill, withEnglish, type CardText, type Text } from './i18n.js';
import enFailure from '../locales/en-failure.js';
import type { ToolRecord } from './record.js';

/** Ids as a reader's list in the interface language: "a, b or c", "a, b oder c". */
export const orList = (items: readonly string[], lang: string): string =>
  new Intl.ListFormat(lang, { type: 'disjunction' }).format(items);

/**
 * Turns a rejected load into what the element shows. By the error's `name`, not its class: a
 * `load()` of a subclass may use another copy of the SDK.
 */
export function failure(error: unknown): Failure {
  return (error as Error | null)?.name === 'UnknownToolError'
    ? {
        reason: 'unknown-tool',
        suggestions: (error as { suggestions?: readonly string[] }).suggestions ?? [],
        error,
      }
    : { reason: 'load-failed', suggestions: [], error };
}

/** What the card says instead of a card, in the interface language. */
export function message(tool: string, failure: Failure, t: CardText): unknown {
  if (failure.reason === 'load-failed') return fill(t.loadFailed, { tool });
  const words = withEnglish(enFailure, (t as Text).failure);
  return [
    fill(words.unknownTool, { tool }),
    failure.suggestions.length > 0
      ? [' ', fill(words.didYouMean, { list: orList(failure.suggestions, t.lang) })]
      : nothing,
  ];
}

/** Tells the page's author, in the console, why `tool` is missing from `<tag>`. */
export function warn(tag: string, tool: string, failure: Failure, src: string | undefined): void {
  console.warn(
    failure.reason === 'unknown-tool'
      ? `<${tag}>: there is no record for the tool "${tool}".` +
          (failure.suggestions.length > 0
            ? ` Did you mean ${orList(failure.suggestions, 'en')}?`
            : '')
      : `<${tag}>: the record for the tool "${tool}" could not be loaded${
          src ? ` from ${src}` : ''
        }.`,
    ...(failure.reason === 'load-failed' ? [failure.error] : []),
  );
}

const describeVersion = (element: VersionedElement): string =>
  typeof element.version === 'string' ? `version ${element.version}` : 'an unknown version';

/** Tells the page's author that `<tag>` was registered before: this copy, `element`, is not. */
export function registeredTwice(
  tag: string,
  existing: VersionedElement,
  element: VersionedElement,
): void {
  console.warn(
    `<${tag}> is already registered (${describeVersion(existing)}), so this copy ` +
      `(${describeVersion(element)}) was not registered and the first one stays in use. ` +
      'The page loads the element twice: remove one of the script tags or imports.',
  );
}

/** Tells the page's author which `sections` tokens `<tag>` does not know, and which it does. */
export function unknownSections(
  tag: string,
  unknown: readonly string[],
  known: readonly string[],
): void {
  console.warn(
    `<${tag}>: unknown sections ${unknown.join(', ')}. Use any of: ${known.join(' ')}, or all.`,
  );
}

/** Tells the page's author that `record` has no tier `tier` names, and which it has. */
export function noTier(tag: string, record: ToolRecord, tier: string): void {
  console.warn(
    `<${tag}>: ${record.name} has no tier "${tier}". Its tiers are: ` +
      record.tiers.map(({ id }) => id).join(', '),
  );
}
