/**
 * Atom feeds (RFC 4287) of the records' change histories, after Open Terms Archive's feeds of
 * document changes: `feed.xml` has every tool's policy changes and record corrections, and
 * `feeds/<id>.xml` one tool's, with its re-verifications too (someone following one tool also
 * wants to know it was checked again). One entry per history entry: its date, the verdict before and
 * after, the tool and tier it touches, and its sources.
 *
 * The XML is written by `feed` (jpmonette/feed, the generator most Node projects use). Its entry
 * titles and content are HTML, so every value from a record is escaped first: record text reaches
 * a feed reader as text, never as markup. Words for readers are the SDK's (`labels` is injected,
 * as for the release note), and nothing here reads the clock: every date comes from the records.
 */
import { createHash } from 'node:crypto';
import { escapeAttribute, escapeText } from 'entities';
import { Feed } from 'feed';
import { xmlChars } from '../output.js';
import { changeDate } from '../derive.js';
import { feedUrl, type FeedLabels } from '../feed-url.js';
import type { Change, Source, ToolRecord } from '../schema.js';
import type { ChangeType } from '../vocabulary.js';
import { changeLine } from './release-note.js';

// The feeds' words are declared beside their address (`feed-url.ts`), where the SDK's `Messages` takes them.
export type { FeedLabels } from '../feed-url.js';

export interface FeedOptions {
  readonly labels: FeedLabels;
  /** Where a feed's own address starts (its `rel="self"` link); by default `feedUrl`'s. */
  readonly url?: (id?: string) => string;
}

/** The kinds of history entry the feed of every tool carries. */
const ALL_TOOLS_KINDS: ReadonlySet<ChangeType> = new Set(['policy-change', 'record-correction']);

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
// Entry titles and content are HTML inside the XML, so escaped for HTML here (`entities`) and for
// XML by the library; what XML 1.0 forbids anywhere is dropped first (and from the whole document
// at the end, for what the library writes as it is: the feed's title, ids, links).
const html = (text: string) => escapeText(xmlChars(text));
const attr = (text: string) => escapeAttribute(xmlChars(text));
// The feed's own title, subtitle and author are plain text that the library's XML writer (xml-js)
// escapes, after turning any `&amp;` in it back into `&`: a name that says `&amp;` is handed over
// as `&amp;amp;` so that it comes out as written.
const plain = (text: string) => xmlChars(text).replace(/&amp;/g, '&amp;amp;');
/** The first sentence of a summary, for a title (at most about 140 characters). */
const firstSentence = (text: string) => {
  const sentence = /^.+?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
  return sentence.length <= 140 ? sentence : `${sentence.slice(0, 139).replace(/\s+\S*$/, '')}…`;
};
const instant = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * A name-based UUID (RFC 9562 section 5.5, version 5) in the URL namespace: an entry's id stays the
 * same from release to release while its tool, kind, date, tier and place among equal keys do.
 * Written here because it is six lines over node:crypto's SHA-1.
 */
