/**
 * Types of the parts of a record the widget renders, derived from the SDK's `ToolRecord` so the
 * widget depends on the SDK alone (never on `@ai-training-verdict/data`, whose root entry would
 * bundle every record and zod).
 */
import type { ToolRecord } from '@ai-training-verdict/sdk';

export type { ToolRecord };
export type Tier = ToolRecord['tiers'][number];
export type Source = ToolRecord['sources'][number];
export type TierVerdict = Tier['verdict'];
export type HeadlineVerdict = ToolRecord['headline']['verdict'];
export type SourceKind = NonNullable<Source['kind']>;
export type SourceStatus = NonNullable<Source['status']>;
export type Confidence = NonNullable<ToolRecord['confidence']>;

/**
 * True only for an absolute `https://` URL. Records are validated when they are built, but the
 * widget checks again before it makes a link, so a record from elsewhere (the planned `src`
 * attribute) can never produce a `javascript:` or plain-http link.
 */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A URL shown as text where the source has no document name: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A record date (`YYYY-MM-DD`) as readers write it, "30 May 2025". Dates are formatted in UTC so
 * no reader's time zone moves them to the day before; anything that is not a date is shown as is.
 */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}
