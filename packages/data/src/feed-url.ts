/**
 * Where the published Atom feeds of policy changes are read. They name no version: a feed reader
 * keeps one address, and the newest data release on jsDelivr answers it with every change so far.
 */
export const FEED_BASE_URL = 'https://cdn.jsdelivr.net/npm/@ai-training-verdict/data/';

/** The Atom feed of one tool's changes (`feeds/<id>.xml`), or of every tool's (`feed.xml`). */
export function feedUrl(id?: string): string {
  return id === undefined ? `${FEED_BASE_URL}feed.xml` : `${FEED_BASE_URL}feeds/${id}.xml`;
}
