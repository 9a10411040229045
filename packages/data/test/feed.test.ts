/**
 * The Atom feeds of the records' histories, built from the fictional minimal fixture with a
 * history added: valid RFC 4287, one entry per change with its date, tool, tier, verdicts and
 * sources, record text kept as text, stable ids, and no date that does not come from a record.
 */
import { decodeHTML } from 'entities';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atomFeeds, type FeedLabels } from '../src/node/feed.js';
import { feedUrl } from '../src/feed-url.js';
import { CHANGE_TYPES, HEADLINE_VERDICTS, TIER_VERDICTS } from '../src/vocabulary.js';
import type { Change, ToolRecord } from '../src/schema.js';
import { atomProblems, children, parseAtom, textOf, xmlErrors } from './atom.js';
import { validateFixtures } from './helpers.js';

const base = validateFixtures(['valid/minimal.yaml']).tools[0]!;

/** Labels as a caller passes them (the SDK passes `labels.en`), marked so their use shows. */
const label = (v: string) => `Label of ${v}`;
const LABELS: FeedLabels = {
  tierVerdict: Object.fromEntries(TIER_VERDICTS.map((v) => [v, label(v)])),
  headlineVerdict: Object.fromEntries(HEADLINE_VERDICTS.map((v) => [v, label(v)])),
  change: Object.fromEntries(CHANGE_TYPES.map((v) => [v, label(v)])),
  feed: {
    toolTitle: 'Changes of {tool}',
    allTitle: 'Changes of every tool',
    subtitle: 'Subtitle words',
    author: 'Author words',
    effective: 'In force from {date}',
    effectiveNotStated: 'No effective date',
    before: 'Was: {text}',
    after: 'Now: {text}',
    sources: 'Cited',
    seenInArchive: 'First archived {date}',
  },
  archive: { link: 'Copy of {date}' },
} as unknown as FeedLabels;

const verdictChange: Change = {
  type: 'policy-change',
  date: '2026-02-01',
  tier: 'free',
  summary: 'Example Writer now trains on free accounts.',
  before: { verdict: 'no-training', text: 'Free accounts were not used.' },
  after: { verdict: 'trains', text: 'Free accounts are used.' },
  sources: ['terms'],
};
const undated: Change = {
  type: 'policy-change',
  summary: 'Retention went from 30 to 90 days; no source says when.',
  after: { text: '90-day retention.' },
};
const correction: Change = {
  type: 'record-correction',
  date: '2026-03-01',
  summary: 'The free tier was misread.',
};
const reverified: Change = { type: 're-verified', date: '2026-04-01' };

function withHistory(history: Change[], edit: (r: ToolRecord) => void = () => {}): ToolRecord {
  const copy = structuredClone(base);
  copy.history = history;
  copy.lastVerified = '2026-04-01';
  edit(copy);
  return copy;
}

const ALL = [verdictChange, undated, correction, reverified];
const build = (tools: ToolRecord[]) => atomFeeds(tools, { labels: LABELS });
const entries = (xml: string) => children(parseAtom(xml), 'entry');
/** An entry's title as a feed reader shows it: the feed's titles are HTML, so decoded. */
const titles = (xml: string) =>
  entries(xml).map((e) => decodeHTML(textOf(children(e, 'title')[0])));

