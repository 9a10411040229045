/**
 * Types of the parts of a record the widget renders, from the SDK's `ToolRecord`, so the widget
 * depends on the SDK alone (never on `@ai-training-verdict/data`, whose root entry bundles every
 * record and zod).
 */
import type { ToolRecord } from '@ai-training-verdict/sdk';

export type { ToolRecord };
export type Tier = ToolRecord['tiers'][number];
export type Source = ToolRecord['sources'][number];
export type TierVerdict = Tier['verdict'];
export type HeadlineVerdict = ToolRecord['headline']['verdict'];

/**
 * True only for an absolute `https://` URL. Records are validated when they are built (and a `src`
 * release by the SDK client), but the widget checks again before it makes a link, so no record can
 * ever produce a `javascript:` or plain-http link.
 */
export function isHttpsUrl(value: unknown): value is string {
  try {
    return (
      typeof value === 'string' &&
      /^https:\/\//i.test(value) &&
      new URL(value).protocol === 'https:'
    );
  } catch {
    return false;
  }
}

/** A URL shown as text where a source has no document name: no scheme, no trailing slash. */
export const displayUrl = (url: string): string =>
  url.replace(/^https:\/\/(www\.)?/i, '').replace(/\/$/, '');
