/**
 * Where the published Atom feeds of policy changes are read. They name no version: a feed reader
 * keeps one address, and the newest data release on jsDelivr answers it with every change so far.
 */
import type { ChangeType, HeadlineVerdict, TierVerdict } from './vocabulary.js';

export const FEED_BASE_URL = 'https://cdn.jsdelivr.net/npm/@ai-training-verdict/data/';

/** The Atom feed of one tool's changes (`feeds/<id>.xml`), or of every tool's (`feed.xml`). */
export function feedUrl(id?: string): string {
  return id === undefined ? `${FEED_BASE_URL}feed.xml` : `${FEED_BASE_URL}feeds/${id}.xml`;
}

/** The feeds' own words (the SDK's `labels.en.feed`). */
export interface FeedWords {
  /** One tool's feed; `{tool}` is its name. */
  readonly toolTitle: string;
  /** The feed of every tool. */
  readonly allTitle: string;
  readonly subtitle: string;
  /** Who publishes the feeds. */
  readonly author: string;
  /** `{date}` is the ISO date. */
  readonly effective: string;
  /** A policy change no source dates. */
  readonly effectiveNotStated: string;
  /** `{date}`: when the public archive first captured the text after the change (not an effective date). */
  readonly seenInArchive: string;
  /** `{text}` is the verdict and the record's own words for the state before the change. */
  readonly before: string;
  /** `{text}`, the same for the state after it. */
  readonly after: string;
  /** Heading of an entry's list of sources. */
  readonly sources: string;
}

/**
 * The words the feeds (`atomFeeds`) and the release note need: the one declaration of them, which
 * the SDK's `Messages` extends, so its `labels.en` has them.
 */
export interface FeedLabels {
  /** One label per tier verdict, as in a seed page's tier table. */
  readonly tierVerdict: Readonly<Record<TierVerdict, string>>;
  /** One label per headline verdict, as on a seed page's badge. */
  readonly headlineVerdict: Readonly<Record<HeadlineVerdict, string>>;
  /** Kinds of change-history entry. */
  readonly change: Readonly<Record<ChangeType, string>>;
  /**
   * The Atom feeds of policy changes (`feed.xml`, `feeds/<id>.xml` in the data package), which
   * the data package builds with these words (`FeedWords` documents each).
   */
  readonly feed: FeedWords;
  /** A source's copy in a public archive, beside the vendor's own link. */
  readonly archive: {
    /** The link to the archived version: "Archived copy, {date}" ({date}: its capture). */
    readonly link: string;
  };
}

/** The words `releaseNote` needs: the verdicts' of `FeedLabels`. */
export type NoteLabels = Pick<FeedLabels, 'tierVerdict' | 'headlineVerdict'>;