describe('atomFeeds', () => {
  afterEach(() => vi.useRealTimers());

  it('should build feed.xml and one feed per tool, each valid Atom with its own address', () => {
    const other = structuredClone(base);
    other.id = 'other';
    other.name = 'Other Writer';
    const feeds = build([withHistory(ALL), other]);
    expect([...feeds.keys()].sort()).toEqual(['feed.xml', 'feeds/minimal.xml', 'feeds/other.xml']);
    for (const [path, xml] of feeds) {
      expect(atomProblems(xml), path).toEqual([]);
      const self = children(parseAtom(xml), 'link').find((l) => l.getAttribute('rel') === 'self');
      const id = path === 'feed.xml' ? undefined : path.slice('feeds/'.length, -'.xml'.length);
      expect(self?.getAttribute('href')).toBe(feedUrl(id));
    }
    expect(textOf(children(parseAtom(feeds.get('feeds/other.xml')!), 'title')[0])).toBe(
      'Changes of Other Writer',
    );
  });

  it("should title a verdict change with the tool, the tier and both verdicts, in the caller's words", () => {
    const xml = build([withHistory([verdictChange])]).get('feeds/minimal.xml')!;
    expect(titles(xml)).toEqual([
      'Example Writer · Free: label of no-training -> label of trains, effective 2026-02-01',
    ]);
    const entry = entries(xml)[0]!;
    expect(textOf(children(entry, 'updated')[0])).toBe('2026-02-01T00:00:00.000Z');
    const content = textOf(children(entry, 'content')[0]);
    expect(content).toContain('<p>Example Writer now trains on free accounts.</p>');
    expect(content).toContain('<p>In force from 2026-02-01</p>');
    expect(content).toContain('<p>Was: Label of no-training: Free accounts were not used.</p>');
    expect(content).toContain('<p>Now: Label of trains: Free accounts are used.</p>');
    // Its sources: a link to each, with the quote it backs.
    expect(content).toContain(
      '<a href="https://example.com/terms">https://example.com/terms</a><blockquote>We use your inputs to train our models.</blockquote>',
    );
    expect(children(entry, 'link')[0]!.getAttribute('href')).toBe('https://example.com/terms');
  });

  it('should say a change no source dates is undated, and date it by the last verification', () => {
    const xml = build([withHistory([undated])]).get('feeds/minimal.xml')!;
    const entry = entries(xml)[0]!;
    expect(titles(xml)).toEqual(['Example Writer · Label of policy-change: 90-day retention.']);
    expect(textOf(children(entry, 'updated')[0])).toBe('2026-04-01T00:00:00.000Z');
    expect(textOf(children(entry, 'content')[0])).toContain('<p>No effective date</p>');
    // Citing no source, it links to the tool's own site, else its first source with an address.
    expect(children(entry, 'link')[0]!.getAttribute('href')).toBe('https://example.com/terms');
    const withSite = withHistory([undated], (r) => (r.officialSite = 'https://writer.example/'));
    const linked = entries(build([withSite]).get('feeds/minimal.xml')!)[0]!;
    expect(children(linked, 'link')[0]!.getAttribute('href')).toBe('https://writer.example/');
  });

  it('should date a change no source dates by its archived capture, and link the archived copies', () => {
    const archived = (id: string, quote: string, commit: string, captured: string) => ({
      id,
      url: 'https://example.com/terms',
      quote,
      confirmation: { method: 'archived-copy' as const, date: '2026-03-01' },
      archived: {
        archive: 'open-terms-archive' as const,
        repository: 'OpenTermsArchive/example-versions',
        commit,
        path: 'Example/Terms.md',
        captured,
        declaredUrls: ['https://example.com/terms'],
        permalink: `https://github.com/OpenTermsArchive/example-versions/blob/${commit}/Example/Terms.md`,
      },
    });
    const seen: Change = {
      type: 'policy-change',
      tier: 'free',
      summary: 'Free accounts became training data.',
      before: { verdict: 'no-training', source: 'old' },
      after: { verdict: 'trains', source: 'new' },
      sources: ['old', 'new'],
    };
    const record = withHistory([seen], (r) => {
      r.sources.push(
        archived('old', 'We never train.', 'a'.repeat(40), '2025-05-01'),
        archived('new', 'We train.', 'b'.repeat(40), '2025-09-12'),
      );
    });
    const xml = build([record]).get('feeds/minimal.xml')!;
    expect(atomProblems(xml)).toEqual([]);
    expect(titles(xml)).toEqual([
      'Example Writer · Free: label of no-training -> label of trains, seen in the archive on 2025-09-12',
    ]);
    const entry = entries(xml)[0]!;
    expect(textOf(children(entry, 'updated')[0])).toBe('2025-09-12T00:00:00.000Z');
    const content = textOf(children(entry, 'content')[0]);
    expect(content).toContain('<p>First archived 2025-09-12</p>');
    expect(content).toContain(
      `<a href="https://example.com/terms">https://example.com/terms</a> (<a href="https://github.com/OpenTermsArchive/example-versions/blob/${'b'.repeat(40)}/Example/Terms.md">Copy of 2025-09-12</a>)<blockquote>We train.</blockquote>`,
    );
  });

  it('should leave out a change that cannot be placed in time, and still give its tool a feed', () => {
    const never = withHistory([undated], (r) => {
      delete r.lastVerified;
      for (const s of r.sources) {
        delete s.retrieved;
        delete s.confirmation;
      }
    });
    const feeds = build([never, withHistory([correction], (r) => (r.id = 'dated'))]);
    const xml = feeds.get('feeds/minimal.xml')!;
    expect(atomProblems(xml)).toEqual([]);
    expect(entries(xml)).toHaveLength(0);
    // As new as the release: its newest date anywhere (the other record's verification).
    expect(textOf(children(parseAtom(xml), 'updated')[0])).toBe('2026-04-01T00:00:00.000Z');
  });

  it("should put re-verifications in the tool's own feed only, newest entry first", () => {
    const feeds = build([withHistory(ALL)]);
    // The undated change is dated by the verification (2026-04-01), like the re-verification;
    // entries of one date keep the history's order.
    expect(titles(feeds.get('feeds/minimal.xml')!)).toEqual([
      'Example Writer · Label of policy-change: 90-day retention.',
      'Example Writer · Label of re-verified',
      // A change with no verdicts to name says its summary's first sentence.
      'Example Writer · Label of record-correction: The free tier was misread.',
      'Example Writer · Free: label of no-training -> label of trains, effective 2026-02-01',
    ]);
    expect(titles(feeds.get('feed.xml')!)).not.toContain('Example Writer · Label of re-verified');
    expect(entries(feeds.get('feed.xml')!)).toHaveLength(3);
    // The feed is as new as its newest entry.
    const updated = (xml: string) => textOf(children(parseAtom(xml), 'updated')[0]);
    expect(updated(feeds.get('feeds/minimal.xml')!)).toBe('2026-04-01T00:00:00.000Z');
    expect(updated(feeds.get('feed.xml')!)).toBe('2026-04-01T00:00:00.000Z');
  });

  it('should keep an entry id when its words change, and give equal-looking entries their own', () => {
    const ids = (record: ToolRecord) =>
      entries(build([record]).get('feeds/minimal.xml')!).map((e) => textOf(children(e, 'id')[0]));
    const first = ids(withHistory([verdictChange, correction]));
    const reworded = ids(
      withHistory([
        { ...verdictChange, summary: 'Reworded.' },
        { ...correction, summary: 'New.' },
      ]),
    );
    expect(reworded).toEqual(first);
    const twice = ids(withHistory([correction, correction]));
    expect(new Set(twice).size).toBe(2);
  });

  it('should carry record text as text: markup in a record reaches the reader escaped', () => {
    const hostile = withHistory([
      { ...correction, summary: 'Fixed <img src=x onerror=alert(1)> & ]]> in a note.' },
    ]);
    const xml = build([hostile]).get('feeds/minimal.xml')!;
    expect(atomProblems(xml)).toEqual([]);
    const content = textOf(children(entries(xml)[0]!, 'content')[0]);
    expect(content).toContain('Fixed &lt;img src=x onerror=alert(1)&gt; &amp; ]]&gt; in a note.');
    expect(content).not.toContain('<img');
  });

  it('should stay well-formed XML whatever a name or a summary holds', () => {
    const odd = withHistory([{ ...correction, summary: 'A\u000b control character.' }], (r) => {
      r.name = 'Quote " and <angle> & Co';
    });
    for (const xml of build([odd]).values()) expect(atomProblems(xml)).toEqual([]);
    expect(titles(build([odd]).get('feeds/minimal.xml')!)).toEqual([
      'Quote " and <angle> & Co · Label of record-correction: A control character.',
    ]);
  });

  it('should drop what XML 1.0 forbids from every field a record fills, and show the rest as text', () => {
    // C0 controls (ESC starting a terminal sequence too), both noncharacters XML forbids, a lone
    // surrogate of each kind, then markup and an entity that must stay text.
    const hostile = 'A\u0001\u001b[31m\uFFFE\uFFFF\uDC00\uD800 name</title><x>&amp;';
    const record = withHistory([{ ...verdictChange, summary: `Summary ${hostile}` }], (r) => {
      r.name = `Tool ${hostile}`;
      r.tiers[0]!.label = `Tier ${hostile}`;
      r.sources[0]!.url = 'https://example.com/terms?q=\u0001\uFFFE"<x>\'';
      r.sources[0]!.document = `Doc ${hostile}`;
      r.sources[0]!.quote = `Quote ${hostile}`;
    });
    const feeds = build([record]);
    for (const [path, xml] of feeds) {
      expect(xmlErrors(xml), path).toEqual([]);
      expect(atomProblems(xml), path).toEqual([]);
    }
    const xml = feeds.get('feeds/minimal.xml')!;
    const shown = 'A[31m name</title><x>&amp;';
    expect(textOf(children(parseAtom(xml), 'title')[0])).toBe(`Changes of Tool ${shown}`);
    expect(titles(xml)).toEqual([
      `Tool ${shown} · Tier ${shown}: label of no-training -> label of trains, effective 2026-02-01`,
    ]);
    const entry = entries(xml)[0]!;
    // The content is HTML: each text escaped once, the link's address as the reader opens it.
    const content = textOf(children(entry, 'content')[0]);
    expect(content).toContain('<p>Summary A[31m name&lt;/title&gt;&lt;x&gt;&amp;amp;</p>');
    expect(content).toContain(
      '<a href="https://example.com/terms?q=&quot;<x>\'">Doc A[31m name&lt;/title&gt;&lt;x&gt;&amp;amp;</a>',
    );
    expect(content).toContain(
      '<blockquote>Quote A[31m name&lt;/title&gt;&lt;x&gt;&amp;amp;</blockquote>',
    );
    // The entry's link, as the library writes it: the URL parser's form of the address.
    expect(children(entry, 'link')[0]!.getAttribute('href')).toBe(
      'https://example.com/terms?q=%01%EF%BF%BE%22%3Cx%3E%27',
    );
  });

  it('should not read the clock: the same records give the same bytes on any day', () => {
    const records = [withHistory(ALL)];
    vi.useFakeTimers({ now: new Date('2030-01-01T12:00:00Z') });
    const early = [...build(records)];
    vi.setSystemTime(new Date('2041-06-30T08:00:00Z'));
    expect([...build(records)]).toEqual(early);
  });
});

describe('the Atom checker these tests use', () => {
  it('should name each broken rule', () => {
    const broken = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <title>t</title><updated>yesterday</updated><link href="/relative"/>
      <entry><id>urn:x:1</id><id>urn:x:2</id><title>a</title><updated>2026-01-01T00:00:00Z</updated></entry>
      <entry><id>urn:x:1</id><title>b</title><updated>2026-01-01T00:00:00Z</updated><content>c</content></entry>
    </feed>`;
    expect(atomProblems(broken)).toEqual([
      'the feed has 0 <id>, not one',
      'the feed <updated> "yesterday" is not an RFC 3339 date-time',
      'the feed link href "/relative" is not absolute',
      'the feed has no rel="self" link',
      'entry 1 has 2 <id>, not one',
      'entry 1 has neither <content> nor an alternate link',
      'entry 1 has no author, and neither has the feed',
      'entry 2 repeats the id urn:x:1',
      'entry 2 has no author, and neither has the feed',
    ]);
    expect(atomProblems('<feed>')[0]).toMatch(/^not well-formed XML/);
  });
});