function uuid5(name: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const bytes = createHash('sha1').update(ns).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The newest ISO date in a record: its verification, its history, its sources' dates. */
function newestDate(record: ToolRecord): string | undefined {
  const dates = [
    record.lastVerified,
    ...(record.history ?? []).map((h) => changeDate(h, record.sources)?.date),
    ...record.sources.flatMap((s) => [
      s.retrieved,
      s.published,
      s.confirmation?.date,
      s.confirmation?.captured,
      s.archived?.captured,
      s.archived?.lastSeen,
    ]),
  ].filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.sort().at(-1);
}

interface Entry {
  readonly record: ToolRecord;
  readonly change: Change;
  readonly id: string;
  /** The entry's own date, else (a change no source dates) the record's last verification. */
  readonly updated: string;
}

function entriesOf(record: ToolRecord): Entry[] {
  const seen = new Map<string, number>();
  return (record.history ?? []).flatMap((change) => {
    const tier = 'tier' in change ? change.tier : undefined;
    const dated = changeDate(change, record.sources);
    const key = [record.id, change.type, dated?.date ?? 'undated', tier ?? ''].join('|');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    // Atom needs an `updated` instant: the change's own date, or the archive's capture of the text
    // after it. A policy change neither dates is shown as "effective date not stated" and dated by
    // the record's last verification, when the record was as it is now. In a record never
    // verified it cannot be placed in time, and is left out (the card lists it).
    const updated = dated?.date ?? record.lastVerified;
    if (!updated) return [];
    return [{ record, change, id: uuid5(`${key}|${n}`), updated }];
  });
}

function title(entry: Entry, labels: FeedLabels): string {
  const { record, change } = entry;
  const tier =
    'tier' in change && change.tier ? record.tiers.find((t) => t.id === change.tier) : undefined;
  const where = tier ? `${record.name} · ${tier.label}` : record.name;
  const seen = changeDate(change, record.sources)?.date;
  if (change.type === 'policy-change' && tier && change.before?.verdict && change.after?.verdict)
    return changeLine(
      {
        kind: 'verdict-changed',
        bump: 'minor',
        id: record.id,
        name: record.name,
        tier: { id: tier.id, label: tier.label },
        before: change.before.verdict,
        after: change.after.verdict,
        ...(change.date ? { effective: change.date } : {}),
        ...(!change.date && seen ? { seenInArchive: seen } : {}),
      },
      labels,
    );
  // Otherwise the kind of change and what it says: the new state, else the summary's first
  // sentence (a re-verification may have neither).
  const what = labels.change[change.type];
  const after = change.type === 'policy-change' ? change.after?.text : undefined;
  const said = after ?? (change.summary ? firstSentence(change.summary) : undefined);
  return said ? `${where} · ${what}: ${said}` : `${where} · ${what}`;
}

function content(entry: Entry, labels: FeedLabels): string {
  const { record, change } = entry;
  const words = labels.feed;
  const p = (text: string) => `<p>${html(text)}</p>`;
  const parts: string[] = [];
  if (change.summary) parts.push(p(change.summary));
  if (change.type === 'policy-change') {
    const dated = changeDate(change, record.sources);
    parts.push(
      p(
        dated
          ? fill(dated.basis === 'effective' ? words.effective : words.seenInArchive, {
              date: dated.date,
            })
          : words.effectiveNotStated,
      ),
    );
    const state = (s: typeof change.before) =>
      [s?.verdict ? (labels.tierVerdict as Record<string, string>)[s.verdict] : undefined, s?.text]
        .filter(Boolean)
        .join(': ');
    if (change.before) parts.push(p(fill(words.before, { text: state(change.before) })));
    if (change.after) parts.push(p(fill(words.after, { text: state(change.after) })));
  }
  const sources = citedSources(record, change);
  if (sources.length > 0) {
    const items = sources.map((s) => {
      const name = html(s.document ?? s.url ?? s.id);
      const link = s.url ? `<a href="${attr(s.url)}">${name}</a>` : name;
      const quote = s.quote ? `<blockquote>${html(s.quote)}</blockquote>` : '';
      // The archived version quoted, which any reader can open beside the vendor's own page.
      const copy = s.archived?.permalink
        ? ` (<a href="${attr(s.archived.permalink)}">${html(fill(labels.archive.link, { date: s.archived.captured }))}</a>)`
        : '';
      return `<li>${link}${copy}${quote}</li>`;
    });
    parts.push(`<p>${html(words.sources)}</p><ul>${items.join('')}</ul>`);
  }
  return parts.join('');
}

function citedSources(record: ToolRecord, change: Change): Source[] {
  const ids = 'sources' in change ? (change.sources ?? []) : [];
  return ids.flatMap((id) => record.sources.filter((s) => s.id === id));
}

function render(
  entries: readonly Entry[],
  meta: { id: string; title: string; self: string; fallbackUpdated?: string },
  labels: FeedLabels,
): string | undefined {
  const newest = [...entries.map((e) => e.updated), meta.fallbackUpdated]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  if (!newest) return undefined;
  const feed = new Feed({
    id: meta.id,
    title: plain(meta.title),
    description: plain(labels.feed.subtitle),
    updated: instant(newest),
    generator: false,
    feedLinks: { atom: meta.self },
    author: { name: plain(labels.feed.author) },
  });
  const ordered = [...entries].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.record.name.localeCompare(b.record.name),
  );
  for (const entry of ordered) {
    const first = citedSources(entry.record, entry.change).find((s) => s.url)?.url;
    feed.addItem({
      id: entry.id,
      title: html(title(entry, labels)),
      // Atom wants a link or content; both are given. The link is the first source cited, else
      // the tool's own site, else its first source with an address, else the tool's feed.
      link:
        first ??
        entry.record.officialSite ??
        entry.record.sources.find((s) => s.url)?.url ??
        meta.self,
      date: instant(entry.updated),
      content: content(entry, labels),
      // The tool's id only: the library escapes a category's label no further than `&`.
      category: [{ term: entry.record.id }],
    });
  }
  return xmlChars(feed.atom1());
}

/**
 * Every feed for these records, by path in the data package: `feed.xml` and `feeds/<id>.xml`.
 * Only records with no date anywhere, in a release with none either, give no feed (Atom requires
 * an `updated` date, and none is made up).
 */
export function atomFeeds(
  tools: readonly ToolRecord[],
  options: FeedOptions,
): ReadonlyMap<string, string> {
  const { labels } = options;
  const url = options.url ?? feedUrl;
  const out = new Map<string, string>();
  const sorted = [...tools].sort((a, b) => a.id.localeCompare(b.id));
  const all = sorted.flatMap(entriesOf);
  const releaseNewest = sorted
    .map(newestDate)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const everyTool = render(
    all.filter((e) => ALL_TOOLS_KINDS.has(e.change.type)),
    {
      id: uuid5('feed|all'),
      title: labels.feed.allTitle,
      self: url(),
      fallbackUpdated: releaseNewest,
    },
    labels,
  );
  if (everyTool) out.set('feed.xml', everyTool);
  for (const record of sorted) {
    const xml = render(
      all.filter((e) => e.record === record),
      {
        id: uuid5(`feed|${record.id}`),
        title: fill(labels.feed.toolTitle, { tool: record.name }),
        self: url(record.id),
        // An empty feed is as new as the record's newest date; a record with no date at all,
        // as new as the release (its newest date anywhere): that is when it was last published.
        fallbackUpdated: newestDate(record) ?? releaseNewest,
      },
      labels,
    );
    if (xml) out.set(`feeds/${record.id}.xml`, xml);
  }
  return out;
}
